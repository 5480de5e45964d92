package main

import (
	"fmt"
)

type Stats struct {
	Count int
	Tags  []string
}

func main() {
	groups := map[string][]int{}
	for i := 0; i < 10; i++ {
		k := "odd"
		if i%2 == 0 {
			k = "even"
		}
		groups[k] = append(groups[k], i)
	}
	fmt.Println(groups)
	evens := groups["even"]
	evens[0] = 100
	fmt.Println(groups["even"][0])
	st := map[string]Stats{}
	s := st["x"]
	s.Count++
	s.Tags = append(s.Tags, "t1")
	st["x"] = s
	fmt.Println(st)
	ps := map[string]*Stats{"y": {}}
	ps["y"].Count += 5
	ps["y"].Tags = append(ps["y"].Tags, "t2")
	fmt.Println(*ps["y"])
	counts := map[string]int{}
	counts["a"]++
	counts["a"] += 2
	counts["b"]--
	fmt.Println(counts)
	nested := map[string]map[string]int{}
	if nested["outer"] == nil {
		nested["outer"] = map[string]int{}
	}
	nested["outer"]["inner"]++
	fmt.Println(nested)
	sets := map[int]map[int]bool{}
	add := func(a, b int) {
		if sets[a] == nil {
			sets[a] = map[int]bool{}
		}
		sets[a][b] = true
	}
	add(1, 2)
	add(1, 3)
	add(2, 1)
	fmt.Println(sets, len(sets[1]), sets[3][4])
	arrm := map[string][3]int{}
	a := arrm["k"]
	a[1] = 9
	arrm["k"] = a
	fmt.Println(arrm)
}
