package main

import "fmt"

type Celsius float64
type Kelvin float64

func main() {
	var v interface{} = Celsius(20)
	k := v.(Kelvin)
	fmt.Println(k)
}
