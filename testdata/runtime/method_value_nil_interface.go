package main

import "fmt"

type Runner interface{ Run() }

func main() {
	var r Runner
	fmt.Println("taking method value")
	f := r.Run
	fmt.Println("never", f != nil)
}
