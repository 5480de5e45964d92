package main

func fill(ch <-chan int) {
	ch <- 1
}

func main() {
	fill(make(chan int, 1))
}
