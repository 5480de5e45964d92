package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	lines := 0
	for sc.Scan() {
		lines++
	}
	fmt.Println("lines:", lines, sc.Err())
	data, err := io.ReadAll(os.Stdin)
	fmt.Println(len(data), err)
	var x int
	n, err := fmt.Scan(&x)
	fmt.Println(n, err, x)
	r := bufio.NewReader(os.Stdin)
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
}
