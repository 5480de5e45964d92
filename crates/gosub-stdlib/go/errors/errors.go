// Package errors: creating, wrapping and inspecting error values (gosub's declarations).
package errors

// New returns an error whose Error method returns text. Each call gives a distinct value.
func New(text string) error {
	return &errorString{text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// ErrUnsupported reports that an operation is not supported.
var ErrUnsupported = New("unsupported operation")

// Unwrap returns the result of err's Unwrap() error method, or nil. It does not unwrap Join's
// Unwrap() []error.
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's tree matches target, in a depth-first pre-order walk.
func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	return is(err, target, comparable(target))
}

func is(err, target error, targetComparable bool) bool {
	for {
		// Interfaces of different dynamic types compare unequal without panicking, and a comparable
		// target's type is comparable, so this cannot panic.
		if targetComparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if err != nil && is(err, target, targetComparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// comparable reports whether v's dynamic type is comparable (so that == on it cannot panic).
func comparable(v any) bool

// As finds the first error in err's tree that can be assigned to the variable target points to,
// sets that variable and returns true. It panics if target is not a non-nil pointer to an interface
// type or to a type implementing error.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	checkAsTarget(target)
	return as(err, target)
}

func as(err error, target any) bool {
	for {
		if assignTo(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if err == nil {
					continue
				}
				if as(err, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// checkAsTarget panics as errors.As does when target is nil, not a pointer, or points to a type that is
// neither an interface nor implements error ("errors: target must be a non-nil pointer", "errors:
// *target must be interface or implement error").
func checkAsTarget(target any)

// assignTo stores err into *target and reports true if err's dynamic type is assignable to the type
// target points to.
func assignTo(err error, target any) bool

// Join returns an error wrapping the non-nil errs, or nil if there are none. Its Error method joins the
// messages with newlines.
func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{errs: make([]error, 0, n)}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	if len(e.errs) == 1 {
		return e.errs[0].Error()
	}
	b := []byte(e.errs[0].Error())
	for _, err := range e.errs[1:] {
		b = append(b, '\n')
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *joinError) Unwrap() []error {
	return e.errs
}
