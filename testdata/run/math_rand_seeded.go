package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	for i := 0; i < 5; i++ {
		fmt.Print(r.Intn(100), " ")
	}
	fmt.Println()
	fmt.Println(r.Int63(), r.Int31(), r.Uint32(), r.Uint64())
	fmt.Println(r.Int63n(1000000007), r.Int31n(10), r.Int())
	fmt.Printf("%.6f %.6f\n", r.Float64(), r.Float32())
	fmt.Println(r.Perm(8))
	s := []string{"a", "b", "c", "d", "e", "f"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	fmt.Printf("%.6f %.6f\n", r.NormFloat64(), r.ExpFloat64())
	r2 := rand.New(rand.NewSource(42))
	fmt.Println(r2.Intn(100))
	r3 := rand.New(rand.NewSource(-7))
	fmt.Println(r3.Intn(1000), r3.Intn(1000), r3.Intn(1<<40))
	r4 := rand.New(rand.NewSource(0))
	fmt.Println(r4.Int63())
	src := rand.NewSource(99)
	fmt.Println(src.Int63())
	buf := make([]byte, 6)
	r5 := rand.New(rand.NewSource(5))
	r5.Read(buf)
	fmt.Println(buf)
	counts := make([]int, 6)
	r6 := rand.New(rand.NewSource(2024))
	for i := 0; i < 600; i++ {
		counts[r6.Intn(6)]++
	}
	fmt.Println(counts)
}
