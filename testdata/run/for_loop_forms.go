package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 3
	for n > 0 {
		fmt.Print(n, " ")
		n--
	}
	fmt.Println()
	k := 0
	for {
		k++
		if k == 4 {
			break
		}
	}
	fmt.Println("k", k)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
	var i int
	for i = 10; i < 13; i++ {
	}
	fmt.Println("i after", i)
	for ; i > 10; i-- {
		if i == 12 {
			continue
		}
		fmt.Print("i=", i, " ")
	}
	fmt.Println()
	arr := [3]int{1, 2, 3}
	for idx, v := range arr {
		arr[2] = 100
		fmt.Print(idx, "=", v, " ")
	}
	fmt.Println()
	for idx, v := range &arr {
		arr[2] = 200
		fmt.Print(idx, "=", v, " ")
	}
	fmt.Println()
	sl := []int{1, 2, 3}
	for idx, v := range sl {
		if idx == 0 {
			sl = append(sl, 4)
			sl[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(sl))
	for range [2]struct{}{} {
		fmt.Print("x")
	}
	fmt.Println()
	var idx2 int
	for idx2 = range []string{"a", "b", "c"} {
	}
	fmt.Println(idx2)
	for x := range (*[4]int)(nil) {
		fmt.Print(x)
	}
	fmt.Println()
}
