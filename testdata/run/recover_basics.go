package main

import (
	"errors"
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v (%T)\n", name, r, r)
		if re, ok := r.(runtime.Error); ok {
			fmt.Println("  runtime error:", re.Error())
		}
		if e, ok := r.(error); ok {
			fmt.Println("  is error:", e)
		}
	}()
	f()
}

type custom struct{ code int }

func main() {
	try("string", func() { panic("boom") })
	try("int", func() { panic(42) })
	try("error", func() { panic(errors.New("an error")) })
	try("struct", func() { panic(custom{7}) })
	try("index", func() {
		s := []int{1}
		i := 5
		_ = s[i]
	})
	try("nil map", func() {
		var m map[string]int
		m["a"] = 1
	})
	try("div", func() {
		a, b := 1, 0
		_ = a / b
	})
	try("assert", func() {
		var i interface{} = "str"
		_ = i.(int)
	})
	try("nil ptr", func() {
		var p *custom
		_ = p.code
	})
	try("no panic", func() {})
	fmt.Println(recover())
	func() {
		defer func() {
			defer func() { fmt.Println("inner recover:", recover()) }()
			panic("second")
		}()
		defer func() { fmt.Println("first recover:", recover()) }()
		panic("first")
	}()
	fmt.Println("done")
}
