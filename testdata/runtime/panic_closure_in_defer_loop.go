package main

import "fmt"

func process(items []int) {
	for i, it := range items {
		defer func() {
			fmt.Println("undo", i)
		}()
		if it < 0 {
			panic(fmt.Sprintf("negative item at %d", i))
		}
		fmt.Println("did", i)
	}
}

func main() {
	process([]int{1, 2, -3, 4})
}
