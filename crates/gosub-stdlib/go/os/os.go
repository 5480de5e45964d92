// Package os: the process's arguments, environment, standard files and exit, for gosub. The system
// calls are natives (bodies in the VM); errors are built here in Go.
package os

import (
	"errors"
	"io"
	"io/fs"
)

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

func runtimeArgs() []string

// Exit causes the current program to exit with the given status code. Deferred functions are not run.
func Exit(code int)

// Portable analogs of some common system call errors (the io/fs values).
var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed
)

// PathError records an error and the operation and file path that caused it.
type PathError = fs.PathError

// File is an open file descriptor.
type File struct {
	fd     int
	name   string
	closed bool
	opened bool   // opened by Open: reads come from data, not from fd
	data   []byte // the file's contents, read whole when opened
	off    int    // the read offset into data
}

// Open opens the named file for reading. Its whole contents are read at once: later changes to the
// file are not seen. An error is a *PathError.
func Open(name string) (*File, error) {
	data, msg := readFile(name)
	if msg != "" {
		return nil, &PathError{Op: "open", Path: name, Err: pathErr(msg)}
	}
	return &File{fd: 3, name: name, opened: true, data: data}, nil
}

var _ io.ReadWriter = (*File)(nil)

// Standard input, output and error.
var (
	Stdin  = &File{fd: 0, name: "/dev/stdin"}
	Stdout = &File{fd: 1, name: "/dev/stdout"}
	Stderr = &File{fd: 2, name: "/dev/stderr"}
)

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// Write writes len(b) bytes from b to the File.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.opened {
		return 0, &PathError{Op: "write", Path: f.name, Err: errors.New("bad file descriptor")}
	}
	n, msg := write(f.fd, b)
	if msg != "" {
		return n, &PathError{Op: "write", Path: f.name, Err: errors.New(msg)}
	}
	return n, nil
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.opened {
		return 0, &PathError{Op: "write", Path: f.name, Err: errors.New("bad file descriptor")}
	}
	n, msg := writeString(f.fd, s)
	if msg != "" {
		return n, &PathError{Op: "write", Path: f.name, Err: errors.New(msg)}
	}
	return n, nil
}

// Read reads up to len(b) bytes from the File into b. At end of file it returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	if f.opened {
		if f.off >= len(f.data) {
			return 0, io.EOF
		}
		n = copy(b, f.data[f.off:])
		f.off += n
		return n, nil
	}
	n, msg := read(f.fd, b)
	if msg != "" {
		return n, &PathError{Op: "read", Path: f.name, Err: errors.New(msg)}
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// Close closes the File.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	return nil
}

// write writes b to fd, returning the count and an error message ("" on success).
func write(fd int, b []byte) (n int, errMsg string)

// writeString writes s to fd, returning the count and an error message ("" on success).
func writeString(fd int, s string) (n int, errMsg string)

// read reads into b from fd, returning the count (0 at end of file) and an error message.
func read(fd int, b []byte) (n int, errMsg string)

// Getenv retrieves the value of the environment variable named by key ("" if unset).
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// LookupEnv retrieves the value of the environment variable named by key and whether it is set.
func LookupEnv(key string) (string, bool)

// Setenv sets the value of the environment variable named by key.
func Setenv(key, value string) error {
	if key == "" || !validEnvKey(key) {
		return &SyscallError{Syscall: "setenv", Err: ErrInvalid}
	}
	setenv(key, value)
	return nil
}

func validEnvKey(key string) bool {
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return false
		}
	}
	return true
}

func setenv(key, value string)

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	unsetenv(key)
	return nil
}

func unsetenv(key string)

// Environ returns the environment as "key=value" strings.
func Environ() []string

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// Getpid returns the process id of the caller.
func Getpid() int

// Hostname returns the host name reported by the kernel.
func Hostname() (name string, err error) {
	name, msg := hostname()
	if msg != "" {
		return "", &SyscallError{Syscall: "hostname", Err: errors.New(msg)}
	}
	return name, nil
}

func hostname() (name string, errMsg string)

// FileMode represents a file's mode and permission bits.
type FileMode uint32

// ReadFile reads the named file and returns its contents.
func ReadFile(name string) ([]byte, error) {
	data, msg := readFile(name)
	if msg != "" {
		return nil, &PathError{Op: "open", Path: name, Err: pathErr(msg)}
	}
	return data, nil
}

func readFile(name string) (data []byte, errMsg string)

// WriteFile writes data to the named file, creating it with perm if necessary and truncating it.
func WriteFile(name string, data []byte, perm FileMode) error {
	msg := writeFile(name, data, perm)
	if msg != "" {
		return &PathError{Op: "open", Path: name, Err: pathErr(msg)}
	}
	return nil
}

func writeFile(name string, data []byte, perm FileMode) (errMsg string)

// pathErr maps a system error message to the package's sentinel errors where Go's errors.Is would
// match them.
func pathErr(msg string) error {
	switch msg {
	case "no such file or directory":
		return &errnoError{msg, ErrNotExist}
	case "permission denied":
		return &errnoError{msg, ErrPermission}
	case "file exists":
		return &errnoError{msg, ErrExist}
	}
	return errors.New(msg)
}

// errnoError is a system error message that errors.Is matches against one of the sentinels.
type errnoError struct {
	msg  string
	kind error
}

func (e *errnoError) Error() string { return e.msg }

func (e *errnoError) Is(target error) bool { return target == e.kind }
