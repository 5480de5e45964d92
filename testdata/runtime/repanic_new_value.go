package main

import (
	"errors"
	"fmt"
)

func work() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			panic(fmt.Sprintf("wrapped: %v", r))
		}
	}()
	panic(errors.New("inner"))
}

func main() {
	work()
}
