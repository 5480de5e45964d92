package main

import "fmt"

func main() {
	price€ := 3
	fmt.Println(price€)
}
