package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	input := "first line\nsecond line\r\n\nlast without newline"
	sc := bufio.NewScanner(strings.NewReader(input))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d: %q\n", n, sc.Text())
	}
	fmt.Println(sc.Err())
	ws := bufio.NewScanner(strings.NewReader("  the quick\tbrown\n\nfox  "))
	ws.Split(bufio.ScanWords)
	var words []string
	for ws.Scan() {
		words = append(words, ws.Text())
	}
	fmt.Println(words, len(words))
	rs := bufio.NewScanner(strings.NewReader("añb"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Printf("%q ", rs.Text())
	}
	fmt.Println()
	nums := bufio.NewScanner(strings.NewReader("10 20 30"))
	nums.Split(bufio.ScanWords)
	total := 0
	for nums.Scan() {
		var v int
		fmt.Sscan(nums.Text(), &v)
		total += v
	}
	fmt.Println(total)
	br := bufio.NewReader(strings.NewReader("alpha\nbeta\n"))
	l1, err := br.ReadString('\n')
	fmt.Printf("%q %v\n", l1, err)
	l2, _ := br.ReadString('\n')
	l3, err := br.ReadString('\n')
	fmt.Printf("%q %q %v\n", l2, l3, err)
	empty := bufio.NewScanner(strings.NewReader(""))
	fmt.Println(empty.Scan(), empty.Err())
	bs := bufio.NewScanner(strings.NewReader("x\ny"))
	for bs.Scan() {
		fmt.Println(bs.Bytes())
	}
}
