//! Rendering diagnostics for people and for tools.
//!
//! Two forms. On a terminal, miette draws each diagnostic with the source line, a label under the span and
//! the help line. Otherwise (a pipe, a file, `--color=never`) the text is plain and each diagnostic starts
//! with `path:line:col: message`, the line `go build` prints, so editors and scripts that read Go's errors
//! read ours; the source line and a caret follow, indented by a tab.

use std::io::Write;
use std::path::Path;

use gosub_source::{SourceFile, Span};
use gosub_syntax::SyntaxError;
use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, NamedSource};

/// Go stops after ten errors and says `too many errors` at the tenth error's position; so do we.
const MAX_ERRORS: usize = 10;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    pub fn parse(value: &str) -> Option<ColorChoice> {
        match value {
            "auto" => Some(ColorChoice::Auto),
            "always" => Some(ColorChoice::Always),
            "never" => Some(ColorChoice::Never),
            _ => None,
        }
    }
}

/// Writes diagnostics to stderr, counting them so that the tenth ends the report as Go's does.
pub struct Reporter {
    fancy: bool,
    reported: usize,
}

impl Reporter {
    pub fn new(fancy: bool) -> Reporter {
        Reporter { fancy, reported: 0 }
    }

    /// Reports a file's syntax errors (already in source order), stopping after the tenth of the run.
    pub fn syntax_errors(&mut self, file: &SourceFile, errors: &[SyntaxError]) {
        for error in errors {
            if self.reported == MAX_ERRORS {
                return;
            }
            self.reported += 1;
            self.diagnostic(file, error.span, &error.message, error.help.as_deref(), "gosub::syntax");
            if self.reported == MAX_ERRORS {
                let position = position(file, error.span);
                write_stderr(&format!("{position}: too many errors\n"));
            }
        }
    }

    /// Reports a package's type errors (already sorted by position), stopping after the tenth of the run.
    /// `files` are the package's files in the order the checker numbered them.
    pub fn type_errors(&mut self, files: &[&SourceFile], errors: &[gosub_types::TypeError]) {
        for error in errors {
            let Some(file) = files.get(error.file as usize) else { continue };
            if self.reported == MAX_ERRORS {
                return;
            }
            self.reported += 1;
            self.diagnostic(file, error.span, &error.message, None, "gosub::types");
            if self.reported == MAX_ERRORS {
                let position = position(file, error.span);
                write_stderr(&format!("{position}: too many errors\n"));
            }
        }
    }

    /// Reports a file that could not be read.
    pub fn io_error(&mut self, path: &Path, error: &dyn std::fmt::Display) {
        self.message(&format!("{}: {error}", path.display()));
    }

    /// Reports a problem that has no source position.
    pub fn message(&mut self, message: &str) {
        self.reported += 1;
        write_stderr(&format!("gosub: {message}\n"));
    }

    fn diagnostic(&self, file: &SourceFile, span: Span, message: &str, help: Option<&str>, code: &str) {
        let text = if self.fancy {
            render_fancy(file, span, message, help, code)
        } else {
            render_plain(file, span, message, help)
        };
        write_stderr(&text);
    }
}

fn position(file: &SourceFile, span: Span) -> String {
    let at = file.line_col(span.lo);
    format!("{}:{}:{}", file.path().display(), at.line, at.col)
}

/// `path:line:col: message`, then the source line and a caret under the span, each after a tab. The caret
/// line copies the source's own tabs so that it lines up in any tab width.
fn render_plain(file: &SourceFile, span: Span, message: &str, help: Option<&str>) -> String {
    let mut out = format!("{}: {message}\n", position(file, span));
    let at = file.line_col(span.lo);
    if let Some(range) = file.lines().line_range(at.line) {
        let line = &file.text()[range.clone()];
        if !line.trim().is_empty() {
            let prefix_len = (span.lo as usize - range.start).min(line.len());
            let indent: String = line
                .get(..prefix_len)
                .unwrap_or("")
                .chars()
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            let width = (span.len() as usize).clamp(1, line.len().saturating_sub(prefix_len).max(1));
            out.push_str(&format!("\t{line}\n\t{indent}{}\n", "^".repeat(width)));
        }
    }
    if let Some(help) = help {
        out.push_str(&format!("\thelp: {help}\n"));
    }
    out
}

fn render_fancy(file: &SourceFile, span: Span, message: &str, help: Option<&str>, code: &str) -> String {
    let mut diagnostic = MietteDiagnostic::new(message.to_string())
        .with_code(code)
        .with_label(LabeledSpan::at(span.lo as usize..span.hi as usize, "here"));
    if let Some(help) = help {
        diagnostic = diagnostic.with_help(help.to_string());
    }
    let source = NamedSource::new(file.path().display().to_string(), file.text().to_string());
    let report = miette::Report::new(diagnostic).with_source_code(source);
    let mut out = String::new();
    let handler = GraphicalReportHandler::new_themed(GraphicalTheme::unicode());
    if handler.render_report(&mut out, report.as_ref()).is_err() {
        return render_plain(file, span, message, help);
    }
    out.push('\n');
    out
}

/// Diagnostics are best effort: a closed stderr must not turn into a Rust panic.
fn write_stderr(text: &str) {
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}
