package main

import "fmt"

func quicksort(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quicksort(a[:j+1])
	quicksort(a[i:])
}

func mergesort(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	m := len(a) / 2
	l, r := mergesort(a[:m]), mergesort(a[m:])
	out := make([]int, 0, len(a))
	for len(l) > 0 && len(r) > 0 {
		if l[0] <= r[0] {
			out, l = append(out, l[0]), l[1:]
		} else {
			out, r = append(out, r[0]), r[1:]
		}
	}
	return append(append(out, l...), r...)
}

func insertion[T int | string](a []T) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func lcg(seed uint32) func() int {
	return func() int {
		seed = seed*1664525 + 1013904223
		return int(seed >> 16 % 1000)
	}
}

func main() {
	next := lcg(7)
	data := make([]int, 20)
	for i := range data {
		data[i] = next()
	}
	fmt.Println(data)
	q := append([]int(nil), data...)
	quicksort(q)
	fmt.Println(q)
	fmt.Println(mergesort(data))
	ins := append([]int(nil), data...)
	insertion(ins)
	fmt.Println(ins)
	s := []string{"pear", "fig", "apple", "kiwi"}
	insertion(s)
	fmt.Println(s)
	big := make([]int, 5000)
	for i := range big {
		big[i] = next()
	}
	quicksort(big)
	ok := true
	for i := 1; i < len(big); i++ {
		if big[i-1] > big[i] {
			ok = false
		}
	}
	fmt.Println(ok, big[0], big[len(big)-1])
}
