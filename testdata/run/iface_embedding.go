package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buf struct{ data []string }

func (b *Buf) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *Buf) Write(s string) { b.data = append(b.data, s) }

type Logger struct {
	Writer
	prefix string
}

func (l Logger) Log(s string) { l.Write(l.prefix + s) }

type Upper struct{ ReadWriter }

func (u Upper) Read() string { return strings.ToUpper(u.ReadWriter.Read()) }

func main() {
	b := &Buf{}
	var rw ReadWriter = b
	rw.Write("one")
	rw.Write("two")
	var r Reader = rw
	fmt.Println(r.Read())
	l := Logger{b, "> "}
	l.Log("three")
	fmt.Println(b.data)
	u := Upper{b}
	fmt.Println(u.Read(), u.Read())
	var w Writer = u
	w.Write("four")
	fmt.Println(rw.Read())
	_, ok := w.(ReadWriter)
	fmt.Println(ok)
	_, ok = r.(Writer)
	fmt.Println(ok)
	fmt.Printf("%T %T\n", r, w)
}
