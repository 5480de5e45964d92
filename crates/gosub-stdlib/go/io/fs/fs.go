// Package fs: the basic interfaces and errors of a file system, for gosub. Package os aliases its error
// values and PathError, so errors.Is and errors.As agree between the two packages (and %T names
// *fs.PathError, as in Go).
package fs

import "errors"

// Generic file system errors. Errors returned by file systems can be tested against these errors using
// errors.Is.
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// ValidPath reports whether the given path name is valid for use in a call to Open: unrooted,
// slash-separated elements, none of them empty, "." or "..", except the whole path ".".
func ValidPath(name string) bool {
	if name == "." {
		return true
	}
	for {
		i := 0
		for i < len(name) && name[i] != '/' {
			i++
		}
		elem := name[:i]
		if elem == "" || elem == "." || elem == ".." {
			return false
		}
		if i == len(name) {
			return true
		}
		name = name[i+1:]
	}
}
