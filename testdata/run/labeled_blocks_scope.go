package main

import "fmt"

func find(grid [][]int, target int) (int, int, bool) {
	for r := range grid {
		for c := range grid[r] {
			if grid[r][c] == target {
				return r, c, true
			}
		}
	}
	return -1, -1, false
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(find(grid, 6))
	fmt.Println(find(grid, 10))
	count := 0
rows:
	for r := 0; r < 3; r++ {
	cols:
		for c := 0; c < 3; c++ {
			switch {
			case grid[r][c]%4 == 0:
				continue rows
			case grid[r][c] == 9:
				break rows
			case c == r:
				continue cols
			}
			count++
		}
	}
	fmt.Println("count", count)
	{
		x := 1
		{
			x := x + 1
			{
				x := x * 10
				fmt.Println("inner", x)
			}
			fmt.Println("middle", x)
		}
		fmt.Println("outer", x)
	}
	i := 0
again:
	i++
	if i < 3 {
		goto again
	}
	fmt.Println("i", i)
	total := 0
	for a := 1; a <= 3; a++ {
		for b := 1; b <= 3; b++ {
			if b > a {
				break
			}
			total += a * b
		}
	}
	fmt.Println("total", total)
}
