package main

import "fmt"

type Walker interface{ Walk() string }
type Runner interface {
	Walk() string
	Run() string
}

type Dog struct{}

func (Dog) Walk() string { return "walking" }

func main() {
	var w Walker = Dog{}
	fmt.Println(w.Walk())
	r := w.(Runner)
	fmt.Println(r.Run())
}
