package main

import "fmt"

func main() {
	goto inside
	{
	inside:
		fmt.Println("in the block")
	}
}
