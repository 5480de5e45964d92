// Package fs: the basic interfaces and errors of a file system, for gosub. Its error values and PathError
// are the ones package os returns, so errors.Is and errors.As agree between the two packages.
package fs

import "os"

// Generic file system errors. Errors returned by file systems can be tested against these errors using
// errors.Is.
var (
	ErrInvalid    = os.ErrInvalid    // "invalid argument"
	ErrPermission = os.ErrPermission // "permission denied"
	ErrExist      = os.ErrExist      // "file already exists"
	ErrNotExist   = os.ErrNotExist   // "file does not exist"
	ErrClosed     = os.ErrClosed     // "file already closed"
)

// PathError records an error and the operation and file path that caused it.
type PathError = os.PathError

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
