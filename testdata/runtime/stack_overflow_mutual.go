package main

type T struct{ next *T }

func (t *T) a(n int) int { return t.b(n+1) + 1 }
func (t *T) b(n int) int { return t.a(n+1) + 2 }

func main() {
	t := &T{}
	println(t.a(0))
}
