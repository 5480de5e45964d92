package main

import "fmt"

func Pick[T any](a, b T, first bool) T {
	if first {
		return a
	}
	return b
}

func Sum[T ~int | ~float64](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Apply[T any](x T, fs ...func(T) T) T {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

type MyFloat float64

func Keys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func main() {
	fmt.Printf("%v %T\n", Pick(1, 2.5, false), Pick(1, 2.5, false))
	fmt.Printf("%v %T\n", Pick(1, 2, true), Pick(1, 2, true))
	fmt.Printf("%v %T\n", Pick('a', 1, true), Pick('a', 1, true))
	fmt.Printf("%v %T\n", Sum(1, 2, 3.5), Sum(1, 2, 3.5))
	fmt.Printf("%v %T\n", Sum(MyFloat(1), 2), Sum(MyFloat(1), 2))
	fmt.Printf("%v %T\n", Sum[int](), Sum[int]())
	double := func(x int) int { return x * 2 }
	fmt.Println(Apply(3, double, double, func(x int) int { return x + 1 }))
	fmt.Printf("%T\n", Keys(map[string]bool{}))
	var f32 float32 = 1.5
	fmt.Printf("%v %T\n", Pick(f32, 2, false), Pick(f32, 2, false))
	fmt.Printf("%T\n", Pick[any](1, "x", true))
}
