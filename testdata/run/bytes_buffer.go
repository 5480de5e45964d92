package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('✓')
	fmt.Fprintf(&buf, " n=%d", 7)
	fmt.Println(buf.String(), buf.Len())
	p := make([]byte, 5)
	n, _ := buf.Read(p)
	fmt.Println(n, string(p), buf.Len())
	b, _ := buf.ReadByte()
	fmt.Println(string(b))
	line, err := buf.ReadString('!')
	fmt.Printf("%q %v\n", line, err)
	rest, err := buf.ReadString('#')
	fmt.Printf("%q %v\n", rest, err)
	_, err = buf.ReadByte()
	fmt.Println(err == io.EOF)
	b2 := bytes.NewBufferString("a\nb\nc")
	for {
		l, err := b2.ReadBytes('\n')
		fmt.Printf("%q ", l)
		if err != nil {
			break
		}
	}
	fmt.Println()
	b3 := bytes.NewBuffer([]byte("truncate me"))
	b3.Truncate(8)
	fmt.Println(b3.String())
	b3.Reset()
	fmt.Println(b3.Len(), b3.String() == "")
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(bytes.Contains([]byte("seafood"), []byte("foo")), bytes.Index([]byte("chicken"), []byte("ken")))
	fmt.Printf("%s\n", bytes.ToUpper([]byte("shout")))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte("-")))
	fmt.Printf("%q\n", bytes.TrimSpace([]byte("  pad  ")))
	fmt.Printf("%q\n", bytes.Fields([]byte(" a b  c ")))
	fmt.Println(bytes.HasPrefix([]byte("prefix"), []byte("pre")), bytes.Repeat([]byte("z"), 3))
	var w bytes.Buffer
	io.Copy(&w, bytes.NewReader([]byte("copied")))
	fmt.Println(w.String())
	fmt.Println(bytes.Runes([]byte("hé")), string(bytes.Title([]byte("abc"))))
}
