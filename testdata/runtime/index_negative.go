package main

import "fmt"

func main() {
	arr := [4]string{"a", "b", "c", "d"}
	i := -1
	fmt.Println("before")
	fmt.Println(arr[i+0])
}
