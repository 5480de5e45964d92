package main

import "fmt"

type Point struct{ X, Y int }
type Line struct{ A, B Point }

func main() {
	pts := []Point{{1, 2}, {X: 3}, {Y: 4}, {}}
	fmt.Println(pts)
	pps := []*Point{{5, 6}, nil, {7, 8}}
	fmt.Println(*pps[0], pps[1] == nil, pps[2].X)
	lines := [...]Line{{Point{0, 0}, Point{1, 1}}, {B: Point{2, 2}}}
	fmt.Println(lines, len(lines))
	grid := [][]int{{1}, {2, 3}, {}}
	fmt.Println(grid, len(grid[2]))
	m := map[string]Point{"o": {}, "a": {1, 1}}
	fmt.Println(m)
	mp := map[Point]string{{1, 2}: "a", {0, 0}: "o"}
	fmt.Println(mp)
	sparse := []string{5: "five", 2: "two", "three"}
	fmt.Printf("%q %d\n", sparse, len(sparse))
	arr := [5]int{1, 2, 4: 5}
	fmt.Println(arr)
	nested := map[string][]map[int]string{"k": {{1: "one"}, {2: "two"}}}
	fmt.Println(nested)
	anon := []struct {
		N string
		V int
	}{{"a", 1}, {"b", 2}}
	fmt.Println(anon)
	p := &Point{Y: 9}
	fmt.Println(p.X, p.Y)
	arrp := &[2]string{"x", "y"}
	fmt.Println(arrp[1], len(arrp))
	fn := []func() int{func() int { return 1 }, func() int { return 2 }}
	fmt.Println(fn[0]() + fn[1]())
	var iface = []interface{}{Point{1, 1}, &Point{2, 2}, []int{3}}
	fmt.Println(len(iface))
	matrix := [2][2]float64{{1, 0}, {0, 1}}
	fmt.Println(matrix)
	type Tree struct {
		V    int
		Kids []Tree
	}
	t := Tree{1, []Tree{{2, nil}, {3, []Tree{{4, nil}}}}}
	fmt.Printf("%+v\n", t)
}
