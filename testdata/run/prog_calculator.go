package main

import (
	"errors"
	"fmt"
	"strconv"
	"unicode"
)

type parser struct {
	toks []string
	pos  int
}

func tokenize(s string) ([]string, error) {
	var toks []string
	for i := 0; i < len(s); {
		c := rune(s[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			j := i
			for j < len(s) && (unicode.IsDigit(rune(s[j])) || s[j] == '.') {
				j++
			}
			toks = append(toks, s[i:j])
			i = j
		case c == '+' || c == '-' || c == '*' || c == '/' || c == '(' || c == ')':
			toks = append(toks, string(c))
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return toks, nil
}

func (p *parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}

func (p *parser) next() string { t := p.peek(); p.pos++; return t }

var errDivZero = errors.New("division by zero")

func (p *parser) expr() (float64, error) {
	v, err := p.term()
	for err == nil && (p.peek() == "+" || p.peek() == "-") {
		op := p.next()
		var r float64
		r, err = p.term()
		if op == "+" {
			v += r
		} else {
			v -= r
		}
	}
	return v, err
}

func (p *parser) term() (float64, error) {
	v, err := p.factor()
	for err == nil && (p.peek() == "*" || p.peek() == "/") {
		op := p.next()
		var r float64
		r, err = p.factor()
		if err != nil {
			break
		}
		if op == "*" {
			v *= r
		} else if r == 0 {
			return 0, errDivZero
		} else {
			v /= r
		}
	}
	return v, err
}

func (p *parser) factor() (float64, error) {
	t := p.next()
	switch t {
	case "(":
		v, err := p.expr()
		if err != nil {
			return 0, err
		}
		if p.next() != ")" {
			return 0, errors.New("missing )")
		}
		return v, nil
	case "-":
		v, err := p.factor()
		return -v, err
	case "":
		return 0, errors.New("unexpected end")
	}
	return strconv.ParseFloat(t, 64)
}

func eval(s string) (float64, error) {
	toks, err := tokenize(s)
	if err != nil {
		return 0, err
	}
	p := &parser{toks: toks}
	v, err := p.expr()
	if err == nil && p.pos < len(toks) {
		err = fmt.Errorf("trailing %q", p.peek())
	}
	return v, err
}

func main() {
	for _, e := range []string{"1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "-(2.5 * 4) + 1", "1 / 0",
		"2 * (3 + ", "4 $ 4", "1.5.2 + 1", "((((7))))", "3 4"} {
		v, err := eval(e)
		if err != nil {
			fmt.Printf("%-16s error: %v\n", e, err)
			continue
		}
		fmt.Printf("%-16s = %g\n", e, v)
	}
}
