// Package iter: the iterator function types used by range-over-func, for gosub.
package iter

// Seq is an iterator over sequences of individual values: it calls yield(v) for each value until yield
// returns false.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over sequences of pairs of values.
type Seq2[K, V any] func(yield func(K, V) bool)
