package main

import "fmt"

type Base struct{ ID int }

type Derived struct {
	*Base
	Name string
}

func main() {
	d := Derived{Name: "no base"}
	fmt.Println(d.Name)
	fmt.Println(d.ID)
}
