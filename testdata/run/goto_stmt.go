package main

import "fmt"

func collatz(n int) int {
	steps := 0
top:
	if n == 1 {
		return steps
	}
	steps++
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto top
}

func main() {
	i := 0
loop:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto loop
	}
	fmt.Println()
	fmt.Println(collatz(27), collatz(1), collatz(6))
	x := 10
	if x > 5 {
		goto big
	}
	fmt.Println("small")
	goto end
big:
	fmt.Println("big")
end:
	fmt.Println("end")
	for j := 0; j < 3; j++ {
		if j == 1 {
			goto next
		}
		fmt.Println("j", j)
	next:
	}
}
