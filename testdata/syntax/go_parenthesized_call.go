package main

func work() {}

func main() {
	go (work())
}
