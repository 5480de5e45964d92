//! `strings`' natives: substring search over Go's byte strings (`Index`, `IndexByte`, `LastIndex`,
//! `Count`, `Contains`) and the hot functions that build or cut strings (`genSplit` behind
//! `Split`/`SplitN`/`SplitAfter`/`SplitAfterN`, `Fields`, `Join`, `Repeat`, `Replace`, `ToUpper`,
//! `ToLower`, `TrimSpace`). The rest of `strings` is Go built on these.
//!
//! Search is Rabin–Karp (a rolling hash over the needle's length, verified on every hash hit), expected
//! linear in the haystack; a one-byte needle is a plain byte scan.
//!
//! Each function is a plain Rust function over bytes that follows Go's own algorithm step by step (so
//! that capacities, invalid UTF-8 and edge cases come out as Go's do), plus a native that moves values.
//! Pieces of an argument (`Split`, `Fields`, `TrimSpace`, an unchanged `ToUpper`) share its bytes, as in
//! Go; only new text is allocated.

use gosub_vm::{Fault, Native, Registry};

use super::unicode_tables as tables;
use super::{panic_str, str_value, string_slice, substring};

pub(super) fn register(r: &mut Registry) {
    r.add("strings.Index", native_index);
    r.add("strings.IndexByte", native_index_byte);
    r.add("strings.LastIndex", native_last_index);
    r.add("strings.Count", native_count);
    r.add("strings.Contains", native_contains);
    r.add("strings.genSplit", native_gen_split);
    r.add("strings.Fields", native_fields);
    r.add("strings.Join", native_join);
    r.add("strings.Repeat", native_repeat);
    r.add("strings.Replace", native_replace);
    r.add("strings.ReplaceAll", native_replace_all);
    r.add("strings.ToUpper", |n| native_case(n, Case::Upper));
    r.add("strings.ToLower", |n| native_case(n, Case::Lower));
    r.add("strings.TrimSpace", native_trim_space);
}

/// The multiplier of the rolling hash (a prime, as Go's own choice of Rabin–Karp uses).
const PRIME: u32 = 16_777_619;

/// The hash of `bytes` and `PRIME` to the power of their length (to drop the byte leaving the window).
fn hash_forward(bytes: &[u8]) -> (u32, u32) {
    let mut h = 0u32;
    for &b in bytes {
        h = h.wrapping_mul(PRIME).wrapping_add(u32::from(b));
    }
    (h, pow_prime(bytes.len()))
}

/// The hash of `bytes` read backwards and `PRIME` to the power of their length.
fn hash_backward(bytes: &[u8]) -> (u32, u32) {
    let mut h = 0u32;
    for &b in bytes.iter().rev() {
        h = h.wrapping_mul(PRIME).wrapping_add(u32::from(b));
    }
    (h, pow_prime(bytes.len()))
}

fn pow_prime(mut n: usize) -> u32 {
    let (mut result, mut sq) = (1u32, PRIME);
    while n > 0 {
        if n & 1 == 1 {
            result = result.wrapping_mul(sq);
        }
        sq = sq.wrapping_mul(sq);
        n >>= 1;
    }
    result
}

/// Go's `strings.IndexByte`: the first index of `c` in `s`, or -1.
pub(crate) fn index_byte(s: &[u8], c: u8) -> i64 {
    s.iter().position(|&b| b == c).map_or(-1, |i| i as i64)
}

/// Go's `strings.Index`: the first index of `sub` in `s`, or -1 (0 for an empty `sub`).
pub(crate) fn index(s: &[u8], sub: &[u8]) -> i64 {
    let n = sub.len();
    match n {
        0 => return 0,
        1 => return index_byte(s, sub[0]),
        _ if n > s.len() => return -1,
        _ if n == s.len() => return if s == sub { 0 } else { -1 },
        _ => {}
    }
    // Short haystacks: scan for the first byte and compare.
    if s.len() <= 64 {
        let first = sub[0];
        let last = s.len() - n;
        let mut i = 0;
        while i <= last {
            match s[i..=last].iter().position(|&b| b == first) {
                None => return -1,
                Some(k) => i += k,
            }
            if &s[i..i + n] == sub {
                return i as i64;
            }
            i += 1;
        }
        return -1;
    }
    let (want, pow) = hash_forward(sub);
    let (mut h, _) = hash_forward(&s[..n]);
    if h == want && &s[..n] == sub {
        return 0;
    }
    let mut i = n;
    while i < s.len() {
        h = h.wrapping_mul(PRIME).wrapping_add(u32::from(s[i]));
        h = h.wrapping_sub(pow.wrapping_mul(u32::from(s[i - n])));
        i += 1;
        if h == want && &s[i - n..i] == sub {
            return (i - n) as i64;
        }
    }
    -1
}

