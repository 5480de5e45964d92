package main

type P struct{}

func main() {
	var x interface{} = 1
	var m map[string]P
	var e error
	var s string = x
	s = m
	s = e
	var f func(a int) string
	s = f
	_ = s
}
