package main

import (
	"errors"
	"fmt"
)

func load() error { return errors.New("config missing") }

func main() {
	if err := load(); err != nil {
		fmt.Println("fatal:", err)
		panic(err)
	}
}
