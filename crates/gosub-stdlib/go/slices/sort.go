// Sorting and searching sorted slices.
//
// The unstable sorts use insertion sort up to 12 elements (as Go does, so short slices with equal
// elements come out as Go orders them) and a median-of-three quicksort above, falling back to heapsort
// when recursion gets deep. The stable sorts are a merge sort through a buffer.

package slices

import "cmp"

// Sort sorts a slice of any ordered type in ascending order; NaNs are ordered before other values.
func Sort[S ~[]E, E cmp.Ordered](x S) {
	SortFunc(x, cmp.Compare[E])
}

// SortFunc sorts x in ascending order as determined by cmp (negative: a < b). It is not stable.
func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	n := len(x)
	limit := 0
	for i := n; i > 0; i >>= 1 {
		limit++
	}
	quickSort(x, 0, n, 2*limit, cmp)
}

// SortStableFunc sorts x keeping the original order of equal elements.
func SortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	if len(x) <= 12 {
		insertionSort(x, 0, len(x), cmp)
		return
	}
	buf := make([]E, len(x))
	mergeSort(x, buf, cmp)
}

// IsSorted reports whether x is sorted in ascending order.
func IsSorted[S ~[]E, E cmp.Ordered](x S) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp.Less(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

// IsSortedFunc reports whether x is sorted in ascending order by cmp.
func IsSortedFunc[S ~[]E, E any](x S, cmp func(a, b E) int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp(x[i], x[i-1]) < 0 {
			return false
		}
	}
	return true
}

// BinarySearch searches for target in a sorted slice and returns the earliest position where target is
// found, or would appear, and whether it was found.
func BinarySearch[S ~[]E, E cmp.Ordered](x S, target E) (int, bool) {
	n := len(x)
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp.Less(x[h], target) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && (x[i] == target || (x[i] != x[i] && target != target))
}

// BinarySearchFunc is like BinarySearch with a custom comparison of an element and the target.
func BinarySearchFunc[S ~[]E, E, T any](x S, target T, cmp func(E, T) int) (int, bool) {
	n := len(x)
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(x[h], target) < 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(x[i], target) == 0
}

func insertionSort[E any](x []E, lo, hi int, cmp func(a, b E) int) {
	for i := lo + 1; i < hi; i++ {
		for j := i; j > lo && cmp(x[j], x[j-1]) < 0; j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
}

func quickSort[E any](x []E, lo, hi, depth int, cmp func(a, b E) int) {
	for hi-lo > 12 {
		if depth == 0 {
			heapSort(x, lo, hi, cmp)
			return
		}
		depth--
		p := partition(x, lo, hi, cmp)
		// Recurse into the smaller side to bound the stack.
		if p-lo < hi-p {
			quickSort(x, lo, p, depth, cmp)
			lo = p + 1
		} else {
			quickSort(x, p+1, hi, depth, cmp)
			hi = p
		}
	}
	insertionSort(x, lo, hi, cmp)
}

// partition moves the median of three samples to lo, partitions x[lo:hi] around it and returns its
// final index.
func partition[E any](x []E, lo, hi int, cmp func(a, b E) int) int {
	mid := int(uint(lo+hi) >> 1)
	last := hi - 1
	if cmp(x[mid], x[lo]) < 0 {
		x[mid], x[lo] = x[lo], x[mid]
	}
	if cmp(x[last], x[mid]) < 0 {
		x[last], x[mid] = x[mid], x[last]
		if cmp(x[mid], x[lo]) < 0 {
			x[mid], x[lo] = x[lo], x[mid]
		}
	}
	x[lo], x[mid] = x[mid], x[lo]
	pivot := x[lo]
	i, j := lo+1, last
	for {
		for i <= j && cmp(x[i], pivot) < 0 {
			i++
		}
		for i <= j && cmp(pivot, x[j]) < 0 {
			j--
		}
		if i >= j {
			break
		}
		x[i], x[j] = x[j], x[i]
		i++
		j--
	}
	x[lo], x[j] = x[j], x[lo]
	return j
}

func heapSort[E any](x []E, lo, hi int, cmp func(a, b E) int) {
	n := hi - lo
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDown(x, lo, i, n, cmp)
	}
	for i := n - 1; i > 0; i-- {
		x[lo], x[lo+i] = x[lo+i], x[lo]
		siftDown(x, lo, 0, i, cmp)
	}
}

func siftDown[E any](x []E, lo, root, n int, cmp func(a, b E) int) {
	for {
		child := 2*root + 1
		if child >= n {
			return
		}
		if child+1 < n && cmp(x[lo+child], x[lo+child+1]) < 0 {
			child++
		}
		if cmp(x[lo+root], x[lo+child]) >= 0 {
			return
		}
		x[lo+root], x[lo+child] = x[lo+child], x[lo+root]
		root = child
	}
}

// mergeSort sorts x stably, using buf (len(buf) == len(x)) as scratch space.
func mergeSort[E any](x, buf []E, cmp func(a, b E) int) {
	n := len(x)
	const block = 12
	for lo := 0; lo < n; lo += block {
		insertionSort(x, lo, min(lo+block, n), cmp)
	}
	src, dst := x, buf
	for width := block; width < n; width *= 2 {
		for lo := 0; lo < n; lo += 2 * width {
			mid := min(lo+width, n)
			hi := min(lo+2*width, n)
			i, j, k := lo, mid, lo
			for i < mid && j < hi {
				if cmp(src[j], src[i]) < 0 {
					dst[k] = src[j]
					j++
				} else {
					dst[k] = src[i]
					i++
				}
				k++
			}
			k += copy(dst[k:], src[i:mid])
			copy(dst[k:], src[j:hi])
		}
		src, dst = dst, src
	}
	if &src[0] != &x[0] {
		copy(x, src)
	}
}
