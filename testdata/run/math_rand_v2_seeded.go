package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 5; i++ {
		fmt.Print(r.IntN(100), " ")
	}
	fmt.Println()
	fmt.Println(r.Uint64(), r.Int64(), r.Uint32())
	fmt.Printf("%.6f\n", r.Float64())
	fmt.Println(r.Perm(6))
	c := rand.New(rand.NewChaCha8([32]byte{1, 2, 3}))
	fmt.Println(c.IntN(1000), c.Uint64())
	p := rand.NewPCG(7, 7)
	fmt.Println(p.Uint64(), p.Uint64())
}
