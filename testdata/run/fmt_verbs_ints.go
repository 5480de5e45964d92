package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d\n", n, n, n, n, n, n)
	fmt.Printf("%b|%o|%O|%x|%X|%#x|%#X|%#o|%#b\n", n, n, n, n, n, n, n, n, n)
	fmt.Printf("%c|%q|%U|%#U\n", 65, 65, 65, 0x1F60A)
	m := -42
	fmt.Printf("%d|%x|%X|%o|%b|%08d|%+d|% d|%-6d|\n", m, m, m, m, m, m, m, m, m)
	fmt.Printf("%x|%X\n", uint64(1<<64-1), int8(-128))
	fmt.Printf("%.5d|%8.3d|%-8.3d|%.0d|%.0d|\n", 42, 7, 7, 0, 1)
	fmt.Printf("%08.3d|%+.3d\n", 5, 5)
	fmt.Printf("%#08x|%# x|% x\n", 255, 255, -255)
	fmt.Printf("%v %v %v %v\n", int8(-1), uint16(65535), int64(-1<<63), uintptr(10))
	fmt.Printf("%d %d\n", []int{1, 2}, [2]int8{-1, 1})
	fmt.Printf("%x %X\n", []int{10, 255}, [2]uint{171, 205})
	fmt.Printf("%*d|%-*d|\n", 6, 12, 6, 12)
	fmt.Printf("%*d|\n", -6, 12)
	fmt.Printf("%c%c%c\n", 'G', 'o', '!')
	fmt.Printf("%q %q %q\n", '\n', '\'', 'é')
	fmt.Printf("%+q %#q\n", 'é', 'x')
	fmt.Printf("%t %v %5t|\n", true, false, true)
	fmt.Printf("%3c|%-3c|\n", 'x', 'y')
	fmt.Printf("%o %O\n", 8, -8)
	fmt.Printf("%x\n", "")
}
