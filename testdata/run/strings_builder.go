package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	b.WriteString("hello")
	b.WriteByte(' ')
	b.WriteRune('世')
	b.Write([]byte("!"))
	fmt.Fprintf(&b, " %d-%s", 42, "x")
	fmt.Println(b.String(), b.Len())
	b.Reset()
	for i := 0; i < 5; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprint(&b, i*i)
	}
	fmt.Println(b.String())
	var sb strings.Builder
	sb.Grow(64)
	for _, w := range []string{"a", "bb", "ccc"} {
		sb.WriteString(strings.ToUpper(w))
	}
	fmt.Println(sb.String(), sb.Len())
	rd := strings.NewReader("abcdef")
	buf := make([]byte, 4)
	n, err := rd.Read(buf)
	fmt.Println(n, err, string(buf[:n]), rd.Len())
	n, err = rd.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = rd.Read(buf)
	fmt.Println(n, err)
	rd2 := strings.NewReader("xyz")
	c, _ := rd2.ReadByte()
	r, size, _ := rd2.ReadRune()
	fmt.Println(string(c), string(r), size, rd2.Size())
}
