// Package sort: sorting slices and user-defined collections, for gosub.
//
// Sort and Slice use insertion sort up to 12 elements (as Go does, so short inputs with equal elements
// come out in Go's order) and a median-of-three quicksort with a heapsort fallback above. Stable and
// SliceStable sort insertion-sorted blocks and merge them in place with rotations, using only Less and
// Swap. Ints, Strings and Float64s are natives.
package sort

// An Interface is a collection that can be sorted by the routines in this package.
type Interface interface {
	// Len is the number of elements in the collection.
	Len() int
	// Less reports whether the element with index i must sort before the element with index j.
	Less(i, j int) bool
	// Swap swaps the elements with indexes i and j.
	Swap(i, j int)
}

// Sort sorts data in ascending order as determined by the Less method. It is not stable.
func Sort(data Interface) {
	n := data.Len()
	limit := 0
	for i := n; i > 0; i >>= 1 {
		limit++
	}
	quickSort(data, 0, n, 2*limit)
}

// Stable sorts data in ascending order, keeping the original order of equal elements.
func Stable(data Interface) {
	stable(data, data.Len())
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

type reverse struct {
	Interface
}

func (r reverse) Less(i, j int) bool {
	return r.Interface.Less(j, i)
}

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface {
	return &reverse{data}
}

// lessSwap adapts a slice of any type and a less function to Interface.
type lessSwap struct {
	x    any
	n    int
	less func(i, j int) bool
}

func (l *lessSwap) Len() int           { return l.n }
func (l *lessSwap) Less(i, j int) bool { return l.less(i, j) }
func (l *lessSwap) Swap(i, j int)      { sliceSwap(l.x, i, j) }

// sliceLen returns the length of the slice x; it panics as Go does if x is not a slice.
func sliceLen(x any) int

// sliceSwap swaps elements i and j of the slice x.
func sliceSwap(x any, i, j int)

// Slice sorts the slice x given the provided less function. It panics if x is not a slice. It is not
// stable.
func Slice(x any, less func(i, j int) bool) {
	Sort(&lessSwap{x, sliceLen(x), less})
}

// SliceStable sorts the slice x using less, keeping the original order of equal elements.
func SliceStable(x any, less func(i, j int) bool) {
	Stable(&lessSwap{x, sliceLen(x), less})
}

// SliceIsSorted reports whether the slice x is sorted according to less.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := sliceLen(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

func insertionSort(data Interface, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

func quickSort(data Interface, lo, hi, depth int) {
	for hi-lo > 12 {
		if depth == 0 {
			heapSort(data, lo, hi)
			return
		}
		depth--
		p := partition(data, lo, hi)
		if p-lo < hi-p {
			quickSort(data, lo, p, depth)
			lo = p + 1
		} else {
			quickSort(data, p+1, hi, depth)
			hi = p
		}
	}
	insertionSort(data, lo, hi)
}

// partition moves the median of three samples to lo, partitions data[lo:hi] around it and returns its
// final index.
func partition(data Interface, lo, hi int) int {
	mid := int(uint(lo+hi) >> 1)
	last := hi - 1
	if data.Less(mid, lo) {
		data.Swap(mid, lo)
	}
	if data.Less(last, mid) {
		data.Swap(last, mid)
		if data.Less(mid, lo) {
			data.Swap(mid, lo)
		}
	}
	data.Swap(lo, mid)
	i, j := lo+1, last
	for {
		for i <= j && data.Less(i, lo) {
			i++
		}
		for i <= j && data.Less(lo, j) {
			j--
		}
		if i >= j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	data.Swap(lo, j)
	return j
}

func heapSort(data Interface, lo, hi int) {
	n := hi - lo
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDown(data, lo, i, n)
	}
	for i := n - 1; i > 0; i-- {
		data.Swap(lo, lo+i)
		siftDown(data, lo, 0, i)
	}
}

func siftDown(data Interface, lo, root, n int) {
	for {
		child := 2*root + 1
		if child >= n {
			return
		}
		if child+1 < n && data.Less(lo+child, lo+child+1) {
			child++
		}
		if !data.Less(lo+root, lo+child) {
			return
		}
		data.Swap(lo+root, lo+child)
		root = child
	}
}

func stable(data Interface, n int) {
	const block = 20
	for a := 0; a < n; a += block {
		insertionSort(data, a, min(a+block, n))
	}
	for width := block; width < n; width *= 2 {
		for a := 0; a+width < n; a += 2 * width {
			merge(data, a, a+width, min(a+2*width, n))
		}
	}
}

// merge merges the sorted runs data[a:m] and data[m:b] in place, stably: it splits the longer run at
// its middle, finds the matching split of the other by binary search, rotates the two middle pieces
// into place and recurses on both halves.
func merge(data Interface, a, m, b int) {
	if a >= m || m >= b {
		return
	}
	if m-a == 1 {
		// Insert data[a] into data[m:b].
		i := m
		for i < b && data.Less(i, a) {
			i++
		}
		for k := a; k < i-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		// Insert data[m] into data[a:m].
		i := m
		for i > a && data.Less(m, i-1) {
			i--
		}
		for k := m; k > i; k-- {
			data.Swap(k, k-1)
		}
		return
	}
	var cut1, cut2 int
	if m-a >= b-m {
		cut1 = a + (m-a)/2
		// First element of data[m:b] not less than data[cut1].
		lo, hi := m, b
		for lo < hi {
			h := int(uint(lo+hi) >> 1)
			if data.Less(h, cut1) {
				lo = h + 1
			} else {
				hi = h
			}
		}
		cut2 = lo
	} else {
		cut2 = m + (b-m)/2
		// First element of data[a:m] greater than data[cut2].
		lo, hi := a, m
		for lo < hi {
			h := int(uint(lo+hi) >> 1)
			if !data.Less(cut2, h) {
				lo = h + 1
			} else {
				hi = h
			}
		}
		cut1 = lo
	}
	rotate(data, cut1, m, cut2)
	mid := cut1 + (cut2 - m)
	merge(data, a, cut1, mid)
	merge(data, mid, cut2, b)
}

// rotate exchanges the blocks data[a:m] and data[m:b] by three reversals.
func rotate(data Interface, a, m, b int) {
	reverseRange(data, a, m)
	reverseRange(data, m, b)
	reverseRange(data, a, b)
}

func reverseRange(data Interface, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}

// Search uses binary search to find and return the smallest index i in [0, n) at which f(i) is true,
// assuming that f(i) == true implies f(i+1) == true; it returns n if there is no such index.
func Search(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// Find uses binary search to find the smallest index i in [0, n) at which cmp(i) <= 0; found reports
// whether cmp(i) == 0 there.
func Find(n int, cmp func(int) int) (i int, found bool) {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(h) > 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(i) == 0
}

// SearchInts searches for x in a sorted slice of ints and returns the index Search would.
func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchFloat64s searches for x in a sorted slice of float64s.
func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchStrings searches for x in a sorted slice of strings.
func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// IntSlice attaches the methods of Interface to []int, sorting in increasing order.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x IntSlice) Sort()              { Ints(x) }
func (x IntSlice) Search(v int) int   { return SearchInts(x, v) }

// Float64Slice implements Interface for a []float64, sorting in increasing order, with NaNs first.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }
func (x Float64Slice) Less(i, j int) bool {
	return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j])
}
func (x Float64Slice) Swap(i, j int)        { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()                { Float64s(x) }
func (x Float64Slice) Search(v float64) int { return SearchFloat64s(x, v) }

// StringSlice attaches the methods of Interface to []string, sorting in increasing order.
type StringSlice []string

func (x StringSlice) Len() int            { return len(x) }
func (x StringSlice) Less(i, j int) bool  { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)       { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()               { Strings(x) }
func (x StringSlice) Search(v string) int { return SearchStrings(x, v) }

// Ints sorts a slice of ints in increasing order.
func Ints(x []int)

// Float64s sorts a slice of float64s in increasing order, NaNs first.
func Float64s(x []float64)

// Strings sorts a slice of strings in increasing order.
func Strings(x []string)

// IntsAreSorted reports whether x is sorted in increasing order.
func IntsAreSorted(x []int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

// Float64sAreSorted reports whether x is sorted in increasing order, NaNs first.
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }

// StringsAreSorted reports whether x is sorted in increasing order.
func StringsAreSorted(x []string) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}
