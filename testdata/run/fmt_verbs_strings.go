package main

import "fmt"

func main() {
	s := "hello"
	fmt.Printf("%s|%10s|%-10s|%.3s|%10.2s|%-10.4s|\n", s, s, s, s, s, s)
	fmt.Printf("%q|%+q|%#q|%x|%X|% x|%#x|\n", s, "héllo", s, s, s, s, s)
	fmt.Printf("%q\n", "tab\there \"quoted\" back\\slash \x00 \u2028")
	fmt.Printf("%#q\n", "has`backtick")
	fmt.Printf("%s %v %q\n", []byte("bytes"), []byte("ab"), []byte("cd"))
	fmt.Printf("%s\n", []string{"a", "b"})
	fmt.Printf("%q\n", []string{"a", "b c"})
	fmt.Printf("%5.1q|\n", "xyz")
	fmt.Printf("%.2s|\n", "日本語")
	fmt.Printf("%08s|%-08s|\n", "ab", "ab")
	fmt.Printf("%x|% X|\n", []byte{1, 171, 255}, []byte{1, 171, 255})
	fmt.Printf("%s|%v|\n", "", "")
	fmt.Printf("%c|%v\n", []rune("hi"), []rune("hi"))
	fmt.Printf("%v|%s|%d\n", 'x', string('x'), "x"[0])
	fmt.Printf("%s %s\n", error(nil), []error{nil})
	fmt.Printf("%%|%5%|%-5%|\n")
	fmt.Printf("%.*s|\n", 2, "abcdef")
}
