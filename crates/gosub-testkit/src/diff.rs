//! A small line diff for failure messages: `-` lines are Go's, `+` lines are gosub's.
//!
//! Outputs compared by the golden suite are short, so a quadratic longest-common-subsequence table is
//! fine; past [`MAX_CELLS`] the diff falls back to showing both sides from the first differing line.
//! Unchanged lines far from a change are elided, and long diffs are cut at [`MAX_LINES`].

/// The largest LCS table built, in cells (lines of Go's output × lines of gosub's).
const MAX_CELLS: usize = 4_000_000;
/// Unchanged lines shown around each change.
const CONTEXT: usize = 2;
/// The most diff lines shown; the rest is summarised.
const MAX_LINES: usize = 60;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Op {
    Same,
    Want,
    Got,
}

/// Diffs `want` (Go) against `got` (gosub) line by line. Trailing whitespace and a missing final newline
/// are made visible, since either one fails an exact comparison.
pub fn line_diff(want: &str, got: &str) -> String {
    let a = split(want);
    let b = split(got);
    let ops =
        if a.len().saturating_mul(b.len()) <= MAX_CELLS { lcs_ops(&a, &b) } else { fallback_ops(&a, &b) };
    render(&a, &b, &ops)
}

/// Lines with a visible marker for a missing final newline, and for trailing spaces or tabs.
fn split(text: &str) -> Vec<String> {
    if text.is_empty() {
        return Vec::new();
    }
    let mut lines: Vec<String> = text.split('\n').map(show_trailing).collect();
    if text.ends_with('\n') {
        lines.pop();
    } else if let Some(last) = lines.last_mut() {
        last.push_str("⏎(no newline at end)");
    }
    lines
}

fn show_trailing(line: &str) -> String {
    let trimmed = line.trim_end_matches([' ', '\t', '\r']);
    if trimmed.len() == line.len() {
        return line.to_owned();
    }
    let tail: String = line[trimmed.len()..]
        .chars()
        .map(|c| match c {
            ' ' => '·',
            '\t' => '→',
            _ => '␍',
        })
        .collect();
    format!("{trimmed}{tail}")
}

fn lcs_ops(a: &[String], b: &[String]) -> Vec<Op> {
    let (n, m) = (a.len(), b.len());
    // lengths[i][j] = LCS length of a[i..] and b[j..], flattened.
    let mut lengths = vec![0u32; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lengths[at(i, j)] = if a[i] == b[j] {
                lengths[at(i + 1, j + 1)] + 1
            } else {
                lengths[at(i + 1, j)].max(lengths[at(i, j + 1)])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut ops = Vec::with_capacity(n + m);
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            ops.push(Op::Same);
            i += 1;
            j += 1;
        } else if j == m || (i < n && lengths[at(i + 1, j)] >= lengths[at(i, j + 1)]) {
            ops.push(Op::Want);
            i += 1;
        } else {
            ops.push(Op::Got);
            j += 1;
        }
    }
    ops
}

/// For huge outputs: the common prefix, then all remaining lines of each side.
fn fallback_ops(a: &[String], b: &[String]) -> Vec<Op> {
    let common = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let mut ops = vec![Op::Same; common];
    ops.extend(std::iter::repeat_n(Op::Want, a.len() - common));
    ops.extend(std::iter::repeat_n(Op::Got, b.len() - common));
    ops
}

fn render(a: &[String], b: &[String], ops: &[Op]) -> String {
    // Which ops are near a change and so worth showing.
    let mut show = vec![false; ops.len()];
    for (k, op) in ops.iter().enumerate() {
        if *op != Op::Same {
            let lo = k.saturating_sub(CONTEXT);
            let hi = (k + CONTEXT + 1).min(ops.len());
            show[lo..hi].iter_mut().for_each(|s| *s = true);
        }
    }
    let mut out: Vec<String> = Vec::new();
    let (mut i, mut j) = (0, 0);
    let mut skipped = false;
    for (k, op) in ops.iter().enumerate() {
        let line = match op {
            Op::Same => format!(" {}", a[i]),
            Op::Want => format!("-{}", a[i]),
            Op::Got => format!("+{}", b[j]),
        };
        match op {
            Op::Same => {
                i += 1;
                j += 1;
            }
            Op::Want => i += 1,
            Op::Got => j += 1,
        }
        if show[k] {
            if skipped {
                out.push(" …".to_owned());
                skipped = false;
            }
            out.push(line);
        } else {
            skipped = true;
        }
    }
    if skipped {
        out.push(" …".to_owned());
    }
    if out.is_empty() {
        return "(both empty)".to_owned();
    }
    if out.len() > MAX_LINES {
        let rest = out.len() - MAX_LINES;
        out.truncate(MAX_LINES);
        out.push(format!("… {rest} more diff line(s)"));
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shows_changed_lines_with_context() {
        let want = "1\n2\n3\n4\n5\n6\n7\n8\n";
        let got = "1\n2\n3\n4\nfive\n6\n7\n8\n";
        assert_eq!(line_diff(want, got), " …\n 3\n 4\n-5\n+five\n 6\n 7\n …");
    }

    #[test]
    fn missing_and_extra_lines() {
        assert_eq!(line_diff("a\nb\n", "a\n"), " a\n-b");
        assert_eq!(line_diff("", "x\n"), "+x");
        assert_eq!(line_diff("", ""), "(both empty)");
    }

    #[test]
    fn invisible_differences_are_shown() {
        assert_eq!(line_diff("a\n", "a"), "-a\n+a⏎(no newline at end)");
        assert_eq!(line_diff("a\n", "a \n"), "-a\n+a·");
    }

    #[test]
    fn long_diffs_are_cut() {
        let got: String = (0..200).map(|i| format!("{i}\n")).collect();
        let diff = line_diff("", &got);
        assert_eq!(diff.lines().count(), MAX_LINES + 1);
        assert!(diff.ends_with("… 140 more diff line(s)"));
    }

    #[test]
    fn fallback_keeps_common_prefix() {
        let a: Vec<String> = ["x", "y", "z"].map(String::from).to_vec();
        let b: Vec<String> = ["x", "q"].map(String::from).to_vec();
        assert_eq!(fallback_ops(&a, &b), vec![Op::Same, Op::Want, Op::Want, Op::Got]);
    }
}
