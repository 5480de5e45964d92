package main

type T struct{ u U }
type U struct{ t T }

func main() {}
