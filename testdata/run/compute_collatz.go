package main

import "fmt"

func main() {
	best, bestN := 0, 0
	cache := make([]int, 200000)
	for n := 1; n < len(cache); n++ {
		steps := 0
		x := n
		for x != 1 {
			if x < n {
				steps += cache[x]
				break
			}
			if x%2 == 0 {
				x /= 2
			} else {
				x = 3*x + 1
			}
			steps++
		}
		cache[n] = steps
		if steps > best {
			best, bestN = steps, n
		}
	}
	fmt.Println(bestN, best)
	var h uint32 = 2166136261
	for i := 0; i < 1000000; i++ {
		h ^= uint32(i & 0xff)
		h *= 16777619
	}
	fmt.Println(h)
	sum := 0.0
	for k := 0; k < 1000000; k++ {
		term := 1.0 / float64(2*k+1)
		if k%2 == 1 {
			term = -term
		}
		sum += term
	}
	fmt.Printf("%.10f\n", 4*sum)
}
