// Dumping values for the Rust mock: each argument of each case is written as a tree the mock
// rebuilds (kind, type text, methods with their recorded results, contents).
package main

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
)

var (
	formatterType  = reflect.TypeFor[fmt.Formatter]()
	goStringerType = reflect.TypeFor[fmt.GoStringer]()
	errorType      = reflect.TypeFor[error]()
	stringerType   = reflect.TypeFor[fmt.Stringer]()
)

// echoer is implemented by the test Formatters whose Format writes prefix<directive>.
type echoer interface{ echoPrefix() string }

func kindName(k reflect.Kind) string {
	switch k {
	case reflect.Pointer:
		return "ptr"
	case reflect.UnsafePointer:
		return "unsafeptr"
	case reflect.Interface:
		return "iface"
	}
	return k.String()
}

// recorder is a fmt.State with no flags that records what Format writes.
type recorder struct{ strings.Builder }

func (r *recorder) Width() (int, bool)     { return 0, false }
func (r *recorder) Precision() (int, bool) { return 0, false }
func (r *recorder) Flag(int) bool          { return false }

func call(f func() string) (ret string, panicked bool, pv any) {
	defer func() {
		if e := recover(); e != nil {
			panicked, pv = true, e
		}
	}()
	return f(), false, nil
}

func stringMethod(name string, v reflect.Value, f func(any) string) string {
	if !v.CanInterface() {
		return "(" + name + " ?)"
	}
	x := v.Interface()
	ret, panicked, pv := call(func() string { return f(x) })
	if panicked {
		return "(" + name + " panic " + dumpAny(pv) + ")"
	}
	return "(" + name + " ret " + strconv.Quote(ret) + ")"
}

func methods(v reflect.Value) string {
	if v.Kind() == reflect.Interface {
		return "[]" // fmt asks the dynamic value, never the interface
	}
	t := v.Type()
	var parts []string
	if t.Implements(formatterType) {
		if v.CanInterface() {
			x := v.Interface()
			prefix, panicked := "", true
			if e, ok := x.(echoer); ok {
				prefix, panicked, _ = call(e.echoPrefix) // panics on a nil pointer receiver
			}
			if !panicked {
				parts = append(parts, "(Format echo "+strconv.Quote(prefix)+")")
			} else {
				var r recorder
				_, panicked, pv := call(func() string { x.(fmt.Formatter).Format(&r, 'v'); return "" })
				p := "nil"
				if panicked {
					p = dumpAny(pv)
				}
				parts = append(parts, "(Format call "+strconv.Quote(r.String())+" "+p+")")
			}
		} else {
			parts = append(parts, "(Format ?)")
		}
	}
	if t.Implements(goStringerType) {
		parts = append(parts, stringMethod("GoString", v, func(x any) string { return x.(fmt.GoStringer).GoString() }))
	}
	if t.Implements(errorType) {
		parts = append(parts, stringMethod("Error", v, func(x any) string { return x.(error).Error() }))
	}
	if t.Implements(stringerType) {
		parts = append(parts, stringMethod("String", v, func(x any) string { return x.(fmt.Stringer).String() }))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func dumpAny(x any) string { return dump(reflect.ValueOf(x), 3) }

func typeOrder(t reflect.Type) uintptr { return reflect.ValueOf(t).Pointer() }

// dump writes one value. Pointers to composites are followed while follow > 0: fmt follows them at
// the top, and a bad-verb report restarts at the top anywhere (never twice in a row, so cycles end).
func dump(v reflect.Value, follow int) string {
	if !v.IsValid() {
		return "nil"
	}
	var b strings.Builder
	k := v.Kind()
	fmt.Fprintf(&b, "(%s %s %d %s", kindName(k), strconv.Quote(v.Type().String()), typeOrder(v.Type()), methods(v))
	switch k {
	case reflect.Bool:
		fmt.Fprintf(&b, " %t", v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		fmt.Fprintf(&b, " %d", v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		fmt.Fprintf(&b, " %d", v.Uint())
	case reflect.Float32, reflect.Float64:
		fmt.Fprintf(&b, " %#x", math.Float64bits(v.Float()))
	case reflect.Complex64, reflect.Complex128:
		c := v.Complex()
		fmt.Fprintf(&b, " %#x %#x", math.Float64bits(real(c)), math.Float64bits(imag(c)))
	case reflect.String:
		fmt.Fprintf(&b, " %s", strconv.Quote(v.String()))
	case reflect.Pointer:
		fmt.Fprintf(&b, " %d", v.Pointer())
		// Followed only where fmt follows it: at the top, to a composite (a fake address is never read).
		if ek := v.Type().Elem().Kind(); follow > 0 && !v.IsNil() &&
			(ek == reflect.Array || ek == reflect.Slice || ek == reflect.Struct || ek == reflect.Map) {
			fmt.Fprintf(&b, " %s", dump(v.Elem(), follow-1))
		} else {
			b.WriteString(" -")
		}
	case reflect.UnsafePointer, reflect.Chan, reflect.Func:
		fmt.Fprintf(&b, " %d %t", v.Pointer(), v.IsNil())
	case reflect.Slice, reflect.Array:
		p := uintptr(0)
		isNil := false
		if k == reflect.Slice {
			p, isNil = v.Pointer(), v.IsNil()
		}
		fmt.Fprintf(&b, " %d %t %s", p, isNil, kindName(v.Type().Elem().Kind()))
		for i := 0; i < v.Len(); i++ {
			b.WriteString(" " + dump(v.Index(i), follow))
		}
	case reflect.Map:
		fmt.Fprintf(&b, " %d %t", v.Pointer(), v.IsNil())
		it := v.MapRange()
		for it.Next() {
			b.WriteString(" (" + dump(it.Key(), follow) + " " + dump(it.Value(), follow) + ")")
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < v.NumField(); i++ {
			f := t.Field(i)
			fmt.Fprintf(&b, " (%s %t %s)", strconv.Quote(f.Name), f.IsExported(), dump(v.Field(i), follow))
		}
	case reflect.Interface:
		b.WriteString(" " + dump(v.Elem(), follow))
	default:
		panic("unexpected kind " + k.String())
	}
	b.WriteString(")")
	return b.String()
}
