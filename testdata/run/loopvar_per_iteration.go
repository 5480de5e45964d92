package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g())
	}
	fmt.Println()
	var hs []func() int
	for i := 0; i < 6; i++ {
		hs = append(hs, func() int { return i })
		i++
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()
	var ks []func() int
	for i := range 3 {
		ks = append(ks, func() int { i += 10; return i })
	}
	fmt.Println(ks[0](), ks[0](), ks[1](), ks[2]())
	var ms []func() (int, int)
	for k, v := range map[int]int{5: 50} {
		ms = append(ms, func() (int, int) { return k, v })
	}
	fmt.Println(ms[0]())
	j := 0
	var shared []func() int
	for j = 0; j < 3; j++ {
		shared = append(shared, func() int { return j })
	}
	fmt.Println(shared[0](), shared[2]())
}
