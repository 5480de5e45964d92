package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func join(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func info(vals ...interface{}) string {
	return fmt.Sprintf("%d args: %v", len(vals), vals)
}

func mutate(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func isNil(xs ...int) bool { return xs == nil }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...))
	fmt.Println(join("-", "a", "b", "c"), join(","))
	fmt.Println(info(1, "two", 3.0, nil))
	fmt.Println(info())
	is := []interface{}{1, 2}
	fmt.Println(info(is...))
	fmt.Println(info(is))
	mutate(nums...)
	fmt.Println(nums)
	mutate(1, 2)
	fmt.Println(isNil(), isNil(nums[:0]...), isNil([]int(nil)...))
	fmt.Printf("%T\n", sum)
	f := func(prefix string, rest ...float64) {
		fmt.Println(prefix, len(rest), rest)
	}
	f("none")
	f("some", 1.5, 2.5)
	fmt.Println(append([]int{}, nums...))
}
