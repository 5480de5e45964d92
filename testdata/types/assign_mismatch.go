package main

func main() {
	var s string
	x := 1
	s = x
	_ = s
}
