package main

import "fmt"

func main() {
	xs := []any{1, 2}
	fmt.Println(xs..., 3)
}
