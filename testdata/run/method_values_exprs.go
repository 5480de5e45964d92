package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()         { c.n++ }
func (c Counter) Get() int      { return c.n }
func (c Counter) Add(k int) int { return c.n + k }

type Greeter interface{ Greet(string) string }
type English struct{}

func (English) Greet(n string) string { return "hello " + n }

func apply(f func(), times int) {
	for i := 0; i < times; i++ {
		f()
	}
}

func main() {
	c := Counter{}
	inc := c.Inc
	apply(inc, 3)
	fmt.Println(c.n)
	get := c.Get
	c.n = 100
	fmt.Println(get(), c.Get())
	add := c.Add
	fmt.Println(add(5))
	incExpr := (*Counter).Inc
	incExpr(&c)
	fmt.Println(c.n)
	getExpr := Counter.Get
	fmt.Println(getExpr(c))
	addExpr := Counter.Add
	fmt.Println(addExpr(Counter{1}, 2))
	ptrGet := (*Counter).Get
	fmt.Println(ptrGet(&c))
	var g Greeter = English{}
	gf := g.Greet
	fmt.Println(gf("bob"))
	ge := Greeter.Greet
	fmt.Println(ge(English{}, "ann"))
	fmt.Printf("%T\n%T\n%T\n", incExpr, getExpr, ge)
	fs := []func() int{c.Get, Counter{7}.Get}
	c.n = -1
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
