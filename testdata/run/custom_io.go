package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

type rot13Reader struct{ r io.Reader }

func (r rot13Reader) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	for i := 0; i < n; i++ {
		c := p[i]
		switch {
		case c >= 'a' && c <= 'z':
			p[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			p[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

type countingWriter struct {
	w     io.Writer
	bytes int
	calls int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.calls++
	c.bytes += len(p)
	return c.w.Write(p)
}

func main() {
	r := rot13Reader{strings.NewReader("Lbh penpxrq gur pbqr!\n")}
	n, err := io.Copy(os.Stdout, r)
	fmt.Println(n, err)
	cw := &countingWriter{w: os.Stdout}
	fmt.Fprintf(cw, "hello %s\n", "writer")
	fmt.Fprintln(cw, "second", 2)
	fmt.Println(cw.bytes, cw.calls)
	bw := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(bw, "buffered %d\n", 1)
	bw.WriteString("buffered 2\n")
	fmt.Println("unbuffered first")
	bw.Flush()
	data, _ := io.ReadAll(io.LimitReader(strings.NewReader("0123456789"), 4))
	fmt.Println(string(data))
	var sb strings.Builder
	mw := io.MultiWriter(&sb, cw)
	io.WriteString(mw, "multi\n")
	fmt.Printf("%q %d\n", sb.String(), cw.calls)
	tr := io.TeeReader(strings.NewReader("tee"), &sb)
	io.ReadAll(tr)
	fmt.Printf("%q\n", sb.String())
}
