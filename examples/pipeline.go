// A pipeline: three goroutines joined by channels. Each stage receives from the stage before it and
// closes its own output when its input runs dry, so the range loops end by themselves.
//
//	gosub run examples/pipeline.go
package main

import "fmt"

// generate sends the numbers 1..n, then closes the channel.
func generate(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

// square sends the square of every number it receives.
func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for x := range in {
			out <- x * x
		}
		close(out)
	}()
	return out
}

func main() {
	sum := 0
	for sq := range square(generate(5)) {
		fmt.Println(sq)
		sum += sq
	}
	fmt.Println("sum:", sum)
}
