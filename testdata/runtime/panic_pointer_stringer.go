package main

type Token struct{ text string }

func (t *Token) String() string { return "token<" + t.text + ">" }

func main() {
	panic(&Token{"if"})
}
