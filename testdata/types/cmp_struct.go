package main

func main() {
	a := []int{}
	b := []int{}
	_ = a == b
}
