package main

import (
	"fmt"
	"strings"
)

func main() {
	total := 0
	for i := 1; i <= 3000; i++ {
		total += i
		fmt.Printf("line %04d %s %d\n", i, strings.Repeat("=", i%40), total)
	}
	fmt.Println(strings.Repeat("ab", 5000)[:20], len(strings.Repeat("ab", 5000)))
}
