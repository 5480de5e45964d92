package main

func f() (int, error) { return 0, nil }

func main() {
	a, b, c := f()
	_, _, _ = a, b, c
}
