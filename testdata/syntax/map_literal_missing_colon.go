package main

import "fmt"

func main() {
	ages := map[string]int{"ann" 31, "bob": 42}
	fmt.Println(ages)
}
