// strings_natives: edge cases of the native strings functions, strings.Builder and strconv (Split family
// lengths, capacities and nil results, invalid UTF-8, Unicode spaces and case, Builder growth, copy
// check and panics). A golden program for testdata/run (expected output from Go 1.27: go run
// strings_natives.go).
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func show(name string, v []string) {
	fmt.Printf("%s %q len=%d cap=%d nil=%v\n", name, v, len(v), cap(v), v == nil)
}

func main() {
	// Split family
	show("split", strings.Split("a,b,,c,", ","))
	show("split-empty-s", strings.Split("", ","))
	show("split-empty-sep", strings.Split("héllo\xffx", ""))
	show("split-empty-both", strings.Split("", ""))
	show("splitn0", strings.SplitN("a,b,c", ",", 0))
	show("splitn2", strings.SplitN("a,b,c", ",", 2))
	show("splitn10", strings.SplitN("a,b", ",", 10))
	show("splitn-1", strings.SplitN("a,b", ",", -1))
	show("splitafter", strings.SplitAfter("a,b,c", ","))
	show("splitaftern", strings.SplitAfterN("a,,b,c", ",", 3))
	show("explode-n", strings.SplitN("abcdef", "", 3))
	show("multi", strings.Split("a<>b<><>c", "<>"))
	show("nosep", strings.Split("abc", "x"))
	// Fields
	show("fields", strings.Fields("  a b\t\nc  "))
	show("fields-empty", strings.Fields("   "))
	show("fields-none", strings.Fields(""))
	show("fields-uni", strings.Fields("\u00a0x\u2003y\u3000 z\xff w\u0085"))
	// Join
	fmt.Printf("%q\n", strings.Join(nil, ","))
	fmt.Printf("%q\n", strings.Join([]string{"x"}, ","))
	fmt.Printf("%q\n", strings.Join([]string{"x", "", "y"}, ", "))
	fmt.Printf("%q\n", strings.Join([]string{"", ""}, ""))
	// Repeat
	fmt.Printf("%q %q %q %q\n", strings.Repeat("ab", 3), strings.Repeat("ab", 0), strings.Repeat("", 5), strings.Repeat("x", 1))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_ = strings.Repeat("x", -1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_ = strings.Repeat("xx", 1<<62)
	}()
	// Replace
	fmt.Printf("%q\n", strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Printf("%q\n", strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Printf("%q\n", strings.Replace("abc", "", "-", -1))
	fmt.Printf("%q\n", strings.Replace("aé\xffb", "", "-", 3))
	fmt.Printf("%q\n", strings.Replace("", "", "-", -1))
	fmt.Printf("%q\n", strings.ReplaceAll("aaaa", "aa", "b"))
	fmt.Printf("%q\n", strings.Replace("abc", "x", "y", -1))
	fmt.Printf("%q\n", strings.Replace("abc", "b", "b", -1))
	fmt.Printf("%q\n", strings.Replace("abc", "b", "", 0))
	// Case
	fmt.Printf("%q %q %q\n", strings.ToUpper("hello, World 1"), strings.ToLower("HeLLo"), strings.ToUpper("ABC"))
	fmt.Printf("%q %q\n", strings.ToUpper("héllo ß ǆ ﬀ"), strings.ToLower("ÀÉÎ Σ İ"))
	fmt.Printf("%q %q %q\n", strings.ToUpper("a\xffb"), strings.ToUpper("A\xffB"), strings.ToLower("\xff"))
	fmt.Printf("%q %q\n", strings.ToUpper("é\xff"), strings.ToUpper("\xe2\x82"))
	// Count, Contains
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("héé", ""), strings.Count("aaaa", "aa"))
	fmt.Println(strings.Contains("seafood", "foo"), strings.Contains("seafood", ""), strings.Contains("", ""), strings.Contains("a", "b"))
	// TrimSpace
	fmt.Printf("%q %q %q %q\n", strings.TrimSpace("  \t a b \n "), strings.TrimSpace("   "), strings.TrimSpace(""), strings.TrimSpace("\u00a0\u3000x\u2000 \u0085"))
	fmt.Printf("%q %q\n", strings.TrimSpace("\xff x \xe3\x80"), strings.TrimSpace(" \xe3\x80\x80"))
	// Builder
	var b strings.Builder
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	b.WriteString("hello")
	s1 := b.String()
	b.WriteByte(' ')
	b.WriteRune('w')
	b.WriteRune('é')
	b.WriteRune(-1)
	b.WriteRune(0x10FFFF + 1)
	n, err := b.Write([]byte("orld"))
	fmt.Println(n, err)
	n, err = b.WriteRune('€')
	fmt.Println(n, err)
	s2 := b.String()
	b.WriteString(s2)
	b.WriteString(b.String())
	fmt.Printf("%q %q %q %d %d\n", s1, s2, b.String(), b.Len(), b.Cap())
	b.Reset()
	fmt.Println(b.Len(), b.Cap(), b.String() == "", s2)
	b.Grow(3)
	fmt.Println(b.Len(), b.Cap())
	fmt.Fprintf(&b, "x=%d y=%s", 42, "z")
	fmt.Println(b.String(), b.Len(), b.Cap())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		b.Grow(-1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		c := b
		c.WriteString("x")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var z strings.Builder
		c := z
		c.WriteString("x")
		fmt.Println("zero copy ok", c.String())
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var p *strings.Builder
		p.WriteString("x")
	}()
	var bs []strings.Builder = make([]strings.Builder, 3)
	for i := range bs {
		for j := 0; j <= i*20; j++ {
			bs[i].WriteString(strconv.Itoa(j))
		}
	}
	for i := range bs {
		fmt.Println(bs[i].Len(), bs[i].Cap(), bs[i].String()[:1])
	}
	type T struct {
		x  int
		sb strings.Builder
	}
	t := &T{}
	t.sb.WriteString("in struct")
	fmt.Println(t.sb.String())
	var w fmt.Stringer = &b
	fmt.Println(w.String())
	// strconv
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-9223372036854775808), strconv.Itoa(9223372036854775807), strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_ = strconv.FormatInt(1, 37)
	}()
	for _, s := range []string{"12", "-12", "", "x", "99999999999999999999", "0x1f"} {
		a, err := strconv.Atoi(s)
		p, err2 := strconv.ParseInt(s, 0, 8)
		u, err3 := strconv.ParseUint(s, 0, 64)
		f, err4 := strconv.ParseFloat(s, 64)
		fmt.Println(a, err, p, err2, u, err3, f, err4)
	}
}
