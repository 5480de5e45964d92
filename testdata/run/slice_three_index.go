package main

import "fmt"

func main() {
	a := [6]int{0, 1, 2, 3, 4, 5}
	s := a[1:3:4]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 30)
	fmt.Println(a, s)
	s = append(s, 40)
	s[0] = -1
	fmt.Println(a, s, len(s))
	t := a[2:2:2]
	fmt.Println(t, len(t), cap(t))
	full := []int{10, 20, 30, 40}
	sub := full[:2:2]
	sub = append(sub, 99)
	fmt.Println(full, sub)
	u := full[1:]
	fmt.Println(u[:3], cap(u[:0]))
	v := full[:0:0]
	fmt.Println(v == nil, len(v), cap(v))
	str := "abcdef"
	fmt.Println(str[1:4], str[:0] == "", str[6:])
	p := &a
	fmt.Println(p[1:5:5], cap(p[3:]))
}
