package main

import "fmt"

type MyErr struct {
	Code int
	Msg  string
}

func (e MyErr) Error() string { return fmt.Sprintf("E%d: %s", e.Code, e.Msg) }

func main() {
	panic(MyErr{404, "not found"})
}
