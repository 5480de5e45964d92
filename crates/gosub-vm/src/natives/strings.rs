//! The `strings` functions of the checker's placeholder package, for programs compiled against it. The
//! standard library's natives (gosub-stdlib) register the full package and replace these.

use super::{Native, Registry};
use crate::panic::Fault;

pub(super) fn register(r: &mut Registry) {
    r.add("strings.Contains", |n| {
        let found = find(n.str(0), n.str(2)).is_some();
        n.set_bool(0, found);
        Ok(())
    });
    r.add("strings.HasPrefix", |n| {
        let v = n.str(0).starts_with(n.str(2));
        n.set_bool(0, v);
        Ok(())
    });
    r.add("strings.HasSuffix", |n| {
        let v = n.str(0).ends_with(n.str(2));
        n.set_bool(0, v);
        Ok(())
    });
    r.add("strings.Index", |n| {
        let v = find(n.str(0), n.str(2)).map_or(-1, |i| i as i64);
        n.set_int(0, v);
        Ok(())
    });
    r.add("strings.Join", strings_join);
    r.add("strings.Split", strings_split);
    r.add("strings.Repeat", strings_repeat);
    r.add("strings.ToUpper", |n| {
        let v = String::from_utf8_lossy(n.str(0)).to_uppercase();
        n.set_str(0, v.as_bytes());
        Ok(())
    });
    r.add("strings.ToLower", |n| {
        let v = String::from_utf8_lossy(n.str(0)).to_lowercase();
        n.set_str(0, v.as_bytes());
        Ok(())
    });
    r.add("strings.TrimSpace", |n| {
        let v = n.str(0).trim_ascii().to_vec();
        n.set_str(0, &v);
        Ok(())
    });
    r.add("strings.Fields", |n| {
        let parts: Vec<Vec<u8>> = n
            .str(0)
            .split(|b| b.is_ascii_whitespace())
            .filter(|p| !p.is_empty())
            .map(<[u8]>::to_vec)
            .collect();
        let s = n.new_string_slice(&parts);
        n.set_slice(0, s);
        Ok(())
    });
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

fn strings_join(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let elems = n.slice_elems(0, 2);
    let sep = n.str(3).to_vec();
    let mut out = Vec::new();
    for (i, c) in elems.chunks_exact(2).enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(n.vm.str_bytes([c[0], c[1]]));
    }
    n.set_str(0, &out);
    Ok(())
}

fn strings_split(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let s = n.str(0).to_vec();
    let sep = n.str(2).to_vec();
    let parts: Vec<Vec<u8>> = if sep.is_empty() {
        let text = String::from_utf8_lossy(&s).into_owned();
        text.chars().map(|c| c.to_string().into_bytes()).collect()
    } else {
        let mut parts = Vec::new();
        let mut rest = &s[..];
        while let Some(i) = find(rest, &sep) {
            parts.push(rest[..i].to_vec());
            rest = &rest[i + sep.len()..];
        }
        parts.push(rest.to_vec());
        parts
    };
    let v = n.new_string_slice(&parts);
    n.set_slice(0, v);
    Ok(())
}

fn strings_repeat(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let count = n.int(2);
    if count < 0 {
        let v = n.string_iface("strings: negative Repeat count");
        return Err(Fault::Panic { value: v });
    }
    let s = n.str(0).to_vec();
    if s.len().checked_mul(count as usize).is_none_or(|total| total > u32::MAX as usize) {
        let v = n.string_iface("strings: Repeat output length overflow");
        return Err(Fault::Panic { value: v });
    }
    let out = s.repeat(count as usize);
    n.set_str(0, &out);
    Ok(())
}
