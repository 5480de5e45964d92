package main

import "fmt"

type Item struct {
	Name  string
	Qty   int
	Price float64
}

func main() {
	items := []Item{{"apple", 3, 0.5}, {"watermelon", 1, 3.25}, {"fig", 12, 0.125}, {"durian-extra-long", 2, 19.999}}
	fmt.Printf("%-12s|%5s|%9s|%10s\n", "NAME", "QTY", "PRICE", "TOTAL")
	fmt.Printf("%s\n", "------------+-----+---------+----------")
	var grand float64
	for _, it := range items {
		t := float64(it.Qty) * it.Price
		grand += t
		fmt.Printf("%-12.12s|%5d|%9.3f|%10.2f\n", it.Name, it.Qty, it.Price, t)
	}
	fmt.Printf("%-12s|%5s|%9s|%10.2f\n", "TOTAL", "", "", grand)
	fmt.Printf("[%6.1f%%] [%-8v] [%8v] [%+.2e]\n", 12.345, true, nil, grand)
	fmt.Printf("[%x] [%X] [%#v] [%T]\n", "hex", []byte("HEX"), items[0], items)
	fmt.Printf("[%3d|%-3d|%03d]\n", 12345, 1, -1)
	fmt.Printf("[%v] [%s] [%q]\n", 'A', "A", 'A')
	fmt.Printf("%v %v\n", [3]Item{}, items[1:2])
}
