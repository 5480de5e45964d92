package main

import (
	"errors"
	"fmt"
)

type S string

func main() {
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.5, true, false))
	fmt.Println(fmt.Sprint(1, 2, 3))
	fmt.Println(fmt.Sprint("x", 1, "y"))
	fmt.Println(fmt.Sprint(1, "x", 2))
	fmt.Println(fmt.Sprint(S("typed"), S("string"), 1))
	fmt.Println(fmt.Sprint(errors.New("e1"), errors.New("e2")))
	fmt.Println(fmt.Sprint([]int{1}, []int{2}, nil, nil))
	fmt.Println(fmt.Sprint())
	fmt.Println(fmt.Sprintln("a", "b", 1) == "a b 1\n")
	fmt.Print("p", 1, 2, "q", "\n")
	fmt.Print(1.0, 2.0, "\n")
	fmt.Print('a', 'b', "\n")
	fmt.Println("a", 1, 'a', 1.0, nil, []string{})
	n, err := fmt.Println()
	fmt.Println(n, err)
	n, _ = fmt.Print("12345\n")
	fmt.Println(n)
	n, _ = fmt.Printf("%s=%d\n", "k", 10)
	fmt.Println(n)
	fmt.Println(fmt.Sprintf("%v%v", "no", "space"), fmt.Sprintf("%d%%", 50))
	fmt.Println(fmt.Sprint(struct{ A, B int }{1, 2}, &struct{ C string }{"c"}))
}
