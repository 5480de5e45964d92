package main

import "fmt"

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	for i := 0; i < len(s)/2; i++ {
		if s[i] != s[len(s)-1-i] {
			return false
		}
	}
	return true
}

func main() {
	s := "Hello, 世界"
	for i := 0; i < len(s); i++ {
		fmt.Printf("%02x ", s[i])
	}
	fmt.Println()
	fmt.Println(reverse(s), reverse(""), reverse("a"))
	fmt.Println(isPalindrome("racecar"), isPalindrome("abca"))
	sub := s[7:]
	fmt.Println(sub, len(sub))
	bs := []byte(s)
	bs[0] = 'J'
	fmt.Println(string(bs), s)
	var acc string
	for i := 0; i < 5; i++ {
		acc += string(rune('a' + i))
	}
	fmt.Println(acc)
	fmt.Println(string(s[0]), s[0:1], fmt.Sprint(s[0]))
	count := map[byte]int{}
	for i := 0; i < len("banana"); i++ {
		count["banana"[i]]++
	}
	fmt.Println(count)
	x := "abc"
	y := x[:2]
	z := x[1:]
	fmt.Println(y+z, len(y+z))
	fmt.Println("multi" + `-` + "part")
	fmt.Println(len("日本語"), []byte("é"), string([]byte{0xe6, 0x97, 0xa5}))
}
