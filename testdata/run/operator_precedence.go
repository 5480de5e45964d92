package main

import "fmt"

func main() {
	fmt.Println(2+3*4, (2+3)*4, 10-4-3, 100/10/5, 7%4*2)
	fmt.Println(1<<2+1, 1<<(2+1), 6&3|8, 6&(3|8), 5^3&1)
	fmt.Println(-2*-3, - -4, ^0, +5, -(-5))
	fmt.Println(1+2 == 3 && 2*2 == 4 || false)
	fmt.Println(3 > 2 == true, !true == false)
	x := 10
	y := 3
	fmt.Println(x/y*y+x%y == x, -x/y, -x%y, x&^y, x<<y>>y)
	fmt.Println(2*x>>1, x>>1*2, x*y<<1)
	a, b, c := true, false, true
	fmt.Println(a || b && c, (a || b) && c, !a || b)
	var u uint8 = 200
	fmt.Println(u+100, u*2/2, u/2*2)
	fmt.Println(1.0+2*3.5, 7/2*2.0, 7/2.0*2)
	s := "a" + "b" + "c"
	fmt.Println(s, s < "abd", "b" > s)
}
