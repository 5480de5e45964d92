//! Judging one run of gosub against real Go's recording.
//!
//! * The exit code must be equal.
//! * Stdout is compared by the program's [`Meta`] rule (exact unless a `.meta` file says otherwise).
//! * Stderr is compared by a rule chosen from the *recording* ([`StderrRule::for_expected`]): the first
//!   error line of a compile failure, the stable parts of a runtime failure, or all of it otherwise.
//!
//! Every mismatch is reported, each with a diff of exactly what was compared.

use std::collections::HashMap;
use std::fmt;
use std::time::Duration;

use crate::diff::line_diff;
use crate::meta::{Meta, StdoutRule};
use crate::normalize::{compile_error_key, is_compile_failure, is_runtime_failure, runtime_failure_key};
use crate::program::Expected;

/// What gosub did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Actual {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// `None` when the process was ended by a signal (or killed after the time limit).
    pub exit: Option<i32>,
    /// Set when the process was killed for running longer than this.
    pub timed_out: Option<Duration>,
}

/// One way in which gosub's run differs from Go's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mismatch {
    /// One line: `exit code 3, want 0`, `stdout differs (sorted)`.
    pub what: String,
    /// The compared forms, `-` for Go's and `+` for gosub's.
    pub diff: Option<String>,
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.what)?;
        if let Some(diff) = &self.diff {
            for line in diff.lines() {
                write!(f, "\n    {line}")?;
            }
        }
        Ok(())
    }
}

/// How stderr is compared, decided by what real Go printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StderrRule {
    /// Go did not compile the program (exit 1, first line `x.go:L:C: message`): compare the first line
    /// with directories ignored ([`compile_error_key`]).
    FirstErrorLine,
    /// The program panicked or hit a fatal error (exit 2): compare [`runtime_failure_key`].
    RuntimeFailure,
    /// Anything else (exit 0, `os.Exit(n)`): byte-equal.
    Exact,
}

impl StderrRule {
    pub fn for_expected(exit: i32, stderr: &str) -> StderrRule {
        if is_compile_failure(exit, stderr) {
            StderrRule::FirstErrorLine
        } else if is_runtime_failure(exit, stderr) {
            StderrRule::RuntimeFailure
        } else {
            StderrRule::Exact
        }
    }
}

impl fmt::Display for StderrRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            StderrRule::FirstErrorLine => "first error line",
            StderrRule::RuntimeFailure => "runtime failure: head, first goroutine header, main.* frames",
            StderrRule::Exact => "exact",
        })
    }
}

/// Compares a run with the recording. An empty result means the run passes.
pub fn compare(expected: &Expected, actual: &Actual) -> Vec<Mismatch> {
    let mut mismatches = Vec::new();
    let got_stderr = String::from_utf8_lossy(&actual.stderr);
    if let Some(limit) = actual.timed_out {
        mismatches.push(Mismatch {
            what: format!("timed out: killed after {}s", limit.as_secs_f64()),
            diff: excerpt(&got_stderr),
        });
        return mismatches;
    }
    match actual.exit {
        Some(code) if code == expected.exit => {}
        Some(code) => mismatches.push(Mismatch {
            what: format!("exit code {code}, want {}", expected.exit),
            diff: excerpt(&got_stderr),
        }),
        None => mismatches.push(Mismatch {
            what: format!("killed by a signal, want exit code {}", expected.exit),
            diff: excerpt(&got_stderr),
        }),
    }
    if let Some(mismatch) = compare_stdout(expected, &actual.stdout) {
        mismatches.push(mismatch);
    }
    let want_stderr = String::from_utf8_lossy(&expected.stderr);
    let rule = StderrRule::for_expected(expected.exit, &want_stderr);
    let (want, got) = match rule {
        StderrRule::FirstErrorLine => {
            (compile_error_key(&want_stderr) + "\n", compile_error_key(&got_stderr) + "\n")
        }
        StderrRule::RuntimeFailure => {
            (lines_text(&runtime_failure_key(&want_stderr)), lines_text(&runtime_failure_key(&got_stderr)))
        }
        StderrRule::Exact => (want_stderr.into_owned(), got_stderr.into_owned()),
    };
    if want != got {
        mismatches
            .push(Mismatch { what: format!("stderr differs ({rule})"), diff: Some(line_diff(&want, &got)) });
    }
    mismatches
}

