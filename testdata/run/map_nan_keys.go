package main

import (
	"fmt"
	"math"
)

func main() {
	m := map[float64]int{}
	nan := math.NaN()
	m[nan] = 1
	m[nan] = 2
	m[math.NaN()] = 3
	fmt.Println(len(m))
	_, ok := m[nan]
	fmt.Println(ok, m[nan])
	sum := 0
	for k, v := range m {
		if k != k {
			sum += v
		}
	}
	fmt.Println(sum)
	delete(m, nan)
	fmt.Println(len(m))
	clear(m)
	m[nan] = 5
	m[0] = 10
	m[math.Copysign(0, -1)] = 20
	fmt.Println(len(m), m[0])
	m[1] = 1
	fmt.Println(m)
	clear(m)
	fmt.Println(len(m))
	im := map[interface{}]string{}
	im[nan] = "a"
	im[nan] = "b"
	fmt.Println(len(im))
	m2 := map[float64]string{math.Inf(1): "inf", math.Inf(-1): "-inf", 0: "zero"}
	fmt.Println(m2)
}