/// Go's `strings.LastIndex`: the last index of `sub` in `s`, or -1 (`len(s)` for an empty `sub`).
pub(crate) fn last_index(s: &[u8], sub: &[u8]) -> i64 {
    let n = sub.len();
    match n {
        0 => return s.len() as i64,
        1 => return s.iter().rposition(|&b| b == sub[0]).map_or(-1, |i| i as i64),
        _ if n > s.len() => return -1,
        _ if n == s.len() => return if s == sub { 0 } else { -1 },
        _ => {}
    }
    let (want, pow) = hash_backward(sub);
    let last = s.len() - n;
    let (mut h, _) = hash_backward(&s[last..]);
    if h == want && &s[last..] == sub {
        return last as i64;
    }
    // Window s[i..i + n], moving left: add s[i], drop s[i + n].
    let mut i = last;
    while i > 0 {
        i -= 1;
        h = h.wrapping_mul(PRIME).wrapping_add(u32::from(s[i]));
        h = h.wrapping_sub(pow.wrapping_mul(u32::from(s[i + n])));
        if h == want && &s[i..i + n] == sub {
            return i as i64;
        }
    }
    -1
}

/// The number of non-overlapping instances of a non-empty `sub` in `s` (0 for an empty `sub`, which
/// Go's `Count` handles before calling this).
pub(crate) fn count_non_empty(s: &[u8], sub: &[u8]) -> i64 {
    if sub.is_empty() {
        return 0;
    }
    let mut count = 0;
    let mut rest = s;
    loop {
        let i = index(rest, sub);
        if i < 0 {
            return count;
        }
        count += 1;
        rest = &rest[i as usize + sub.len()..];
    }
}

fn native_index(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let i = index(n.str(0), n.str(2));
    n.set_int(0, i);
    Ok(())
}

fn native_index_byte(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let c = n.slot(2) as u8;
    let i = index_byte(n.str(0), c);
    n.set_int(0, i);
    Ok(())
}

fn native_last_index(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let i = last_index(n.str(0), n.str(2));
    n.set_int(0, i);
    Ok(())
}

/// Go's `utf8.RuneCountInString`: runes in `s`, each byte of an invalid encoding counting as one.
pub(crate) fn rune_count(s: &[u8]) -> usize {
    if s.is_ascii() {
        return s.len();
    }
    let (mut i, mut count) = (0, 0);
    while i < s.len() {
        i += if s[i] < 0x80 { 1 } else { gosub_strconv::decode_rune(&s[i..]).1.max(1) };
        count += 1;
    }
    count
}

/// Go's `strings.Count`.
pub(crate) fn count(s: &[u8], sub: &[u8]) -> i64 {
    if sub.is_empty() { rune_count(s) as i64 + 1 } else { count_non_empty(s, sub) }
}

/// The pieces of Go's `genSplit(s, sep, sepSave, n)` as byte ranges of `s`, and the capacity of the
/// slice Go returns them in (`None` for Go's nil result when `n == 0`).
pub(crate) fn gen_split(
    s: &[u8],
    sep: &[u8],
    sep_save: usize,
    n: i64,
) -> Option<(Vec<(usize, usize)>, usize)> {
    if n == 0 {
        return None;
    }
    if sep.is_empty() {
        return Some(explode(s, n));
    }
    let mut n = if n < 0 { count_non_empty(s, sep) + 1 } else { n };
    n = n.min(s.len() as i64 + 1);
    let cap = n as usize;
    let mut pieces = Vec::with_capacity(cap);
    let mut start = 0;
    while (pieces.len() as i64) < n - 1 {
        let m = index(&s[start..], sep);
        if m < 0 {
            break;
        }
        let m = m as usize;
        pieces.push((start, start + m + sep_save));
        start += m + sep.len();
    }
    pieces.push((start, s.len()));
    Some((pieces, cap))
}

