package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	c := maps.Clone(m)
	c["d"] = 4
	fmt.Println(m, c)
	fmt.Println(maps.Equal(m, c))
	delete(c, "d")
	fmt.Println(maps.Equal(m, c))
	maps.DeleteFunc(c, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(c)
	dst := map[string]int{"z": 26, "a": 100}
	maps.Copy(dst, m)
	fmt.Println(dst)
	keys := slices.Sorted(maps.Keys(m))
	vals := slices.Sorted(maps.Values(m))
	fmt.Println(keys, vals)
	inv := map[int]string{}
	for k, v := range maps.All(m) {
		inv[v] = k
	}
	fmt.Println(inv)
	col := maps.Collect(slices.All([]string{"x", "y"}))
	fmt.Println(col)
	eq := maps.EqualFunc(map[int]string{1: "A"}, map[int]string{1: "a"}, func(a, b string) bool {
		return a == b || a[0]+32 == b[0]
	})
	fmt.Println(eq)
	var nm map[string]int
	fmt.Println(maps.Clone(nm) == nil, len(maps.Clone(nm)))
}
