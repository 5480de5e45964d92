package main

import "fmt"

type Count uint8

func main() {
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range 3 {
		n++
	}
	fmt.Println(n)
	for i := range 0 {
		fmt.Println("never", i)
	}
	for i := range -2 {
		fmt.Println("never", i)
	}
	var c Count = 4
	for i := range c {
		fmt.Printf("%T %v ", i, i)
	}
	fmt.Println()
	var i64 int64 = 3
	for j := range i64 {
		fmt.Printf("%T=%d ", j, j)
	}
	fmt.Println()
	lim := 3
	for i := range lim {
		lim = 10
		fmt.Print(i)
	}
	fmt.Println(" lim", lim)
	sum := 0
	for i := range 101 {
		sum += i
	}
	fmt.Println(sum)
	var k int
	for k = range 4 {
	}
	fmt.Println("k", k)
}
