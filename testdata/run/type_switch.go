package main

import (
	"errors"
	"fmt"
)

type Stringer interface{ String() string }
type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Pair struct{ A, B int }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case Stringer:
		return "stringer " + x.String()
	case error:
		return "error " + x.Error()
	case []int:
		return fmt.Sprintf("slice len %d", len(x))
	case func() int:
		return fmt.Sprint("func returning ", x())
	case Pair:
		return fmt.Sprint("pair sum ", x.A+x.B)
	case *Pair:
		return fmt.Sprint("pair ptr ", x.A)
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{nil, 1, int64(2), "hey", Temp(21.5), errors.New("bad"), []int{1, 2},
		func() int { return 9 }, Pair{1, 2}, &Pair{3, 4}, true, false, 3.5, map[string]int{}, int8(1)}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var s Stringer = Temp(0)
	switch s.(type) {
	case Temp:
		fmt.Println("Temp via Stringer")
	}
	switch v := interface{}(Pair{}).(type) {
	case fmt.Stringer, error:
		fmt.Printf("%T\n", v)
	default:
		fmt.Printf("default %T\n", v)
	}
}
