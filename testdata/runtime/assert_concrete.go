package main

import "fmt"

func asInt(v interface{}) int {
	return v.(int)
}

func main() {
	fmt.Println(asInt(4))
	fmt.Println(asInt("four"))
}
