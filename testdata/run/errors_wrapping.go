package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

var ErrNotFound = errors.New("not found")

type QueryErr struct {
	Query string
	Err   error
}

func (q *QueryErr) Error() string { return "query " + q.Query + ": " + q.Err.Error() }
func (q *QueryErr) Unwrap() error { return q.Err }

func find(q string) error {
	return &QueryErr{q, ErrNotFound}
}

func main() {
	err := find("users")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Is(err, fs.ErrExist))
	var qe *QueryErr
	if errors.As(err, &qe) {
		fmt.Println("as:", qe.Query)
	}
	w := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", err))
	fmt.Println(w)
	fmt.Println(errors.Is(w, ErrNotFound), errors.Unwrap(w))
	fmt.Println(errors.Unwrap(errors.Unwrap(errors.Unwrap(w))) == ErrNotFound)
	fmt.Println(errors.Unwrap(ErrNotFound) == nil)
	nw := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(nw, errors.Is(nw, ErrNotFound), errors.Unwrap(nw))
	e2 := errors.New("second")
	multi := fmt.Errorf("both: %w and %w", ErrNotFound, e2)
	fmt.Println(multi, errors.Is(multi, e2), errors.Unwrap(multi) == nil)
	j := errors.Join(ErrNotFound, nil, e2)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, e2), errors.Join(nil, nil) == nil)
	fmt.Println(errors.New("x") == errors.New("x"))
	_, ferr := os.Open("/definitely/not/here")
	fmt.Println(errors.Is(ferr, fs.ErrNotExist))
	var pe *fs.PathError
	fmt.Println(errors.As(ferr, &pe), pe.Op, pe.Path)
	fmt.Printf("%v|%s|%+v\n", err, err, err)
	bad := fmt.Errorf("bad verb %w", "notanerror")
	fmt.Println(bad)
	fmt.Printf("%T %T %T\n", w, multi, j)
}
