// Command gen_strfuncs writes strfuncs.txt: results of real Go's strings.SplitN, SplitAfterN, Fields,
// TrimSpace, ToUpper, ToLower, Replace and Count on fixed and pseudo-random inputs (ASCII, multi-byte,
// invalid UTF-8, Unicode spaces), one case a line, tab-separated: the function, its arguments (strings
// quoted with %q, numbers in decimal) and the result. A []string result is its quoted elements joined
// by spaces, then "|len|cap", or "nil" for a nil slice.
//
// Run from crates/gosub-stdlib/testdata: go run gen_strfuncs.go > strfuncs.txt
package main

import (
	"fmt"
	"math/rand"
	"strings"
)

func slice(v []string) string {
	if v == nil {
		return "nil"
	}
	q := make([]string, len(v))
	for i, s := range v {
		q[i] = fmt.Sprintf("%q", s)
	}
	return fmt.Sprintf("%s|%d|%d", strings.Join(q, " "), len(v), cap(v))
}

func main() {
	texts := []string{
		"", "a", "a,b,,c,", ",", ",,", "abc", "a<>b<><>c", "héllo wörld", "日本語,日本語", "\xff,\xfe,", "é\xff",
		"\xe2\x82", "  a b\t\nc  ", "   ", "\u00a0x\u2003y\u3000 z\xff w\u0085", " \xe3\x80\x80", "\xff x \xe3\x80",
		"Hello, World", "ǆ ß ﬀ İ Σ ΑΒΓ", "ÀÉÎ", "oink oink oink", "aaaa", "\t\n\v\f\r \u1680x\u2028\u2029\u202f\u205f",
	}
	seps := []string{"", ",", "<>", "é", "\xff", "aa"}
	ns := []int{-1, 0, 2, 10}
	r := rand.New(rand.NewSource(7))
	alphabet := []string{"a", "b", ",", " ", "é", "\xff", "\u3000", "A", "ß", "\t"}
	for i := 0; i < 25; i++ {
		var b strings.Builder
		for k := r.Intn(20); k > 0; k-- {
			b.WriteString(alphabet[r.Intn(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		fmt.Printf("Fields\t%q\t%s\n", s, slice(strings.Fields(s)))
		fmt.Printf("TrimSpace\t%q\t%q\n", s, strings.TrimSpace(s))
		fmt.Printf("ToUpper\t%q\t%q\n", s, strings.ToUpper(s))
		fmt.Printf("ToLower\t%q\t%q\n", s, strings.ToLower(s))
		for _, sep := range seps {
			fmt.Printf("Count\t%q\t%q\t%d\n", s, sep, strings.Count(s, sep))
			for _, n := range ns {
				fmt.Printf("SplitN\t%q\t%q\t%d\t%s\n", s, sep, n, slice(strings.SplitN(s, sep, n)))
				fmt.Printf("SplitAfterN\t%q\t%q\t%d\t%s\n", s, sep, n, slice(strings.SplitAfterN(s, sep, n)))
				for _, repl := range []string{"", "XY"} {
					fmt.Printf("Replace\t%q\t%q\t%q\t%d\t%q\n", s, sep, repl, n, strings.Replace(s, sep, repl, n))
				}
			}
		}
	}
}