/// Go's `explode`: `s` cut into at most `n` pieces of one UTF-8 sequence each (an invalid byte is a
/// piece of its own), the last piece holding the rest.
fn explode(s: &[u8], n: i64) -> (Vec<(usize, usize)>, usize) {
    let l = rune_count(s);
    let n = if n < 0 || n as u64 > l as u64 { l } else { n as usize };
    let mut pieces = Vec::with_capacity(n);
    let mut start = 0;
    while pieces.len() + 1 < n {
        let size = gosub_strconv::decode_rune(&s[start..]).1.max(1);
        pieces.push((start, start + size));
        start += size;
    }
    if n > 0 {
        pieces.push((start, s.len()));
    }
    (pieces, n)
}

/// Go's `unicode.IsSpace`.
pub(crate) fn is_space(r: i32) -> bool {
    matches!(r, 0x09..=0x0d | 0x20 | 0x85 | 0xa0 | 0x1680 | 0x2000..=0x200a | 0x2028 | 0x2029 | 0x202f | 0x205f | 0x3000)
}

/// Go's `strings.Fields`: the byte ranges of the runs of non-space runes (`unicode.IsSpace`; an invalid
/// byte is not a space).
pub(crate) fn fields(s: &[u8]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    let mut i = 0;
    while i < s.len() {
        let (r, width) = if s[i] < 0x80 { (i32::from(s[i]), 1) } else { gosub_strconv::decode_rune(&s[i..]) };
        let width = width.max(1);
        if is_space(r) {
            if let Some(st) = start.take() {
                spans.push((st, i));
            }
        } else if start.is_none() {
            start = Some(i);
        }
        i += width;
    }
    if let Some(st) = start {
        spans.push((st, s.len()));
    }
    spans
}

/// Go's `utf8.DecodeLastRune`: the last rune of non-empty `s` and its width (`(U+FFFD, 1)` when the
/// end of `s` is not a complete valid encoding).
fn decode_last_rune(s: &[u8]) -> (i32, usize) {
    let end = s.len();
    let last = s[end - 1];
    if last < 0x80 {
        return (i32::from(last), 1);
    }
    let lim = end.saturating_sub(4);
    let mut start = end - 1;
    while start > lim && s[start] & 0xc0 == 0x80 {
        start -= 1;
    }
    let (r, size) = gosub_strconv::decode_rune(&s[start..end]);
    if start + size != end { (gosub_strconv::RUNE_ERROR, 1) } else { (r, size) }
}

/// Go's `strings.TrimSpace`: the byte range of `s` without leading and trailing white space.
pub(crate) fn trim_space(s: &[u8]) -> (usize, usize) {
    let mut start = 0;
    while start < s.len() {
        let (r, width) = gosub_strconv::decode_rune(&s[start..]);
        if !is_space(r) {
            break;
        }
        start += width;
    }
    let mut stop = s.len();
    while stop > start {
        let (r, width) = decode_last_rune(&s[start..stop]);
        if !is_space(r) {
            break;
        }
        stop -= width;
    }
    (start, stop)
}

/// Which case mapping `native_case` applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Case {
    Upper,
    Lower,
}

/// Go's `strings.ToUpper`/`ToLower`: `None` when the result is `s` itself (nothing to change), else
/// the new text. Non-ASCII input goes through Go's `Map`, which also replaces each invalid byte with
/// U+FFFD once anything changes (and an invalid byte is itself a change).
pub(crate) fn map_case(s: &[u8], case: Case) -> Option<Vec<u8>> {
    let (lo, hi) = if case == Case::Upper { (b'a', b'z') } else { (b'A', b'Z') };
    if s.is_ascii() {
        if !s.iter().any(|c| (lo..=hi).contains(c)) {
            return None;
        }
        return Some(s.iter().map(|&c| if (lo..=hi).contains(&c) { c ^ 0x20 } else { c }).collect());
    }
    let table = if case == Case::Upper { tables::TO_UPPER } else { tables::TO_LOWER };
    let map = |r: i32| -> i32 {
        if (0..0x80).contains(&r) {
            let c = r as u8;
            if (lo..=hi).contains(&c) { i32::from(c ^ 0x20) } else { r }
        } else {
            super::unicode::map_rune(table, r)
        }
    };
    let mut out: Option<Vec<u8>> = None;
    let mut i = 0;
    while i < s.len() {
        let (c, width) = gosub_strconv::decode_rune(&s[i..]);
        let r = map(c);
        if out.is_none() {
            let invalid = c == gosub_strconv::RUNE_ERROR && width == 1;
            if r == c && !invalid {
                i += width;
                continue;
            }
            let mut b = Vec::with_capacity(s.len() + 4);
            b.extend_from_slice(&s[..i]);
            out = Some(b);
        }
        if let Some(b) = out.as_mut() {
            gosub_strconv::push_rune(b, r);
        }
        i += width.max(1);
    }
    out
}

