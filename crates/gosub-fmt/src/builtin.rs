//! The text of Go's builtin `print` and `println` (which write to standard error).
//!
//! The compiler knows each operand's static type, so the VM calls the one function for it; nothing
//! here looks at values through [`crate::Reflect`]. Go 1.27's rules: booleans as `true`/`false`,
//! integers in decimal, floats and complex numbers as Go's shortest `%v` (`1.5`, `1e+21`, `(1+2i)`;
//! older releases printed `+1.500000e+000`), strings raw, pointers, channels, maps, functions and
//! unsafe pointers as `0x` and lowercase hex (`0x0` for nil), slices as `[len/cap]0xdata`, interfaces
//! as `(0xtype,0xdata)`. `println` puts a space between operands and a newline at the end; `print`
//! puts nothing between them.

use gosub_strconv::FloatSize;

/// A `bool` operand.
pub fn print_bool(out: &mut Vec<u8>, v: bool) {
    out.extend_from_slice(if v { b"true" } else { b"false" });
}

/// A signed integer operand.
pub fn print_int(out: &mut Vec<u8>, v: i64) {
    gosub_strconv::append_int(out, v, gosub_strconv::Radix::DECIMAL);
}

/// An unsigned integer operand (also `uintptr`).
pub fn print_uint(out: &mut Vec<u8>, v: u64) {
    gosub_strconv::append_uint(out, v, gosub_strconv::Radix::DECIMAL);
}

/// A `float32` or `float64` operand.
pub fn print_float(out: &mut Vec<u8>, v: f64, size: FloatSize) {
    gosub_strconv::append_float(out, v, b'g', -1, size);
}

/// A `complex64` (`part_size` F32) or `complex128` operand.
pub fn print_complex(out: &mut Vec<u8>, re: f64, im: f64, part_size: FloatSize) {
    gosub_strconv::append_complex(out, re, im, b'g', -1, part_size);
}

/// A string operand: its bytes, unchanged.
pub fn print_string(out: &mut Vec<u8>, s: &[u8]) {
    out.extend_from_slice(s);
}

/// A pointer, channel, map, function or unsafe pointer operand: `0x` and lowercase hex.
pub fn print_pointer(out: &mut Vec<u8>, address: u64) {
    out.extend_from_slice(b"0x");
    gosub_strconv::append_uint(out, address, gosub_strconv::Radix::HEX);
}

/// A slice operand: `[len/cap]` and its data pointer.
pub fn print_slice(out: &mut Vec<u8>, len: u64, cap: u64, data: u64) {
    out.push(b'[');
    print_uint(out, len);
    out.push(b'/');
    print_uint(out, cap);
    out.push(b']');
    print_pointer(out, data);
}

/// An interface operand: `(type word,data word)`, both as pointers (`(0x0,0x0)` for nil).
pub fn print_interface(out: &mut Vec<u8>, type_word: u64, data_word: u64) {
    out.push(b'(');
    print_pointer(out, type_word);
    out.push(b',');
    print_pointer(out, data_word);
    out.push(b')');
}

/// What `println` writes between two operands.
pub const PRINTLN_SEPARATOR: &[u8] = b" ";

/// What `println` writes after the last operand.
pub const PRINTLN_END: &[u8] = b"\n";

#[cfg(test)]
mod tests {
    use super::*;

    fn text(f: impl FnOnce(&mut Vec<u8>)) -> String {
        let mut out = Vec::new();
        f(&mut out);
        String::from_utf8(out).unwrap_or_default()
    }

    // Expected texts from `go run` of `println(1.5, float32(0.1), 1e21, complex(1, 2), true, -5,
    // uint64(1<<63))`, `println((*int)(nil), unsafe.Pointer(uintptr(0x1234)))`, `println([]int(nil))`
    // and `println(any(nil))` under Go 1.27.
    #[test]
    fn matches_go() {
        assert_eq!(text(|o| print_float(o, 1.5, FloatSize::F64)), "1.5");
        assert_eq!(text(|o| print_float(o, f64::from(0.1f32), FloatSize::F32)), "0.1");
        assert_eq!(text(|o| print_float(o, 1e21, FloatSize::F64)), "1e+21");
        assert_eq!(text(|o| print_complex(o, 1.0, 2.0, FloatSize::F64)), "(1+2i)");
        assert_eq!(text(|o| print_bool(o, true)), "true");
        assert_eq!(text(|o| print_int(o, -5)), "-5");
        assert_eq!(text(|o| print_uint(o, 1 << 63)), "9223372036854775808");
        assert_eq!(text(|o| print_pointer(o, 0)), "0x0");
        assert_eq!(text(|o| print_pointer(o, 0x1234)), "0x1234");
        assert_eq!(text(|o| print_slice(o, 0, 0, 0)), "[0/0]0x0");
        assert_eq!(text(|o| print_interface(o, 0, 0)), "(0x0,0x0)");
    }
}
