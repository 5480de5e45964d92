//! `testdata/PENDING`: golden programs that may fail for now, each with the reason.
//!
//! One entry per line, `<program> — <reason>` (an em dash with a space either side), where `<program>` is
//! the name [`crate::Program::name`] gives (`seeds/08_fetch_with_timeout.go`). Blank lines and lines
//! starting with `#` are ignored. The suite fails when a listed program *passes*, so the list can only
//! shrink; an entry naming no program, a duplicate, or an entry without a reason is an error.

use std::collections::BTreeMap;

/// The separator between a program and its reason.
pub const SEPARATOR: &str = " — ";

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pending {
    /// Program name → (reason, 1-based line number in the file).
    entries: BTreeMap<String, (String, usize)>,
}

impl Pending {
    /// Parses the file's text. Every malformed line is reported, with its number.
    pub fn parse(text: &str) -> Result<Pending, Vec<String>> {
        let (pending, errors) = Pending::parse_lenient(text);
        if errors.is_empty() { Ok(pending) } else { Err(errors) }
    }

    /// Parses the well-formed entries and reports the others, so that one bad line does not turn every
    /// pending program into a failure.
    pub fn parse_lenient(text: &str) -> (Pending, Vec<String>) {
        let mut pending = Pending::default();
        let mut errors = Vec::new();
        for (index, raw) in text.lines().enumerate() {
            let number = index + 1;
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((name, reason)) = line.split_once(SEPARATOR) else {
                errors.push(format!("PENDING:{number}: want `<program>{SEPARATOR}<reason>`, got {line:?}"));
                continue;
            };
            let (name, reason) = (name.trim(), reason.trim());
            if name.is_empty() || reason.is_empty() || name.contains(char::is_whitespace) {
                errors.push(format!("PENDING:{number}: want `<program>{SEPARATOR}<reason>`, got {line:?}"));
                continue;
            }
            if let Some((_, first)) = pending.entries.get(name) {
                errors.push(format!("PENDING:{number}: {name} is already listed on line {first}"));
                continue;
            }
            pending.entries.insert(name.to_owned(), (reason.to_owned(), number));
        }
        (pending, errors)
    }

    pub fn contains(&self, program: &str) -> bool {
        self.entries.contains_key(program)
    }

    pub fn reason(&self, program: &str) -> Option<&str> {
        self.entries.get(program).map(|(reason, _)| reason.as_str())
    }

    /// The listed names, sorted.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.entries.keys().map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// What the suite makes of one program's result, given whether it is listed as pending.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Passed and not listed.
    Passed,
    /// Failed and listed: expected for now.
    Pending,
    /// Failed and not listed: the suite fails.
    Failed(String),
    /// Passed although listed: the suite fails until the entry is removed, so the list only shrinks.
    UnexpectedPass,
}

/// Judges one program. `problem` is `None` when the run matched the recording.
pub fn judge(problem: Option<String>, listed: bool) -> Verdict {
    match (problem, listed) {
        (None, false) => Verdict::Passed,
        (None, true) => Verdict::UnexpectedPass,
        (Some(_), true) => Verdict::Pending,
        (Some(problem), false) => Verdict::Failed(problem),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_entries_comments_and_blank_lines() {
        let text = "# programs that cannot pass yet\n\nseeds/03_channel_make_send_recv.go — needs the VM (issue 3)\n\
                    seeds/08_fetch_with_timeout.go — needs net/http — and a VM\n";
        let pending = Pending::parse(text).unwrap();
        assert_eq!(pending.len(), 2);
        assert!(pending.contains("seeds/03_channel_make_send_recv.go"));
        assert_eq!(pending.reason("seeds/08_fetch_with_timeout.go"), Some("needs net/http — and a VM"));
        assert!(!pending.contains("seeds/03"), "names match whole, not by prefix");
    }

    #[test]
    fn rejects_malformed_and_duplicate_lines() {
        let text =
            "seeds/a.go - hyphen is not the separator\nseeds/b.go — \nseeds/c.go — ok\nseeds/c.go — again\n";
        let errors = Pending::parse(text).unwrap_err();
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(errors[0].starts_with("PENDING:1:"));
        assert!(errors[1].starts_with("PENDING:2:"));
        assert_eq!(errors[2], "PENDING:4: seeds/c.go is already listed on line 3");
    }

    #[test]
    fn verdicts() {
        assert_eq!(judge(None, false), Verdict::Passed);
        assert_eq!(judge(None, true), Verdict::UnexpectedPass);
        assert_eq!(judge(Some("exit code 3, want 0".into()), true), Verdict::Pending);
        assert_eq!(judge(Some("x".into()), false), Verdict::Failed("x".into()));
    }
}
