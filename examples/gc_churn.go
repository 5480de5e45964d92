// gc_churn builds a million-node doubly-linked ring (every node is on a cycle), drops it, and repeats.
// A collector that frees cyclic garbage keeps the resident size flat across rounds; reference counting
// would leak every ring. `gosub run examples/gc_churn.go` prints one checksum per round.
package main

import "fmt"

type node struct {
	prev, next *node
	value      int
}

func ring(n int) *node {
	head := &node{value: 0}
	head.prev, head.next = head, head
	for i := 1; i < n; i++ {
		x := &node{value: i, prev: head.prev, next: head}
		head.prev.next = x
		head.prev = x
	}
	return head
}

func main() {
	for round := 0; round < 20; round++ {
		head := ring(1_000_000)
		sum := 0
		for x := head.next; x != head; x = x.next {
			sum += x.value
		}
		fmt.Println("round", round, "sum", sum)
	}
}
