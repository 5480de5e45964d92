package main

import "fmt"

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("leave", name) }
}

func nested() {
	defer trace("nested")()
	fmt.Println("in nested")
}

func argsEvaluatedEarly() {
	x := 1
	defer fmt.Println("deferred x =", x)
	defer func() { fmt.Println("closure x =", x) }()
	x = 2
	fmt.Println("x now", x)
}

func loopDefers() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("loop done: ")
}

type T struct{ name string }

func (t T) Close() { fmt.Println("close", t.name) }

func methodDefers() {
	t := T{"first"}
	defer t.Close()
	t.name = "second"
	defer t.Close()
	p := &T{"ptr"}
	defer func() { p.Close() }()
	p.name = "ptr-changed"
}

func main() {
	defer fmt.Println("main deferred last")
	nested()
	argsEvaluatedEarly()
	loopDefers()
	fmt.Println()
	methodDefers()
	func() {
		defer fmt.Println("inner func deferred")
		fmt.Println("inner func body")
	}()
	fmt.Println("main body end")
}
