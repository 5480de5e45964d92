package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f C", float64(c)) }

type Point struct{ X, Y int }

func (p *Point) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

type Code int

func (c Code) Error() string  { return fmt.Sprintf("code %d", int(c)) }
func (c Code) String() string { return "never used when Error exists" }

type Gs struct{ v int }

func (g Gs) GoString() string { return fmt.Sprintf("Gs<%d>", g.v) }
func (g Gs) String() string   { return "gs-string" }

type Formatted struct{}

func (Formatted) Format(f fmt.State, verb rune) {
	w, hasW := f.Width()
	fmt.Fprintf(f, "F[%c w=%d,%v plus=%v]", verb, w, hasW, f.Flag('+'))
}

type Wrapper struct {
	C Celsius
	P Point
}

func main() {
	c := Celsius(21.55)
	fmt.Println(c)
	fmt.Printf("%v %s %d %.3f %q\n", c, c, c, c, c)
	p := Point{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %v %+v\n", p, &p, &p)
	var e error = Code(404)
	fmt.Println(e, Code(500))
	fmt.Printf("%v %s %d %q\n", e, e, e, e)
	g := Gs{3}
	fmt.Printf("%v %#v %+v %s\n", g, g, g, g)
	fmt.Printf("%v %#v\n", []Gs{{1}}, map[string]Gs{"a": {2}})
	fmt.Printf("%v|%+10v|%s\n", Formatted{}, Formatted{}, Formatted{})
	fmt.Println(Formatted{})
	w := Wrapper{c, p}
	fmt.Printf("%v %+v\n", w, w)
	fmt.Println([]Celsius{1, 2}, map[Celsius]bool{3: true})
	fmt.Println([]error{errors.New("x"), Code(1)})
	var np *Point
	fmt.Println(np == nil)
	fmt.Printf("%s\n", []fmt.Stringer{c, &p})
	fmt.Println(fmt.Sprint(c, c), fmt.Sprint("a", 1, 2, "b", 3.0, c))
	fmt.Println(fmt.Sprintln("x", 1) + "|")
}
