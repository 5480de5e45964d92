package main

import "fmt"

func First[S ~[]int | ~[]byte](s S) {
	fmt.Println(s[0])
}

func main() {
	First([]int{1})
}
