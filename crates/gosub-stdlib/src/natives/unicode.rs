//! `unicode`'s natives: the rune classes (`isLetter`, ..., `isPrint`) and case mappings (`toUpper`,
//! `toLower`, `toTitle`, `simpleFold`) for runes the Go side does not answer itself. The tables in
//! `unicode_tables.rs` are generated from real Go by `testdata/gen_unicode`, so they follow Go's Unicode
//! version exactly; the tests recompute Go's checksum of every function over every rune.

use gosub_vm::{Fault, Native, Registry};

use super::unicode_tables as tables;

pub(super) fn register(r: &mut Registry) {
    r.add("unicode.isLetter", |n| class(n, tables::LETTER));
    r.add("unicode.isDigit", |n| class(n, tables::DIGIT));
    r.add("unicode.isNumber", |n| class(n, tables::NUMBER));
    r.add("unicode.isUpper", |n| class(n, tables::UPPER));
    r.add("unicode.isLower", |n| class(n, tables::LOWER));
    r.add("unicode.isTitle", |n| class(n, tables::TITLE));
    r.add("unicode.isPunct", |n| class(n, tables::PUNCT));
    r.add("unicode.isSymbol", |n| class(n, tables::SYMBOL));
    r.add("unicode.isMark", |n| class(n, tables::MARK));
    r.add("unicode.isGraphic", |n| class(n, tables::GRAPHIC));
    r.add("unicode.isPrint", |n| class(n, tables::PRINT));
    r.add("unicode.toUpper", |n| mapping(n, tables::TO_UPPER));
    r.add("unicode.toLower", |n| mapping(n, tables::TO_LOWER));
    r.add("unicode.toTitle", |n| mapping(n, tables::TO_TITLE));
    r.add("unicode.simpleFold", |n| mapping(n, tables::SIMPLE_FOLD));
}

/// A run of a case mapping over consecutive changed runes `lo..=hi` (disjoint runs, sorted by `lo`):
/// kind 0 maps every rune to `r + delta`; kind 1 maps every second rune from `lo` to `r + delta` and
/// leaves the others; kind 2 maps runes alternately to `r + delta` (even offsets from `lo`) and
/// `r - delta` (odd offsets).
#[derive(Clone, Copy, Debug)]
pub(super) struct CaseRun(pub u32, pub u32, pub u8, pub i32);

/// Whether rune `r` is in a class (sorted inclusive ranges); invalid runes are in none.
pub(crate) fn in_class(table: &[(u32, u32)], r: i32) -> bool {
    let Ok(r) = u32::try_from(r) else { return false };
    let i = table.partition_point(|&(lo, _)| lo <= r);
    i > 0 && r <= table[i - 1].1
}

/// Rune `r` under a case mapping; runes outside every run (including invalid ones) are unchanged.
pub(crate) fn map_rune(table: &[CaseRun], r: i32) -> i32 {
    let Ok(u) = u32::try_from(r) else { return r };
    let i = table.partition_point(|run| run.0 <= u);
    if i == 0 {
        return r;
    }
    let CaseRun(lo, hi, kind, delta) = table[i - 1];
    if u > hi {
        return r;
    }
    let odd = (u - lo) % 2 == 1;
    match (kind, odd) {
        (0, _) | (1 | 2, false) => r + delta,
        (2, true) => r - delta,
        _ => r,
    }
}

fn class(n: &mut Native<'_, '_>, table: &[(u32, u32)]) -> Result<(), Fault> {
    let yes = in_class(table, n.int(0) as i32);
    n.set_bool(0, yes);
    Ok(())
}

fn mapping(n: &mut Native<'_, '_>, table: &[CaseRun]) -> Result<(), Fault> {
    let r = map_rune(table, n.int(0) as i32);
    n.set_int(0, i64::from(r));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The runes Go's checksums cover, in order.
    fn probes() -> impl Iterator<Item = i32> {
        (0..=0x10FFFF).chain([-1, -2, 0x110000, 0x7fff_ffff, i32::MIN, 0xD800, 0xDFFF])
    }

    fn fnv(mut h: u64, v: u32) -> u64 {
        for b in v.to_le_bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x100_0000_01b3);
        }
        h
    }

    fn checksum(f: impl Fn(i32) -> u32) -> u64 {
        probes().fold(0xcbf2_9ce4_8422_2325, |h, r| fnv(h, f(r)))
    }

    fn want(name: &str) -> u64 {
        tables::CHECKSUMS.iter().find(|(n, _)| *n == name).map(|&(_, h)| h).expect("checksum recorded")
    }

    /// Every class over every rune hashes as Go's `unicode.IsX` did when the tables were generated.
    #[test]
    fn classes_match_go_on_every_rune() {
        let classes: [(&str, &[(u32, u32)]); 11] = [
            ("LETTER", tables::LETTER),
            ("DIGIT", tables::DIGIT),
            ("NUMBER", tables::NUMBER),
            ("UPPER", tables::UPPER),
            ("LOWER", tables::LOWER),
            ("TITLE", tables::TITLE),
            ("PUNCT", tables::PUNCT),
            ("SYMBOL", tables::SYMBOL),
            ("MARK", tables::MARK),
            ("GRAPHIC", tables::GRAPHIC),
            ("PRINT", tables::PRINT),
        ];
        for (name, table) in classes {
            assert_eq!(checksum(|r| u32::from(in_class(table, r))), want(name), "{name}");
        }
    }

    /// Every case mapping over every rune hashes as Go's `unicode.ToX`/`SimpleFold` did.
    #[test]
    fn mappings_match_go_on_every_rune() {
        let maps: [(&str, &[CaseRun]); 4] = [
            ("TO_UPPER", tables::TO_UPPER),
            ("TO_LOWER", tables::TO_LOWER),
            ("TO_TITLE", tables::TO_TITLE),
            ("SIMPLE_FOLD", tables::SIMPLE_FOLD),
        ];
        for (name, table) in maps {
            assert_eq!(checksum(|r| map_rune(table, r) as u32), want(name), "{name}");
        }
    }

    /// A few values known from Go, so that a broken lookup fails with a readable message too.
    #[test]
    fn spot_values() {
        assert_eq!(map_rune(tables::TO_UPPER, 'ä' as i32), 'Ä' as i32);
        assert_eq!(map_rune(tables::TO_LOWER, 'Ā' as i32), 'ā' as i32);
        assert_eq!(map_rune(tables::TO_TITLE, 'ǆ' as i32), 'ǅ' as i32);
        assert_eq!(map_rune(tables::SIMPLE_FOLD, 'K' as i32), 'k' as i32);
        assert_eq!(map_rune(tables::SIMPLE_FOLD, 'k' as i32), 0x212A);
        assert_eq!(map_rune(tables::SIMPLE_FOLD, 0x212A), 'K' as i32);
        assert!(in_class(tables::LETTER, 'ж' as i32));
        assert!(!in_class(tables::LETTER, '1' as i32));
        assert!(!in_class(tables::PRINT, -5));
    }
}
