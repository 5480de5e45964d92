package main

func identity[](x int) int {
	return x
}

func main() {
}
