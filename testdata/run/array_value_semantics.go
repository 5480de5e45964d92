package main

import "fmt"

func double(a [3]int) [3]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doublePtr(a *[3]int) {
	for i := range a {
		a[i] *= 2
	}
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println(a, b)
	c := double(a)
	fmt.Println(a, c)
	doublePtr(&a)
	fmt.Println(a)
	fmt.Println(a == [3]int{2, 4, 6}, a != c)
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	g2 := grid
	g2[1][2] = 60
	fmt.Println(grid, g2)
	row := grid[0]
	row[0] = -1
	fmt.Println(grid[0], row)
	d := [...]string{2: "c", 0: "a"}
	fmt.Println(len(d), d, d[1] == "")
	fmt.Printf("%q\n", d)
	for i, v := range a {
		a[2] = 999
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println(a)
	e := [5]int{1, 2, 3, 4, 5}
	s := e[1:4]
	s[0] = 20
	fmt.Println(e, s, len(s), cap(s))
	var zero [4]bool
	fmt.Println(zero, len(zero))
	arrs := map[[2]int]string{{1, 2}: "one-two", {3, 4}: "three-four"}
	fmt.Println(arrs[[2]int{1, 2}], arrs[[2]int{3, 4}], len(arrs))
	pa := &e
	fmt.Println(pa[0], len(pa))
}
