package main

import "fmt"

type E struct{ msg string }

func (e *E) Error() string { return e.msg }

func find() error {
	var e *E
	return e
}

func main() {
	err := find()
	if err != nil {
		fmt.Println("non-nil interface holding nil pointer")
		fmt.Println(err.Error())
	}
}
