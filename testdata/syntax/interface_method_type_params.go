package main

type Shape interface {
	Scale[F any](factor float64) Shape
}

func main() {
}
