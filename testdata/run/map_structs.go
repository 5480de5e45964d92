package main

import "fmt"

type Emp struct {
	Name string
	Age  int
}

type Key struct {
	X, Y int
}

func main() {
	staff := map[int]Emp{1: {"ann", 30}, 2: {"bob", 25}}
	e := staff[1]
	e.Age++
	staff[1] = e
	fmt.Println(staff)
	fmt.Printf("%+v\n", staff)
	ptrs := map[string]*Emp{"c": {"cat", 40}}
	ptrs["c"].Age = 41
	fmt.Println(*ptrs["c"])
	grid := map[Key]string{}
	grid[Key{1, 2}] = "a"
	grid[Key{0, 0}] = "origin"
	grid[Key{1, 2}] += "b"
	fmt.Println(grid, len(grid))
	_, found := grid[Key{2, 1}]
	fmt.Println(found)
	type pair struct {
		a string
		b int
	}
	pm := map[pair]bool{{"x", 1}: true, {"x", 2}: false, {"a", 9}: true}
	fmt.Println(pm)
	slices := map[string][]int{}
	slices["a"] = append(slices["a"], 1)
	slices["a"] = append(slices["a"], 2)
	slices["b"] = append(slices["b"], 3)
	fmt.Println(slices)
	ifaces := map[interface{}]int{1: 1, "s": 2, 2.5: 3, true: 4}
	fmt.Println(len(ifaces), ifaces[1], ifaces["s"], ifaces[2.5], ifaces[true], ifaces[int64(1)])
	arr := map[[2]bool]int{{true, false}: 1, {false, false}: 0}
	fmt.Println(arr)
}
