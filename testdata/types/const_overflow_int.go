package main

func main() {
	var x int8 = 1 << 10
	_ = x
}