/// Go's `strings.Replace` on `s` with `n` replacements at most (all when negative): `None` when the
/// result is `s` itself.
pub(crate) fn replace(s: &[u8], old: &[u8], new: &[u8], n: i64) -> Option<Vec<u8>> {
    if old == new || n == 0 {
        return None;
    }
    let m = count(s, old);
    if m == 0 {
        return None;
    }
    let n = if n < 0 || m < n { m } else { n };
    let mut b = Vec::with_capacity(s.len().saturating_add((n as usize).saturating_mul(new.len())));
    let mut start = 0;
    for i in 0..n {
        let mut j = start;
        if old.is_empty() {
            if i > 0 {
                j += gosub_strconv::decode_rune(&s[start..]).1;
            }
        } else {
            j += index(&s[start..], old) as usize;
        }
        b.extend_from_slice(&s[start..j]);
        b.extend_from_slice(new);
        start = j + old.len();
    }
    b.extend_from_slice(&s[start..]);
    Some(b)
}

fn native_count(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let c = count(n.str(0), n.str(2));
    n.set_int(0, c);
    Ok(())
}

fn native_contains(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let found = index(n.str(0), n.str(2)) >= 0;
    n.set_bool(0, found);
    Ok(())
}

/// `genSplit(s, sep string, sepSave, n int) []string`.
fn native_gen_split(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let s = [n.slot(0), n.slot(1)];
    let (sep_save, count) = (n.int(4).max(0) as usize, n.int(5));
    let Some((pieces, cap)) = gen_split(n.str(0), n.str(2), sep_save, count) else {
        n.set_slice(0, [0, 0, 0]);
        return Ok(());
    };
    let items: Vec<[u64; 2]> = pieces.iter().map(|&(lo, hi)| substring(s, lo, hi)).collect();
    let v = string_slice(n, &items, cap)?;
    n.set_slice(0, v);
    Ok(())
}

/// `Fields(s string) []string`.
fn native_fields(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let s = [n.slot(0), n.slot(1)];
    let items: Vec<[u64; 2]> = fields(n.str(0)).iter().map(|&(lo, hi)| substring(s, lo, hi)).collect();
    let v = string_slice(n, &items, items.len())?;
    n.set_slice(0, v);
    Ok(())
}

/// `Join(elems []string, sep string) string`; one element is returned as it is.
fn native_join(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let elems = n.slice_elems(0, 2);
    let strs: Vec<[u64; 2]> = elems.chunks_exact(2).map(|c| [c[0], c[1]]).collect();
    let result = match strs.len() {
        0 => [0, 0],
        1 => strs[0],
        count => {
            let sep = n.str(3);
            let total = strs
                .iter()
                .map(|&s| super::unpack_len(s[1]))
                .try_fold(sep.len().saturating_mul(count - 1), usize::checked_add);
            let Some(total) = total.filter(|&t| t <= u32::MAX as usize) else {
                return Err(panic_str(n, "strings: Join output length overflow"));
            };
            let mut out = Vec::with_capacity(total);
            for (k, &s) in strs.iter().enumerate() {
                if k > 0 {
                    out.extend_from_slice(sep);
                }
                out.extend_from_slice(str_value(n, s));
            }
            n.set_str(0, &out);
            return Ok(());
        }
    };
    n.set(0, result[0]);
    n.set(1, result[1]);
    Ok(())
}