fn compare_stdout(expected: &Expected, got: &[u8]) -> Option<Mismatch> {
    let meta = &expected.meta;
    if meta.compare == StdoutRule::Exact && meta.normalize.is_empty() {
        // Byte-exact, so that output that is not UTF-8 is held to Go's bytes too.
        if got == expected.stdout.as_slice() {
            return None;
        }
        return Some(stdout_mismatch(
            meta,
            &String::from_utf8_lossy(&expected.stdout),
            &String::from_utf8_lossy(got),
        ));
    }
    let want = meta.normalize(&String::from_utf8_lossy(&expected.stdout));
    let got = meta.normalize(&String::from_utf8_lossy(got));
    match meta.compare {
        StdoutRule::Exact => (want != got).then(|| stdout_mismatch(meta, &want, &got)),
        StdoutRule::Sorted => {
            let (want, got) = (sorted_lines(&want), sorted_lines(&got));
            (want != got).then(|| stdout_mismatch(meta, &want, &got))
        }
        StdoutRule::OneOf => {
            let options =
                expected.alternatives.iter().map(|alt| meta.normalize(&String::from_utf8_lossy(alt)));
            if got == want || options.clone().any(|option| option == got) {
                return None;
            }
            let mut mismatch = stdout_mismatch(meta, &want, &got);
            mismatch.what =
                format!("{} from the recording and from its {} alternative(s)", mismatch.what, options.len());
            Some(mismatch)
        }
        StdoutRule::Subset => subset_mismatch(meta, &want, &got),
    }
}

fn stdout_mismatch(meta: &Meta, want: &str, got: &str) -> Mismatch {
    Mismatch { what: format!("stdout differs ({})", meta.describe()), diff: Some(line_diff(want, got)) }
}

/// `subset`: every printed line must be one Go printed (counted as a multiset), and every `required`
/// line must be printed.
fn subset_mismatch(meta: &Meta, want: &str, got: &str) -> Option<Mismatch> {
    let mut allowed: HashMap<&str, usize> = HashMap::new();
    for line in want.lines() {
        *allowed.entry(line).or_default() += 1;
    }
    let mut extra = Vec::new();
    for line in got.lines() {
        match allowed.get_mut(line) {
            Some(count) if *count > 0 => *count -= 1,
            _ => extra.push(format!("+{line}")),
        }
    }
    let missing: Vec<String> = meta
        .required
        .iter()
        .filter(|r| !got.lines().any(|line| line == r.as_str()))
        .map(|r| format!("-{r}"))
        .collect();
    if extra.is_empty() && missing.is_empty() {
        return None;
    }
    let what = format!(
        "stdout differs ({}): {} line(s) Go never printed, {} required line(s) missing",
        meta.describe(),
        extra.len(),
        missing.len()
    );
    Some(Mismatch { what, diff: Some(missing.into_iter().chain(extra).collect::<Vec<_>>().join("\n")) })
}

fn sorted_lines(text: &str) -> String {
    let mut lines: Vec<&str> = text.lines().collect();
    lines.sort_unstable();
    lines_text(&lines)
}

fn lines_text<S: AsRef<str>>(lines: &[S]) -> String {
    lines.iter().map(|line| format!("{}\n", line.as_ref())).collect()
}

