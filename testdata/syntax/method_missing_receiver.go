package main

type Counter struct{ n int }

func () Inc() {
}

func main() {
}
