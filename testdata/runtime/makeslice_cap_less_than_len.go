package main

func main() {
	n, c := 5, 2
	s := make([]string, n, c)
	_ = s
}
