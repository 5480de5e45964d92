// The Replacer type: many replacements at once.

package strings

import "io"

// Replacer replaces a list of strings with replacements. It is safe for concurrent use.
type Replacer struct {
	oldnew []string
	// byFirst[c] lists the indexes (into oldnew, of old strings) starting with byte c, in argument
	// order; empty old strings are in empties.
	byFirst [256][]int
	empty   int // index of the first pair with an empty old string, or -1
}

// NewReplacer returns a new Replacer from a list of old, new string pairs. Replacements are performed
// in the order they appear in the target string, without overlapping matches; at one position the
// pair given first wins. It panics if given an odd number of arguments.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	r := &Replacer{oldnew: append([]string(nil), oldnew...), empty: -1}
	for i := 0; i < len(oldnew); i += 2 {
		old := oldnew[i]
		if old == "" {
			if r.empty < 0 {
				r.empty = i
			}
			continue
		}
		r.byFirst[old[0]] = append(r.byFirst[old[0]], i)
	}
	return r
}

// match returns the index of the pair matching s at i (-1 if none); with nonEmpty, pairs with an empty
// old string are not considered.
func (r *Replacer) match(s string, i int, nonEmpty bool) int {
	if i < len(s) {
		for _, k := range r.byFirst[s[i]] {
			if !nonEmpty && r.empty >= 0 && k > r.empty {
				break
			}
			if HasPrefix(s[i:], r.oldnew[k]) {
				return k
			}
		}
	}
	if nonEmpty {
		return -1
	}
	return r.empty
}

// Replace returns a copy of s with all replacements performed. An empty old string matches at every
// byte position (and at the end); when it wins at a position, its replacement is emitted and a
// non-empty old string may still match there, otherwise one byte is copied.
func (r *Replacer) Replace(s string) string {
	var b []byte
	changed := false
	last := 0
	for i := 0; i <= len(s); {
		k := r.match(s, i, false)
		if k < 0 {
			i++
			continue
		}
		if !changed {
			changed = true
			b = make([]byte, 0, len(s))
		}
		b = append(b, s[last:i]...)
		b = append(b, r.oldnew[k+1]...)
		if r.oldnew[k] == "" {
			if i == len(s) {
				last = i
				break
			}
			k = r.match(s, i, true)
			if k < 0 {
				b = append(b, s[i])
				i++
				last = i
				continue
			}
			b = append(b, r.oldnew[k+1]...)
		}
		i += len(r.oldnew[k])
		last = i
	}
	if !changed {
		return s
	}
	b = append(b, s[last:]...)
	return string(b)
}

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return io.WriteString(w, r.Replace(s))
}
