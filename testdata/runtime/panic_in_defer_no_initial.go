package main

import "fmt"

func closeAll(items []string) {
	for i := 0; i <= len(items); i++ {
		fmt.Println("closing", items[i])
	}
}

func main() {
	items := []string{"a", "b"}
	defer closeAll(items)
	fmt.Println("main body done")
}
