package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type User struct {
	Name string
	Age  int
}

func main() {
	s := []int{3, 1, 4, 1, 5, 9, 2, 6}
	c := slices.Clone(s)
	slices.Sort(c)
	fmt.Println(s, c)
	fmt.Println(slices.Contains(s, 9), slices.Index(s, 1), slices.IndexFunc(s, func(x int) bool { return x > 4 }))
	fmt.Println(slices.Min(s), slices.Max(s))
	pos, found := slices.BinarySearch(c, 5)
	fmt.Println(pos, found)
	pos, found = slices.BinarySearch(c, 7)
	fmt.Println(pos, found)
	fmt.Println(slices.Equal(s, c), slices.Equal([]int{}, nil))
	r := slices.Clone(s)
	slices.Reverse(r)
	fmt.Println(r)
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	fmt.Println(slices.Insert([]int{1, 2, 5}, 2, 3, 4))
	fmt.Println(slices.Delete([]int{0, 1, 2, 3, 4}, 1, 3))
	fmt.Println(slices.Replace([]int{0, 1, 2, 3}, 1, 3, 9))
	users := []User{{"cy", 30}, {"al", 25}, {"bo", 30}, {"di", 20}}
	slices.SortStableFunc(users, func(a, b User) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(users)
	slices.SortFunc(users, func(a, b User) int {
		return cmp.Or(cmp.Compare(b.Age, a.Age), strings.Compare(a.Name, b.Name))
	})
	fmt.Println(users)
	i, ok := slices.BinarySearchFunc([]User{{"a", 1}, {"b", 5}}, 5, func(u User, t int) int { return cmp.Compare(u.Age, t) })
	fmt.Println(i, ok)
	fmt.Println(slices.Compare([]int{1, 2}, []int{1, 3}), slices.Compare([]int{1, 2, 0}, []int{1, 2}))
	fmt.Println(slices.IsSorted(c), slices.ContainsFunc(s, func(x int) bool { return x < 0 }))
	fmt.Println(slices.Concat([]int{1}, nil, []int{2, 3}), slices.Repeat([]string{"ab"}, 3))
	chunks := [][]int{}
	for ch := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		chunks = append(chunks, ch)
	}
	fmt.Println(chunks)
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11)
	fmt.Println(cmp.Compare(1.5, 2), cmp.Less("b", "a"), cmp.Or(0, 0, 7, 8), cmp.Or("", "x"))
	fmt.Println(slices.DeleteFunc([]int{1, 2, 3, 4, 5, 6}, func(x int) bool { return x%2 == 0 }))
}
