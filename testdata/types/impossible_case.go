package main

import "fmt"

type S interface{ String() string }

type T struct{}

func (*T) String() string { return "t" }

func main() {
	var s S = &T{}
	switch s.(type) {
	case T:
		fmt.Println("T")
	}
}
