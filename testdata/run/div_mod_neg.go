package main

import "fmt"

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 3}, {1, 5}, {-1, 5}, {9, 3}, {-9, 3}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Printf("%d / %d = %d, %d %% %d = %d\n", a, b, a/b, a, b, a%b)
	}
	var a8 int8 = -7
	var b8 int8 = 3
	fmt.Println(a8/b8, a8%b8)
	var u uint = 7
	fmt.Println(u/2, u%2)
	fmt.Println(-7>>1, -7/2, -1>>10)
	x := -8
	x /= 3
	fmt.Println(x)
	y := -8
	y %= 3
	fmt.Println(y)
	const c = -7 / 2
	const d = -7 % 2
	fmt.Println(c, d)
	fmt.Println(7.0/2.0, -7.0/2.0)
	var fa, fb float64 = 1, 0
	fmt.Println(fa/fb, -fa/fb, fb/fb)
}
