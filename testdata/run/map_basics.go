package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	fmt.Println(m)
	fmt.Println(len(m), m["two"], m["missing"])
	v, ok := m["one"]
	fmt.Println(v, ok)
	v, ok = m["zero"]
	fmt.Println(v, ok)
	m["four"] = 4
	delete(m, "one")
	delete(m, "nothing")
	fmt.Println(m, len(m))
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	var nm map[string]int
	fmt.Println(nm == nil, len(nm), nm["x"])
	delete(nm, "x")
	for range nm {
		fmt.Println("never")
	}
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	ints := map[int]string{10: "ten", -5: "minus five", 3: "three"}
	fmt.Println(ints)
	bools := map[bool]int{true: 1, false: 0}
	fmt.Println(bools)
	floats := map[float64]string{2.5: "b", -1: "a", 10: "c"}
	fmt.Println(floats)
	nested := map[string]map[string]int{"a": {"x": 1}, "b": {"y": 2, "z": 3}}
	fmt.Println(nested)
	nested["a"]["w"] = 0
	fmt.Println(nested["a"])
	clear(m)
	fmt.Println(m, len(m))
	fmt.Printf("%v %d\n", map[string]bool{"z": true, "a": false}, map[string]int{"k": 5})
}
