package main

import "math"

func main() {
	defer func() {
		panic(math.Inf(-1))
	}()
	panic(math.NaN())
}