/// `Repeat(s string, count int) string`, with Go's panics for a negative count and an overflowing
/// length.
fn native_repeat(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let count = n.int(2);
    match count {
        0 => {
            n.set(0, 0);
            n.set(1, 0);
            return Ok(());
        }
        1 => return Ok(()),
        _ if count < 0 => return Err(panic_str(n, "strings: negative Repeat count")),
        _ => {}
    }
    let len = n.str(0).len() as u128;
    if len * count as u128 > i64::MAX as u128 {
        return Err(panic_str(n, "strings: Repeat output length overflow"));
    }
    if len == 0 {
        n.set(0, 0);
        n.set(1, 0);
        return Ok(());
    }
    if len * count as u128 > u32::MAX as u128 {
        return Err(Fault::Fatal("runtime: out of memory".into()));
    }
    let out = n.str(0).repeat(count as usize);
    n.set_str(0, &out);
    Ok(())
}

/// `Replace(s, old, new string, n int) string`.
fn native_replace(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let count = n.int(6);
    replace_with(n, count)
}

/// `ReplaceAll(s, old, new string) string`.
fn native_replace_all(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    replace_with(n, -1)
}

fn replace_with(n: &mut Native<'_, '_>, count: i64) -> Result<(), Fault> {
    let Some(out) = replace(n.str(0), n.str(2), n.str(4), count) else { return Ok(()) };
    if out.len() > u32::MAX as usize {
        return Err(Fault::Fatal("runtime: out of memory".into()));
    }
    n.set_str(0, &out);
    Ok(())
}

/// `ToUpper(s string) string` / `ToLower(s string) string`.
fn native_case(n: &mut Native<'_, '_>, case: Case) -> Result<(), Fault> {
    if let Some(out) = map_case(n.str(0), case) {
        n.set_str(0, &out);
    }
    Ok(())
}

