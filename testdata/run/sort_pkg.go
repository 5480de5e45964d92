package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	ints := []int{5, 2, 8, -1, 0, 2}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", "Apple", "banana", "apple"}
	sort.Strings(strs)
	fmt.Println(strs)
	fl := []float64{2.5, -1, 3, 0}
	sort.Float64s(fl)
	fmt.Println(fl)
	people := []Person{{"al", 30}, {"bo", 25}, {"cy", 35}, {"di", 25}}
	sort.Sort(ByAge(people))
	fmt.Println(people[0].Age, people[3])
	sort.SliceStable(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people)
	sort.Stable(ByAge(people))
	fmt.Println(people)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	asc := []int{1, 3, 5, 7, 9}
	fmt.Println(sort.SearchInts(asc, 5), sort.SearchInts(asc, 6), sort.SearchInts(asc, 100))
	idx := sort.Search(len(asc), func(i int) bool { return asc[i] >= 4 })
	fmt.Println(idx)
	fmt.Println(sort.SearchStrings([]string{"a", "c"}, "b"))
	words := []string{"ccc", "a", "bb", "dd", "e"}
	sort.Slice(words, func(i, j int) bool {
		if len(words[i]) != len(words[j]) {
			return len(words[i]) < len(words[j])
		}
		return words[i] < words[j]
	})
	fmt.Println(words)
	i, found := sort.Find(len(asc), func(i int) int { return 7 - asc[i] })
	fmt.Println(i, found)
}
