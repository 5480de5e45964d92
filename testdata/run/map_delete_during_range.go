package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[int]bool{}
	for i := 0; i < 100; i++ {
		m[i] = true
	}
	for k := range m {
		if k%3 != 0 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	keys := []int{}
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(keys)
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m), m)
	n := map[string]int{"a": 1, "b": 2, "c": 3}
	sum := 0
	for k, v := range n {
		sum += v
		n[k] = v * 10
	}
	fmt.Println(sum, n)
}
