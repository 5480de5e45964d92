package main

import "fmt"

type Counter struct{ N int }

func (c *Counter) Inc() *Counter { c.N++; return c }
func (c Counter) Show() string   { return fmt.Sprintf("<%d>", c.N) }

type Holder struct {
	C   Counter
	Arr [2]Counter
	Ptr *Counter
}

func main() {
	var c Counter
	c.Inc().Inc()
	fmt.Println(c.N, c.Show())
	cs := []Counter{{}, {}}
	cs[1].Inc()
	fmt.Println(cs)
	arr := [2]Counter{}
	arr[0].Inc().Inc().Inc()
	fmt.Println(arr)
	h := Holder{Ptr: &Counter{10}}
	h.C.Inc()
	h.Arr[1].Inc()
	h.Ptr.Inc()
	fmt.Println(h.C, h.Arr, *h.Ptr)
	hp := &h
	hp.C.Inc()
	fmt.Println(h.C.N, hp.C.Show())
	m := map[string]*Counter{"x": {}}
	m["x"].Inc()
	fmt.Println(m["x"].N)
	inc := c.Inc
	inc()
	inc()
	fmt.Println(c.N)
	show := c.Show
	c.N = 100
	fmt.Println(show(), c.Show())
	pc := &c
	fmt.Println(pc.Show())
	fmt.Println((&Counter{5}).Inc().Show())
	fmt.Println(Counter{7}.Show())
}
