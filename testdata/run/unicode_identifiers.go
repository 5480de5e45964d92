// Deliberately not gofmt-formatted: the one-line statements separated by semicolons are under test.
package main

import "fmt"

type Größe struct{ Wert float64 }

func (g Größe) Doppelt() Größe { return Größe{g.Wert * 2} }

func main() {
	π := 3.14159
	café := "coffee"
	日本 := "japan"
	var _x, x_1, X9 = 1, 2, 3
	fmt.Println(π, café, 日本, _x+x_1+X9)
	g := Größe{1.5}
	fmt.Println(g.Doppelt())
	a := 1; b := 2; c := a + b
	fmt.Println(a, b, c)
	if x := 1; x > 0 { fmt.Println("one-liner") }
	for i := 0; i < 2; i++ { fmt.Print(i) }; fmt.Println()
	ŝ := []string{"α", "β", "γ"}
	for i, s := range ŝ {
		fmt.Print(i, s, " ")
	}
	fmt.Println()
	fmt.Printf("%T\n", g)
}
