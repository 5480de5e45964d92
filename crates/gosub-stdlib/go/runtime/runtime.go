// Package runtime: the parts of Go's runtime package that gosub provides.
package runtime

// The system gosub runs on, in Go's names: gosub-stdlib's lib.rs replaces the @-placeholders with the
// values for the system gosub was built for.
const (
	// GOOS is the running program's operating system target.
	GOOS = "@GOOS@"
	// GOARCH is the running program's architecture target.
	GOARCH = "@GOARCH@"
)

// Error identifies a run-time error, such as an index out of range. A panic caused by the run time has a
// value that implements Error.
type Error interface {
	error
	// RuntimeError is a no-op function that distinguishes a run-time error from an ordinary error.
	RuntimeError()
}

// Compiler is the name of the compiler toolchain that built the running binary.
const Compiler = "gc"

// Goexit terminates the goroutine that calls it, after running its deferred calls.
func Goexit()

// GC runs a garbage collection. gosub's collector runs when allocation needs it; this is a no-op.
func GC() {}

// Gosched yields the processor. With one goroutine running there is nothing to yield to.
func Gosched() {}

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int { return 1 }

// GOMAXPROCS sets the maximum number of CPUs that can be executing simultaneously and returns the
// previous setting; n < 1 does not change it.
func GOMAXPROCS(n int) int {
	prev := maxProcs
	if prev == 0 {
		prev = NumCPU()
	}
	if n >= 1 {
		maxProcs = n
	}
	return prev
}

var maxProcs int

// Version returns the Go tree's version string.
func Version() string { return "go1.27" }
