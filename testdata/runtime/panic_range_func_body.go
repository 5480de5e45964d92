package main

import "fmt"

func Items(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	data := []string{"a", "b"}
	for i := range Items(3) {
		fmt.Println(data[i])
	}
}
