//! Integers and booleans to text: Go's `FormatInt`, `FormatUint`, `Itoa` and `FormatBool`.
//!
//! Go panics on a base outside 2..=36. Here that case cannot be expressed: a [`Radix`] is checked when it
//! is made, and the caller that received a bad base from Go code raises [`ILLEGAL_BASE_PANIC`] itself.

/// The text of Go's panic for a bad base in `FormatInt`/`FormatUint`/`AppendInt`/`AppendUint`.
pub const ILLEGAL_BASE_PANIC: &str = "strconv: illegal AppendInt/FormatInt base";

/// A base in 2..=36 for integer formatting; digits past 9 are lowercase letters, as in Go.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Radix(u8);

impl Radix {
    pub const BINARY: Radix = Radix(2);
    pub const OCTAL: Radix = Radix(8);
    pub const DECIMAL: Radix = Radix(10);
    pub const HEX: Radix = Radix(16);

    /// The radix `base`, or `None` where Go's `FormatInt` would panic.
    #[must_use]
    pub fn new(base: i64) -> Option<Radix> {
        match base {
            2..=36 => Some(Radix(base as u8)),
            _ => None,
        }
    }

    /// The base as a number.
    #[must_use]
    pub fn get(self) -> u32 {
        u32::from(self.0)
    }
}

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// Go's `strconv.AppendUint`.
pub fn append_uint(dst: &mut Vec<u8>, mut value: u64, radix: Radix) {
    // 64 binary digits is the longest any u64 can need.
    let mut buf = [0u8; 64];
    let mut start = buf.len();
    let base = u64::from(radix.0);
    loop {
        start -= 1;
        buf[start] = DIGITS[(value % base) as usize];
        value /= base;
        if value == 0 {
            break;
        }
    }
    dst.extend_from_slice(&buf[start..]);
}

/// Go's `strconv.AppendInt`.
pub fn append_int(dst: &mut Vec<u8>, value: i64, radix: Radix) {
    if value < 0 {
        dst.push(b'-');
    }
    // `unsigned_abs` is exact for i64::MIN, whose magnitude has no i64.
    append_uint(dst, value.unsigned_abs(), radix);
}

/// Go's `strconv.FormatUint`.
#[must_use]
pub fn format_uint(value: u64, radix: Radix) -> String {
    let mut out = Vec::with_capacity(20);
    append_uint(&mut out, value, radix);
    ascii_string(out)
}

/// Go's `strconv.FormatInt`.
#[must_use]
pub fn format_int(value: i64, radix: Radix) -> String {
    let mut out = Vec::with_capacity(21);
    append_int(&mut out, value, radix);
    ascii_string(out)
}

/// Go's `strconv.Itoa`: `FormatInt(value, 10)`.
#[must_use]
pub fn itoa(value: i64) -> String {
    format_int(value, Radix::DECIMAL)
}

/// Go's `strconv.FormatBool`.
#[must_use]
pub fn format_bool(value: bool) -> &'static str {
    if value { "true" } else { "false" }
}

/// Wraps bytes that this crate produced from ASCII alone.
pub(crate) fn ascii_string(bytes: Vec<u8>) -> String {
    // Every producer in this crate writes ASCII, so the lossy path never replaces anything; it is used
    // rather than an `unwrap` so that a bug here cannot become a panic.
    match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => String::from_utf8_lossy(err.as_bytes()).into_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edges() {
        assert_eq!(format_int(i64::MIN, Radix::DECIMAL), "-9223372036854775808");
        assert_eq!(format_int(i64::MIN, Radix::BINARY).len(), 65);
        assert_eq!(format_uint(u64::MAX, Radix::new(36).unwrap()), "3w5e11264sgsf");
        assert_eq!(format_int(-255, Radix::HEX), "-ff");
        assert_eq!(format_int(0, Radix::OCTAL), "0");
        assert_eq!(Radix::new(1), None);
        assert_eq!(Radix::new(37), None);
    }
}
