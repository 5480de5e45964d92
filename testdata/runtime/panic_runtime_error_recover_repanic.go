package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Println("caught:", err)
		}
		panic(r)
	}()
	var m map[string]int
	m["x"] = 1
}
