package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func main() {
	var c *Counter
	fmt.Println("calling Inc on nil")
	c.Inc()
}
