package main

func count(xs ...) int {
	return 0
}

func main() {
}
