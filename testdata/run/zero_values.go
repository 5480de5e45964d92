package main

import "fmt"

type Rec struct {
	I   int
	F   float64
	S   string
	B   bool
	P   *int
	Sl  []int
	M   map[string]int
	Fn  func()
	If  interface{}
	Err error
	Arr [2]uint8
	C   complex128
	R   rune
	N   struct{ X int }
}

func main() {
	var r Rec
	fmt.Printf("%v\n", r)
	fmt.Printf("%+v\n", r)
	fmt.Println(r.P == nil, r.Sl == nil, r.M == nil, r.Fn == nil, r.If == nil, r.Err == nil)
	fmt.Printf("%q %v %v\n", r.S, len(r.Sl), len(r.M))
	var (
		i8  int8
		u64 uint64
		f32 float32
		s   string
		by  byte
	)
	fmt.Println(i8, u64, f32, s == "", by)
	p := new(Rec)
	fmt.Println(p.I, p.Arr, p.N.X)
	var arr [3]string
	fmt.Printf("%q\n", arr)
	sl := make([]Rec, 2)
	fmt.Println(sl[1].I, sl[1].S == "")
	m := map[string]Rec{}
	fmt.Println(m["none"].F)
	var ch chan int
	fmt.Println(ch == nil)
	var ip *int
	fmt.Println(ip)
	fmt.Printf("%v %d %s\n", ip, []int(nil), []string(nil))
}
