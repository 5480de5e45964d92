package main

import "fmt"

type resource struct{ name string }

func (r *resource) Close() { fmt.Println("close", r.name) }

func open(name string) *resource {
	fmt.Println("open", name)
	return &resource{name}
}

func processAll(names []string) (n int) {
	for _, name := range names {
		r := open(name)
		defer r.Close()
		n++
	}
	defer func() { fmt.Println("processed", n) }()
	return n * 10
}

func perIteration(names []string) {
	for _, name := range names {
		func() {
			r := open(name)
			defer r.Close()
			fmt.Println("use", r.name)
		}()
	}
}

func deferCapture() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print("closure i=", i, " ") }()
		defer fmt.Print("arg i=", i, " ")
	}
}

func main() {
	fmt.Println("result", processAll([]string{"a", "b", "c"}))
	perIteration([]string{"x", "y"})
	deferCapture()
	fmt.Println()
	f := func() (s string) {
		defer func() {
			if r := recover(); r != nil {
				s = fmt.Sprintf("recovered %v, partial %q", r, s)
			}
		}()
		for i := 0; i < 5; i++ {
			s += fmt.Sprint(i)
			if i == 3 {
				panic("at 3")
			}
		}
		return
	}
	fmt.Println(f())
}
