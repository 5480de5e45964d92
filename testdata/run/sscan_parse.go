package main

import "fmt"

func main() {
	var a, b int
	var s string
	n, err := fmt.Sscan("10 20 word", &a, &b, &s)
	fmt.Println(n, err, a, b, s)
	var f float64
	var name string
	n, err = fmt.Sscanf("temp=21.5 city=Oslo", "temp=%f city=%s", &f, &name)
	fmt.Println(n, err, f, name)
	var x, y int
	n, err = fmt.Sscanf("3,4", "%d,%d", &x, &y)
	fmt.Println(n, err, x, y)
	n, err = fmt.Sscan("12 abc", &x, &y)
	fmt.Println(n, err, x)
	var h int
	n, err = fmt.Sscanf("ff", "%x", &h)
	fmt.Println(n, err, h)
	var r rune
	var word string
	fmt.Sscanf("Z rest", "%c %s", &r, &word)
	fmt.Println(string(r), word)
	var bl bool
	fmt.Sscan("true", &bl)
	fmt.Println(bl)
	var l1, l2 string
	n, err = fmt.Sscanln("one two\nthree", &l1, &l2)
	fmt.Println(n, err, l1, l2)
	n, err = fmt.Sscan("", &l1)
	fmt.Println(n, err)
}
