// Command gen_strings writes strings.txt: Index, LastIndex, IndexByte and Count of real Go on fixed and
// pseudo-random inputs, one case a line: function, quoted s, quoted substr, result (tab-separated).
//
// Run from crates/gosub-stdlib/testdata: go run gen_strings.go > strings.txt
package main

import (
	"fmt"
	"math/rand"
	"strconv"
	"strings"
)

func main() {
	fixed := [][2]string{
		{"", ""}, {"", "a"}, {"a", ""}, {"abc", "abc"}, {"abc", "abcd"}, {"chicken", "ken"},
		{"chicken", "dmr"}, {"aaaa", "aa"}, {"xxxaaaaxxx", "aa"}, {"日本語日本語", "本"}, {"日本語", "語"},
		{"\xff\xfe\xff", "\xff"}, {"\xff\xfe\xff", "\xfe\xff"}, {strings.Repeat("ab", 100) + "abc", "abc"},
		{strings.Repeat("a", 200), strings.Repeat("a", 50)}, {strings.Repeat("a", 200) + "b", "ab"},
		{"b" + strings.Repeat("a", 200), "ba"}, {strings.Repeat("xyz", 70), "zx"}, {"five", "five"},
		{"banana", "ana"}, {"banana", "na"}, {"a\x00b", "\x00"}, {"a\x00b", "\x00b"},
	}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 150; i++ {
		n := r.Intn(300)
		alpha := 2 + r.Intn(3)
		s := make([]byte, n)
		for k := range s {
			s[k] = byte('a' + r.Intn(alpha))
		}
		m := 1 + r.Intn(6)
		sub := make([]byte, m)
		for k := range sub {
			sub[k] = byte('a' + r.Intn(alpha))
		}
		fixed = append(fixed, [2]string{string(s), string(sub)})
	}
	fmt.Println("# function\ts\tsubstr\tresult (recorded from Go by gen_strings.go)")
	for _, c := range fixed {
		s, sub := c[0], c[1]
		q := func(name string, v int) {
			fmt.Printf("%s\t%s\t%s\t%d\n", name, strconv.Quote(s), strconv.Quote(sub), v)
		}
		q("Index", strings.Index(s, sub))
		q("LastIndex", strings.LastIndex(s, sub))
		q("Count", strings.Count(s, sub))
		if len(sub) > 0 {
			q("IndexByte", strings.IndexByte(s, sub[0]))
		}
	}
}