/// The first lines of gosub's stderr, to show why an exit code is wrong.
fn excerpt(stderr: &str) -> Option<String> {
    if stderr.is_empty() {
        return None;
    }
    let mut text: Vec<String> = stderr.lines().take(6).map(|line| format!("stderr: {line}")).collect();
    if stderr.lines().nth(6).is_some() {
        text.push("stderr: …".to_owned());
    }
    Some(text.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expected(stdout: &str, stderr: &str, exit: i32, meta: &str) -> Expected {
        let meta = Meta::parse(meta).unwrap();
        Expected { stdout: stdout.into(), stderr: stderr.into(), exit, meta, alternatives: Vec::new() }
    }

    fn actual(stdout: &str, stderr: &str, exit: i32) -> Actual {
        Actual { stdout: stdout.into(), stderr: stderr.into(), exit: Some(exit), timed_out: None }
    }

    fn whats(mismatches: &[Mismatch]) -> Vec<&str> {
        mismatches.iter().map(|m| m.what.as_str()).collect()
    }

    #[test]
    fn exact_pass_and_fail() {
        let want = expected("a\nb\n", "", 0, "");
        assert!(compare(&want, &actual("a\nb\n", "", 0)).is_empty());
        let m = compare(&want, &actual("b\na\n", "", 0));
        assert_eq!(whats(&m), vec!["stdout differs (exact)"]);
        assert!(m[0].diff.as_ref().unwrap().contains("-a"), "{m:?}");
        // A missing final newline is a difference.
        assert_eq!(compare(&want, &actual("a\nb", "", 0)).len(), 1);
    }

    #[test]
    fn exit_code_and_signal_and_timeout() {
        let want = expected("", "", 0, "");
        let m = compare(&want, &actual("", "gosub: cannot run programs yet\n", 3));
        assert_eq!(whats(&m), vec!["exit code 3, want 0", "stderr differs (exact)"]);
        assert!(m[0].diff.as_ref().unwrap().contains("cannot run programs yet"));
        let killed = Actual { exit: None, ..Actual::default() };
        assert_eq!(whats(&compare(&want, &killed)), vec!["killed by a signal, want exit code 0"]);
        let slow = Actual { exit: None, timed_out: Some(Duration::from_secs(5)), ..Actual::default() };
        assert_eq!(whats(&compare(&want, &slow)), vec!["timed out: killed after 5s"]);
    }

    #[test]
    fn sorted_with_ids() {
        let want = expected("Worker 1 took 1\nWorker 2 took 2\n", "", 0, "compare: sorted\nnormalize: ids\n");
        assert!(compare(&want, &actual("Worker 2 took 2\nWorker 1 took 1\n", "", 0)).is_empty());
        assert!(compare(&want, &actual("Worker 1 took 2\nWorker 1 took 1\n", "", 0)).is_empty());
        let m = compare(&want, &actual("Worker 1 took 1\nWorker 1 took 1\n", "", 0));
        assert_eq!(whats(&m), vec!["stdout differs (sorted (normalize: ids))"]);
    }

    #[test]
    fn sorted_is_a_multiset() {
        let want = expected("x\nx\ny\n", "", 0, "compare: sorted\n");
        assert!(!compare(&want, &actual("x\ny\ny\n", "", 0)).is_empty());
        assert!(!compare(&want, &actual("x\ny\n", "", 0)).is_empty());
    }

    #[test]
    fn durations_and_port() {
        let want =
            expected("GET 127.0.0.1:4000 in 1.5ms\n", "", 0, "compare: exact\nnormalize: durations,port\n");
        assert!(compare(&want, &actual("GET 127.0.0.1:39999 in 2s\n", "", 0)).is_empty());
        assert!(!compare(&want, &actual("GET 127.0.0.1:39999 in 2 seconds\n", "", 0)).is_empty());
    }

    #[test]
    fn subset_rules() {
        let want = expected("A\nB\nC\nD\n", "", 0, "compare: subset\nrequired: A | B\n");
        assert!(compare(&want, &actual("B\nA\nD\n", "", 0)).is_empty());
        let m = compare(&want, &actual("A\nC\nE\n", "", 0));
        assert_eq!(
            whats(&m),
            vec!["stdout differs (subset): 1 line(s) Go never printed, 1 required line(s) missing"]
        );
        assert_eq!(m[0].diff.as_deref(), Some("-B\n+E"));
        // Counted as a multiset: one `C` in the recording allows one `C`.
        assert!(!compare(&want, &actual("A\nB\nC\nC\n", "", 0)).is_empty());
    }

    #[test]
    fn oneof_rules() {
        let mut want = expected("done\nstop\n", "", 0, "compare: oneof\nalternatives: p.alt1.out\n");
        want.alternatives = vec![b"done\n".to_vec()];
        assert!(compare(&want, &actual("done\nstop\n", "", 0)).is_empty());
        assert!(compare(&want, &actual("done\n", "", 0)).is_empty());
        let m = compare(&want, &actual("stop\n", "", 0));
        assert_eq!(
            whats(&m),
            vec!["stdout differs (oneof) from the recording and from its 1 alternative(s)"]
        );
    }

    #[test]
    fn compile_failure_compares_first_line_only() {
        let want = expected(
            "",
            "x.go:8:8: syntax error: unexpected newline in composite literal; possibly missing comma or }\n",
            1,
            "",
        );
        let gosub = "x.go:8:8: syntax error: unexpected newline in composite literal; possibly missing comma or }\n  \
                     |\n8 |   7, 11\n  |        ^\nx.go:9:2: another error Go did not report\n";
        assert!(compare(&want, &actual("", gosub, 1)).is_empty());
        let m = compare(&want, &actual("", "x.go:8:7: syntax error: unexpected newline\n", 1));
        assert_eq!(whats(&m), vec!["stderr differs (first error line)"]);
        // A syntax error that gosub does not find: exit 0 and no stderr.
        assert_eq!(
            whats(&compare(&want, &actual("", "", 0))),
            vec!["exit code 0, want 1", "stderr differs (first error line)"]
        );
    }

    #[test]
    fn runtime_failure_compares_stable_parts() {
        let want = expected(
            "",
            "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan send]:\nmain.main()\n\tp.go:15\n",
            2,
            "",
        );
        let gosub = "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan send]:\nmain.main()\n\
                     \t/work/testdata/seeds/p.go:15 +0x0\n";
        assert!(compare(&want, &actual("", gosub, 2)).is_empty());
        let m = compare(&want, &actual("", &gosub.replace("chan send", "chan receive"), 2));
        assert_eq!(
            whats(&m),
            vec!["stderr differs (runtime failure: head, first goroutine header, main.* frames)"]
        );
    }

    #[test]
    fn other_stderr_is_exact() {
        let want = expected("", "usage: prog N\n", 2, "");
        assert!(compare(&want, &actual("", "usage: prog N\n", 2)).is_empty());
        assert!(!compare(&want, &actual("", "usage: prog  N\n", 2)).is_empty());
        assert_eq!(StderrRule::for_expected(0, ""), StderrRule::Exact);
        let no_stderr = expected("ok\n", "", 0, "");
        assert_eq!(
            whats(&compare(&no_stderr, &actual("ok\n", "warning\n", 0))),
            vec!["stderr differs (exact)"]
        );
    }
}
