package main

func main() {
	a := []int{}
	a = append(a, "x")
}
