package main

import "fmt"

type Animal struct {
	Name string
}

func (a Animal) Speak() string    { return a.Name + " makes a sound" }
func (a *Animal) Rename(n string) { a.Name = n }
func (a Animal) Kind() string     { return "animal" }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Speak() string { return d.Name + " barks" }

type Puppy struct {
	*Dog
	Age int
}

type Speaker interface{ Speak() string }
type Renamer interface{ Rename(string) }

func describe(s Speaker) string { return s.Speak() }

func main() {
	d := Dog{Animal{"rex"}, "lab"}
	fmt.Println(d.Speak())
	fmt.Println(d.Animal.Speak())
	fmt.Println(d.Kind(), d.Name)
	d.Rename("max")
	fmt.Println(d.Name, d.Animal.Name)
	p := Puppy{&d, 1}
	p.Rename("tiny")
	fmt.Println(d.Name, p.Speak(), p.Kind())
	var s Speaker = d
	fmt.Println(describe(s))
	s = &d
	fmt.Println(describe(s))
	s = p
	fmt.Println(describe(s))
	var r Renamer = &d
	r.Rename("via iface")
	fmt.Println(d.Name)
	r = p
	r.Rename("via puppy")
	fmt.Println(d.Name)
	_, isRenamer := s.(Renamer)
	fmt.Println(isRenamer)
	var sp Speaker = Animal{"cat"}
	_, ok := sp.(Renamer)
	fmt.Println(ok)
	sp = &Animal{"cow"}
	_, ok = sp.(Renamer)
	fmt.Println(ok)
	fmt.Printf("%+v\n", d)
	fmt.Printf("%v\n", p.Age)
}
