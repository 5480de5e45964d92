package main

func main() {
	var i int = 1.5
	_ = i
}
