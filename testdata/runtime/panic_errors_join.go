package main

import (
	"errors"
	"fmt"
)

func main() {
	err := errors.Join(errors.New("first problem"), errors.New("second problem"))
	fmt.Println("errors:", err != nil)
	panic(err)
}
