package main

type T struct{ X int }

func main() {
	_ = T{Y: 1}
}
