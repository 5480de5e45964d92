package main

import "fmt"

func val(name string, v int) int {
	fmt.Print(name, " ")
	return v
}

func idx(name string, v int) int {
	fmt.Print("idx-", name, " ")
	return v
}

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	s := []int{10, 20, 30}
	i := 0
	i, s[i] = 1, 99
	fmt.Println(i, s)
	x := []int{1, 2, 3}
	x[0], x[1], x[2] = x[2], x[0], x[1]
	fmt.Println(x)
	r := val("a", 1) + val("b", 2)*val("c", 3)
	fmt.Println("=", r)
	arr := make([]int, 3)
	arr[idx("L", 0)] = val("R", 5)
	fmt.Println(arr)
	m := map[int]int{}
	m[idx("k1", 1)], m[idx("k2", 2)] = val("v1", 10), val("v2", 20)
	fmt.Println(m)
	f := func() (int, string, bool) { return 7, "seven", true }
	n, str, ok := f()
	fmt.Println(n, str, ok)
	_, str2, _ := f()
	fmt.Println(str2)
	p := [2]int{}
	j := 0
	j, p[j] = 1, 5
	fmt.Println(j, p)
	var y, z int = val("y", 1), val("z", 2)
	fmt.Println(y, z)
	fmt.Println(val("p1", 1), val("p2", 2), val("p3", 3))
	c := 5
	c += c * 2
	c -= 1
	c *= 2
	c /= 3
	c %= 4
	c <<= 3
	c >>= 1
	c |= 1
	c &= 0xff
	c ^= 2
	c &^= 1
	fmt.Println(c)
}
