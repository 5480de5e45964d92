package main

func main() {
	a := 1 @ 2
	b := 1 # 2
	c := 1 $ 2
	d := 1 ? 2
	e := 1 ` 2
}
