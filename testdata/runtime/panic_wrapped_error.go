package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("disk full")

func save(name string) error {
	return fmt.Errorf("save %q: %w", name, ErrBase)
}

func main() {
	err := save("data.txt")
	fmt.Println(errors.Is(err, ErrBase))
	panic(fmt.Errorf("shutdown: %v", err))
}
