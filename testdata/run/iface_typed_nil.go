package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"boom"}
	}
	return p
}

func properFail(fail bool) error {
	if fail {
		return &MyErr{"boom"}
	}
	return nil
}

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q *Sq) Area() float64 {
	if q == nil {
		return -1
	}
	return q.s * q.s
}

func main() {
	e1 := mayFail(false)
	fmt.Println(e1 == nil, e1)
	fmt.Printf("%T %v\n", e1, e1)
	e2 := properFail(false)
	fmt.Println(e2 == nil, e2)
	fmt.Printf("%T %v\n", e2, e2)
	var s Shape
	fmt.Println(s == nil)
	var sq *Sq
	s = sq
	fmt.Println(s == nil, s.Area())
	var i interface{}
	fmt.Println(i == nil, i)
	i = (*int)(nil)
	fmt.Println(i == nil, i)
	var target *MyErr
	fmt.Println(errors.As(mayFail(true), &target), target.msg)
	var a, b interface{} = 1, 1
	fmt.Println(a == b, a != interface{}(int64(1)))
	var e3 error = (*MyErr)(nil)
	var e4 error = (*MyErr)(nil)
	fmt.Println(e3 == e4)
	fmt.Printf("%v|%+v|%d\n", nil, nil, nil)
}
