package main

import "fmt"

func step(n int) {
	defer fmt.Println("leaving step", n)
	if n == 3 {
		var m map[int]int
		m[n] = n
	}
	step(n + 1)
}

func main() {
	defer fmt.Println("main deferred runs before the crash report")
	step(1)
}
