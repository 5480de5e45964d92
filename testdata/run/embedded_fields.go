package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string  { return fmt.Sprintf("Base(%d, %s)", b.ID, b.Name) }
func (b *Base) SetName(n string) { b.Name = n }

type Mid struct {
	Base
	Name string
}

type Top struct {
	Mid
	Extra int
}

type Logger interface{ Log(string) string }
type prefixLog struct{ p string }

func (l prefixLog) Log(s string) string { return l.p + s }

type Service struct {
	Logger
	name string
}

func main() {
	t := Top{Mid{Base{1, "base"}, "mid"}, 9}
	fmt.Println(t.Name, t.Mid.Name, t.Base.Name, t.Mid.Base.Name, t.ID)
	fmt.Println(t.Describe())
	t.SetName("renamed")
	fmt.Println(t.Name, t.Base.Name)
	t.ID = 42
	fmt.Println(t.Mid.Base.ID)
	fmt.Printf("%v\n%+v\n", t, t)
	svc := Service{prefixLog{"[svc] "}, "api"}
	fmt.Println(svc.Log("started"))
	var l Logger = svc
	fmt.Println(l.Log("via iface"))
	var empty Service
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		empty.Log("boom")
	}()
	m := Mid{Name: "only mid"}
	m.ID = 3
	fmt.Printf("%+v\n", m)
	type Point struct{ X, Y int }
	type Circle struct {
		Point
		R int
	}
	c := Circle{Point{1, 2}, 5}
	c.X += 10
	fmt.Println(c, c.Point)
	fmt.Printf("%#v\n", c)
}
