package main

import "fmt"

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

func main() {
	fmt.Println(map[string]int{"b": 2, "a": 1, "c": 3, "B": 0, "A": 9})
	fmt.Println(map[int]int{100: 1, -100: 2, 0: 3, 7: 4})
	fmt.Println(map[uint8]string{255: "max", 0: "min"})
	fmt.Println(map[float64]int{3.5: 1, -2: 2, 1e10: 3})
	fmt.Println(map[bool]string{true: "t", false: "f"})
	fmt.Println(map[Color]int{2: 20, 0: 0, 1: 10})
	fmt.Println(map[[2]int]bool{{2, 1}: true, {1, 9}: false, {1, 2}: true})
	type P struct {
		A string
		B int
	}
	fmt.Println(map[P]int{{"b", 1}: 1, {"a", 2}: 2, {"a", 1}: 3})
	fmt.Println(map[interface{}]int{"x": 1, 2: 2, 1: 3, "a": 4, 1.5: 5})
	fmt.Printf("%v\n%+v\n%#v\n", map[string]P{"k": {"v", 1}}, map[string]P{"k": {"v", 1}}, map[string]int{"z": 1, "y": 2})
	var nilm map[string]int
	fmt.Printf("%v %#v\n", nilm, nilm)
	pm := map[string]*int{}
	fmt.Println(len(pm), pm)
}
