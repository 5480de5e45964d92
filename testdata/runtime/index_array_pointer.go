package main

import "fmt"

type Grid [3][3]int

func set(g *Grid, r, c, v int) {
	g[r][c] = v
}

func main() {
	var g Grid
	set(&g, 1, 1, 5)
	fmt.Println(g)
	set(&g, 1, 3, 7)
}
