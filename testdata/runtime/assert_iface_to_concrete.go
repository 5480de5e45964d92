package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

func main() {
	var err error = errors.New("plain")
	fmt.Println(err)
	me := err.(*MyErr)
	fmt.Println(me.msg)
}
