package main

import "fmt"

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	calls := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		calls++
		v := f(n)
		cache[n] = v
		fmt.Printf("(computed %d, calls=%d) ", n, calls)
		return v
	}
}

type Stack struct {
	push func(int)
	pop  func() (int, bool)
	size func() int
}

func newStack() Stack {
	var data []int
	return Stack{
		push: func(v int) { data = append(data, v) },
		pop: func() (int, bool) {
			if len(data) == 0 {
				return 0, false
			}
			v := data[len(data)-1]
			data = data[:len(data)-1]
			return v, true
		},
		size: func() int { return len(data) },
	}
}

func main() {
	g := fibGen()
	for i := 0; i < 10; i++ {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	sq := memo(func(n int) int { return n * n })
	fmt.Println(sq(4), sq(4), sq(5))
	s := newStack()
	s.push(1)
	s.push(2)
	fmt.Println(s.size())
	fmt.Println(s.pop())
	fmt.Println(s.pop())
	fmt.Println(s.pop())
	counters := map[string]func() int{}
	for _, name := range []string{"a", "b"} {
		n := 0
		counters[name] = func() int { n++; return n }
	}
	counters["a"]()
	counters["a"]()
	fmt.Println(counters["a"](), counters["b"]())
}
