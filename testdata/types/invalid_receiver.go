package main

func (x int) Double() int { return x * 2 }

func main() {}