/// `TrimSpace(s string) string`.
fn native_trim_space(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let s = [n.slot(0), n.slot(1)];
    let (lo, hi) = trim_space(n.str(0));
    let v = substring(s, lo, hi);
    n.set(0, v[0]);
    n.set(1, v[1]);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A naive reference search, for comparing on generated inputs.
    fn naive_index(s: &[u8], sub: &[u8]) -> i64 {
        if sub.len() > s.len() {
            return -1;
        }
        (0..=s.len() - sub.len()).find(|&i| &s[i..i + sub.len()] == sub).map_or(-1, |i| i as i64)
    }

    fn naive_last_index(s: &[u8], sub: &[u8]) -> i64 {
        if sub.len() > s.len() {
            return -1;
        }
        (0..=s.len() - sub.len()).rev().find(|&i| &s[i..i + sub.len()] == sub).map_or(-1, |i| i as i64)
    }

    /// Values recorded from Go 1.27 (`testdata/gen_strings.go`).
    #[test]
    fn matches_go() {
        let text = include_str!("../../testdata/strings.txt");
        let mut checked = 0;
        for line in text.lines().filter(|l| !l.is_empty() && !l.starts_with('#')) {
            let f: Vec<&str> = line.split('\t').collect();
            let s = gosub_strconv::unquote(f[1]).expect("quoted haystack");
            let sub = gosub_strconv::unquote(f[2]).expect("quoted needle");
            let want: i64 = f[3].parse().expect("number");
            let got = match f[0] {
                "Index" => index(&s, &sub),
                "LastIndex" => last_index(&s, &sub),
                "Count" if sub.is_empty() => continue,
                "Count" => count_non_empty(&s, &sub),
                "IndexByte" => index_byte(&s, sub[0]),
                other => panic!("unknown function {other}"),
            };
            assert_eq!(got, want, "{} {:?} {:?}", f[0], f[1], f[2]);
            checked += 1;
        }
        assert!(checked > 100, "only {checked} cases");
    }

    /// A `[]string` result as `gen_strfuncs.go` writes it: quoted elements joined by spaces, then
    /// `|len|cap`; `None` for `nil`.
    fn parse_slice(field: &str) -> Option<(Vec<Vec<u8>>, usize, usize)> {
        if field == "nil" {
            return None;
        }
        let mut rest = field.as_bytes();
        let mut items = Vec::new();
        while rest.first() == Some(&b'"') {
            let q = gosub_strconv::quoted_prefix(rest).expect("quoted element");
            items.push(gosub_strconv::unquote(q).expect("valid quoted element"));
            rest = &rest[q.len()..];
            rest = rest.strip_prefix(b" ").unwrap_or(rest);
        }
        let tail = std::str::from_utf8(rest).expect("ASCII tail");
        let mut nums = tail.trim_start_matches('|').split('|').map(|x| x.parse::<usize>().expect("number"));
        let (len, cap) = (nums.next().expect("len"), nums.next().expect("cap"));
        Some((items, len, cap))
    }

    /// The pieces of `s` at `ranges`, as owned bytes.
    fn pieces(s: &[u8], ranges: &[(usize, usize)]) -> Vec<Vec<u8>> {
        ranges.iter().map(|&(lo, hi)| s[lo..hi].to_vec()).collect()
    }

    /// Every function of `gen_strfuncs.go` against real Go's results (Go 1.27): the pieces, lengths and
    /// capacities of the splits, nil versus empty, and the texts of the others.
    #[test]
    fn string_functions_match_go() {
        let text = include_str!("../../testdata/strfuncs.txt");
        let unq = |f: &str| gosub_strconv::unquote(f).expect("quoted field");
        let mut checked = 0;
        for line in text.lines().filter(|l| !l.is_empty()) {
            let f: Vec<&str> = line.split('\t').collect();
            let s = unq(f[1]);
            match f[0] {
                "Fields" => {
                    let (want, len, cap) = parse_slice(f[2]).expect("Fields is never nil");
                    let got = fields(&s);
                    assert_eq!((pieces(&s, &got), got.len(), got.len()), (want, len, cap), "{line}");
                }
                "TrimSpace" => {
                    let (lo, hi) = trim_space(&s);
                    assert_eq!(s[lo..hi], unq(f[2]), "{line}");
                }
                "ToUpper" | "ToLower" => {
                    let case = if f[0] == "ToUpper" { Case::Upper } else { Case::Lower };
                    let got = map_case(&s, case).unwrap_or_else(|| s.clone());
                    assert_eq!(got, unq(f[2]), "{line}");
                }
                "Count" => {
                    let want: i64 = f[3].parse().expect("number");
                    assert_eq!(count(&s, &unq(f[2])), want, "{line}");
                }
                "SplitN" | "SplitAfterN" => {
                    let sep = unq(f[2]);
                    let n: i64 = f[3].parse().expect("number");
                    let save = if f[0] == "SplitN" { 0 } else { sep.len() };
                    let got = gen_split(&s, &sep, save, n).map(|(r, cap)| (pieces(&s, &r), r.len(), cap));
                    assert_eq!(got, parse_slice(f[4]), "{line}");
                }
                "Replace" => {
                    let n: i64 = f[4].parse().expect("number");
                    let got = replace(&s, &unq(f[2]), &unq(f[3]), n).unwrap_or_else(|| s.clone());
                    assert_eq!(got, unq(f[5]), "{line}");
                }
                other => panic!("unknown function {other}"),
            }
            checked += 1;
        }
        assert!(checked > 4000, "only {checked} cases");
    }

    /// Unchanged inputs come back as `None`, so the native returns the argument itself (no copy).
    #[test]
    fn unchanged_results_share_the_argument() {
        assert_eq!(map_case(b"ABC 123", Case::Upper), None);
        assert_eq!(map_case("ÀÉ Σ".as_bytes(), Case::Upper), None);
        assert_eq!(map_case(b"abc", Case::Lower), None);
        assert_eq!(map_case(b"\xff", Case::Lower), Some("\u{fffd}".as_bytes().to_vec()));
        assert_eq!(replace(b"abc", b"x", b"y", -1), None);
        assert_eq!(replace(b"abc", b"b", b"b", -1), None);
        assert_eq!(replace(b"abc", b"b", b"y", 0), None);
        assert_eq!(trim_space(b"abc"), (0, 3));
    }

    /// Rabin–Karp against a naive search on long pseudo-random haystacks over a small alphabet, so
    /// that partial matches and hash work are exercised.
    #[test]
    fn long_inputs_agree_with_naive_search() {
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for round in 0..300 {
            let len = 65 + (next() % 400) as usize;
            let alphabet = 2 + (round % 3) as u64;
            let s: Vec<u8> = (0..len).map(|_| b'a' + (next() % alphabet) as u8).collect();
            let sub_len = 2 + (next() % 8) as usize;
            let sub: Vec<u8> = (0..sub_len).map(|_| b'a' + (next() % alphabet) as u8).collect();
            assert_eq!(index(&s, &sub), naive_index(&s, &sub));
            assert_eq!(last_index(&s, &sub), naive_last_index(&s, &sub));
        }
    }
}
