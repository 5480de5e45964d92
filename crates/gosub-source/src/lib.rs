//! Source files and spans.
//!
//! A [`Span`] is a half-open range of byte offsets into one file's text. Every later stage (tokens, AST,
//! types, bytecode) carries spans; only when a diagnostic is shown does a span become a line and column,
//! through the file's [`LineIndex`]. This crate owns nothing else and depends on nothing of ours.

use std::fmt;
use std::path::{Path, PathBuf};

/// A half-open byte range `lo..hi` into a source file's text.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct Span {
    pub lo: u32,
    pub hi: u32,
}

impl Span {
    pub const fn new(lo: u32, hi: u32) -> Span {
        Span { lo, hi }
    }

    /// Builds a span from `usize` offsets, as the lexer and parser produce them.
    ///
    /// Source files are limited to `u32::MAX` bytes when they are loaded ([`SourceFile::new`]), so the
    /// conversion cannot truncate for offsets that come from a loaded file.
    pub fn from_range(lo: usize, hi: usize) -> Span {
        debug_assert!(lo <= hi, "span {lo}..{hi} is reversed");
        Span { lo: lo as u32, hi: hi as u32 }
    }

    /// A zero-width span at `offset`.
    pub const fn empty_at(offset: u32) -> Span {
        Span { lo: offset, hi: offset }
    }

    /// The smallest span covering both `self` and `other`.
    pub fn to(self, other: Span) -> Span {
        Span { lo: self.lo.min(other.lo), hi: self.hi.max(other.hi) }
    }

    pub fn len(self) -> u32 {
        self.hi - self.lo
    }

    pub fn is_empty(self) -> bool {
        self.lo == self.hi
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.lo as usize..self.hi as usize
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.lo, self.hi)
    }
}

/// A one-based line and column. Columns count bytes, as Go's compiler does (`go build` reports byte columns).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct LineCol {
    pub line: u32,
    pub col: u32,
}

/// Byte offsets of the start of every line of a text, for offset → line:column lookups.
#[derive(Clone, Debug)]
pub struct LineIndex {
    line_starts: Vec<u32>,
    len: u32,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut line_starts = vec![0];
        line_starts.extend(text.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i as u32 + 1));
        LineIndex { line_starts, len: text.len() as u32 }
    }

    /// The line and column of a byte offset; offsets past the end clamp to the end.
    pub fn line_col(&self, offset: u32) -> LineCol {
        let offset = offset.min(self.len);
        let line = self.line_starts.partition_point(|&start| start <= offset) - 1;
        LineCol { line: line as u32 + 1, col: offset - self.line_starts[line] + 1 }
    }

    /// The byte range of a one-based line, without its newline.
    pub fn line_range(&self, line: u32) -> Option<std::ops::Range<usize>> {
        let index = line.checked_sub(1)? as usize;
        let start = *self.line_starts.get(index)? as usize;
        let end = self.line_starts.get(index + 1).map_or(self.len as usize, |&next| next as usize - 1);
        Some(start..end)
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }
}

/// Why a file could not become a [`SourceFile`].
#[derive(Debug)]
pub enum LoadError {
    Io(std::io::Error),
    TooLarge(usize),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Io(error) => write!(f, "{error}"),
            LoadError::TooLarge(len) => write!(f, "file is too large ({len} bytes; the limit is 4 GiB)"),
        }
    }
}

impl std::error::Error for LoadError {}

/// One source file: its path as the user named it, its text and its line index.
///
/// Invalid UTF-8 is not an I/O error: Go reports it as a syntax error at the offending byte, so the text is
/// kept lossily converted and the first invalid byte's offset is remembered for the lexer to report.
#[derive(Clone, Debug)]
pub struct SourceFile {
    path: PathBuf,
    text: String,
    lines: LineIndex,
    invalid_utf8: Option<u32>,
}

impl SourceFile {
    pub fn new(path: impl Into<PathBuf>, bytes: Vec<u8>) -> Result<SourceFile, LoadError> {
        if bytes.len() >= u32::MAX as usize {
            return Err(LoadError::TooLarge(bytes.len()));
        }
        let (text, invalid_utf8) = match String::from_utf8(bytes) {
            Ok(text) => (text, None),
            Err(error) => {
                let offset = error.utf8_error().valid_up_to() as u32;
                (String::from_utf8_lossy(error.as_bytes()).into_owned(), Some(offset))
            }
        };
        let lines = LineIndex::new(&text);
        Ok(SourceFile { path: path.into(), text, lines, invalid_utf8 })
    }

    pub fn from_text(path: impl Into<PathBuf>, text: impl Into<String>) -> SourceFile {
        let text = text.into();
        let lines = LineIndex::new(&text);
        SourceFile { path: path.into(), text, lines, invalid_utf8: None }
    }

    pub fn load(path: &Path) -> Result<SourceFile, LoadError> {
        let bytes = std::fs::read(path).map_err(LoadError::Io)?;
        SourceFile::new(path, bytes)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn lines(&self) -> &LineIndex {
        &self.lines
    }

    /// The offset of the first byte that was not valid UTF-8, if the file had one.
    pub fn invalid_utf8(&self) -> Option<u32> {
        self.invalid_utf8
    }

    pub fn line_col(&self, offset: u32) -> LineCol {
        self.lines.line_col(offset)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_bytes_from_one() {
        let index = LineIndex::new("ab\ncd\n\nx");
        assert_eq!(index.line_col(0), LineCol { line: 1, col: 1 });
        assert_eq!(index.line_col(2), LineCol { line: 1, col: 3 });
        assert_eq!(index.line_col(3), LineCol { line: 2, col: 1 });
        assert_eq!(index.line_col(6), LineCol { line: 3, col: 1 });
        assert_eq!(index.line_col(7), LineCol { line: 4, col: 1 });
        assert_eq!(index.line_col(99), LineCol { line: 4, col: 2 });
        assert_eq!(index.line_range(2), Some(3..5));
        assert_eq!(index.line_range(4), Some(7..8));
        assert_eq!(index.line_range(5), None);
    }

    #[test]
    fn invalid_utf8_is_kept_and_located() {
        let file = SourceFile::new("x.go", b"ab\xffcd".to_vec()).unwrap();
        assert_eq!(file.invalid_utf8(), Some(2));
    }
}
