//! Running the golden suite: every program through `gosub run`, in parallel, judged against its recording
//! and `testdata/PENDING`.
//!
//! Environment knobs (read by [`Config::from_env`]):
//!
//! * `GOSUB_GOLDEN_FILTER=substr`: only programs whose name contains `substr` (`syntax/`, `04_`);
//! * `GOSUB_GOLDEN_JOBS=n`: programs run at once (default: the number of cores);
//! * `GOSUB_GOLDEN_TIMEOUT=seconds`: a program still running after this is killed and fails (default 120;
//!   it only guards against hangs, it is not a speed requirement).

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use wait_timeout::ChildExt;

use crate::compare::{Actual, compare};
use crate::pending::{Pending, Verdict, judge};
use crate::program::{Program, discover};

/// How to run the suite.
#[derive(Clone, Debug)]
pub struct Config {
    /// The `testdata` directory.
    pub testdata: PathBuf,
    /// The `gosub` binary.
    pub gosub: PathBuf,
    /// Only programs whose name contains this.
    pub filter: Option<String>,
    /// Programs run at once.
    pub jobs: usize,
    /// A program running longer than this is killed.
    pub timeout: Duration,
}

impl Config {
    pub fn new(testdata: impl Into<PathBuf>, gosub: impl Into<PathBuf>) -> Config {
        Config {
            testdata: testdata.into(),
            gosub: gosub.into(),
            filter: None,
            jobs: thread::available_parallelism().map_or(2, |n| n.get()),
            timeout: Duration::from_secs(120),
        }
    }

    /// [`Config::new`] with the `GOSUB_GOLDEN_*` variables applied.
    pub fn from_env(testdata: impl Into<PathBuf>, gosub: impl Into<PathBuf>) -> Result<Config, String> {
        let mut config = Config::new(testdata, gosub);
        config.filter = env::var("GOSUB_GOLDEN_FILTER").ok().filter(|f| !f.is_empty());
        if let Ok(jobs) = env::var("GOSUB_GOLDEN_JOBS") {
            config.jobs = jobs
                .parse::<usize>()
                .ok()
                .filter(|&n| n > 0)
                .ok_or_else(|| format!("GOSUB_GOLDEN_JOBS={jobs:?}: want a positive number"))?;
        }
        if let Ok(secs) = env::var("GOSUB_GOLDEN_TIMEOUT") {
            let secs =
                secs.parse::<f64>().ok().filter(|&s| s > 0.0 && s.is_finite()).ok_or_else(|| {
                    format!("GOSUB_GOLDEN_TIMEOUT={secs:?}: want a positive number of seconds")
                })?;
            config.timeout = Duration::from_secs_f64(secs);
        }
        Ok(config)
    }

    fn selects(&self, name: &str) -> bool {
        self.filter.as_deref().is_none_or(|filter| name.contains(filter))
    }
}

/// One reason the suite fails.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    /// The program, or the file at fault (`testdata/PENDING`).
    pub name: String,
    pub message: String,
}

/// The outcome of a suite run.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub passed: usize,
    /// Programs that failed and are listed in `testdata/PENDING`.
    pub pending: usize,
    pub filtered_out: usize,
    pub failures: Vec<Failure>,
    pub elapsed: Duration,
}

impl Report {
    pub fn is_ok(&self) -> bool {
        self.failures.is_empty()
    }

    /// One line in the style of cargo's own summary:
    /// `golden result: ok. 40 passed; 0 failed; 30 pending; 0 filtered out; finished in 1.23s`.
    pub fn summary_line(&self) -> String {
        format!(
            "golden result: {}. {} passed; {} failed; {} pending; {} filtered out; finished in {:.2}s",
            if self.is_ok() { "ok" } else { "FAILED" },
            self.passed,
            self.failures.len(),
            self.pending,
            self.filtered_out,
            self.elapsed.as_secs_f64()
        )
    }

    /// Every failure with its diff, for the panic message of the golden test.
    pub fn failure_text(&self) -> String {
        let mut text = String::new();
        for failure in &self.failures {
            let _ = writeln!(text, "FAIL {}", failure.name);
            for line in failure.message.lines() {
                let _ = writeln!(text, "    {line}");
            }
        }
        text
    }
}

/// Runs every selected program and judges the results.
pub fn run_suite(config: &Config) -> Report {
    let start = Instant::now();
    let mut report = Report::default();
    let programs = match discover(&config.testdata) {
        Ok(programs) => programs,
        Err(err) => {
            report
                .failures
                .push(Failure { name: config.testdata.display().to_string(), message: err.to_string() });
            return report;
        }
    };
    let (pending, errors) = read_pending(&config.testdata.join("PENDING"));
    if !errors.is_empty() {
        report.failures.push(Failure { name: "testdata/PENDING".to_owned(), message: errors.join("\n") });
    }
    for name in pending.names() {
        if config.selects(name) && !programs.iter().any(|p| p.name == name) {
            report.failures.push(Failure {
                name: "testdata/PENDING".to_owned(),
                message: format!("{name} names no golden program: remove or fix the entry"),
            });
        }
    }

    let (selected, skipped): (Vec<Program>, Vec<Program>) =
        programs.into_iter().partition(|program| config.selects(&program.name));
    report.filtered_out = skipped.len();
    let problems = run_all(config, &selected);

    for (program, problem) in selected.iter().zip(problems) {
        let listed = pending.contains(&program.name);
        let verdict = match problem {
            Problem::None => judge(None, listed),
            Problem::Mismatch(text) => judge(Some(text), listed),
            // A missing recording or a gosub that cannot start fails even a pending program.
            Problem::Broken(text) => Verdict::Failed(text),
        };
        match verdict {
            Verdict::Passed => report.passed += 1,
            Verdict::Pending => report.pending += 1,
            Verdict::Failed(message) => report.failures.push(Failure { name: program.name.clone(), message }),
            Verdict::UnexpectedPass => report.failures.push(Failure {
                name: program.name.clone(),
                message: format!(
                    "passes now: remove its line from testdata/PENDING (it said: {})",
                    pending.reason(&program.name).unwrap_or_default()
                ),
            }),
        }
    }
    report.elapsed = start.elapsed();
    report
}

/// What went wrong with one program.
enum Problem {
    None,
    /// gosub's run differs from the recording.
    Mismatch(String),
    /// The program cannot be judged at all.
    Broken(String),
}

/// The pending list and its malformed lines. A missing file is an empty list.
fn read_pending(path: &Path) -> (Pending, Vec<String>) {
    match fs::read_to_string(path) {
        Ok(text) => Pending::parse_lenient(&text),
        Err(err) if err.kind() == io::ErrorKind::NotFound => (Pending::default(), Vec::new()),
        Err(err) => (Pending::default(), vec![format!("{}: {err}", path.display())]),
    }
}

/// Runs the programs on `config.jobs` threads; the result at index i belongs to `programs[i]`.
fn run_all(config: &Config, programs: &[Program]) -> Vec<Problem> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Problem>>> = Mutex::new(programs.iter().map(|_| None).collect());
    thread::scope(|scope| {
        for _ in 0..config.jobs.min(programs.len()).max(1) {
            scope.spawn(|| {
                loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(program) = programs.get(index) else { break };
                    let problem = check_program(config, program);
                    results.lock().expect("no worker panics while holding the lock")[index] = Some(problem);
                }
            });
        }
    });
    results
        .into_inner()
        .expect("no worker panicked")
        .into_iter()
        .map(|problem| problem.expect("every program was run"))
        .collect()
}

fn check_program(config: &Config, program: &Program) -> Problem {
    let expected = match program.load_expected() {
        Ok(expected) => expected,
        Err(err) => return Problem::Broken(err),
    };
    let actual = match run_gosub(config, program) {
        Ok(actual) => actual,
        Err(err) => return Problem::Broken(format!("cannot run {}: {err}", config.gosub.display())),
    };
    let mismatches = compare(&expected, &actual);
    if mismatches.is_empty() {
        Problem::None
    } else {
        let text: Vec<String> = mismatches.iter().map(ToString::to_string).collect();
        Problem::Mismatch(text.join("\n"))
    }
}

/// Runs `gosub run <program>` in the program's directory, with empty stdin and colours off.
pub fn run_gosub(config: &Config, program: &Program) -> io::Result<Actual> {
    let child = Command::new(&config.gosub)
        .arg("run")
        .arg(program.run_arg())
        .current_dir(program.run_dir())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("FORCE_COLOR")
        .spawn()?;
    run_with_timeout(child, config.timeout)
}

/// Collects a child's output, killing it if it runs longer than `timeout`.
pub fn run_with_timeout(mut child: Child, timeout: Duration) -> io::Result<Actual> {
    // Both pipes are drained on their own threads so that a child filling one cannot block on it.
    let mut stdout = child.stdout.take().expect("stdout is piped");
    let mut stderr = child.stderr.take().expect("stderr is piped");
    let out = thread::spawn(move || {
        let mut buf = Vec::new();
        stdout.read_to_end(&mut buf).map(|_| buf)
    });
    let err = thread::spawn(move || {
        let mut buf = Vec::new();
        stderr.read_to_end(&mut buf).map(|_| buf)
    });
    let (status, timed_out) = match child.wait_timeout(timeout)? {
        Some(status) => (status, None),
        None => {
            child.kill()?;
            (child.wait()?, Some(timeout))
        }
    };
    let stdout = out.join().expect("reader thread does not panic")?;
    let stderr = err.join().expect("reader thread does not panic")?;
    Ok(Actual { stdout, stderr, exit: status.code(), timed_out })
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;
    use crate::program::tests::Scratch;

    /// A testdata tree and a fake `gosub` that passes `ok*.go`, prints the wrong thing for everything
    /// else, and hangs on `hang.go`.
    fn fixture(tag: &str, pending: &str) -> (Scratch, Config) {
        let s = Scratch::new(tag);
        for name in ["ok1", "ok2", "bad", "fixed"] {
            s.write(&format!("testdata/area/{name}.go"), "package main\n");
            s.write(&format!("testdata/area/{name}.stdout"), "hi\n");
            s.write(&format!("testdata/area/{name}.exit"), "0\n");
        }
        s.write("testdata/PENDING", pending);
        s.write(
            "gosub",
            "#!/bin/sh\ncase \"$2\" in\n  ok*.go|fixed.go) echo hi ;;\n  hang.go) exec tail -f /dev/null ;;\n  \
             *) echo 'cannot run yet' >&2; exit 3 ;;\nesac\n",
        );
        let gosub = s.0.join("gosub");
        fs::set_permissions(&gosub, fs::Permissions::from_mode(0o755)).unwrap();
        let config = Config::new(s.0.join("testdata"), gosub);
        (s, config)
    }

    #[test]
    fn pending_failures_pass_and_pending_passes_fail() {
        let (_s, config) =
            fixture("suite-pending", "area/bad.go — needs the VM\narea/fixed.go — needs the VM\n");
        let report = run_suite(&config);
        assert_eq!((report.passed, report.pending), (2, 1), "{report:?}");
        assert_eq!(report.failures.len(), 1);
        assert_eq!(report.failures[0].name, "area/fixed.go");
        assert!(report.failures[0].message.starts_with("passes now"));
        assert!(
            report
                .summary_line()
                .starts_with("golden result: FAILED. 2 passed; 1 failed; 1 pending; 0 filtered out;")
        );
    }

    #[test]
    fn unlisted_failure_names_the_program_and_shows_a_diff() {
        let (_s, config) = fixture("suite-fail", "");
        let report = run_suite(&config);
        assert_eq!(report.passed, 3);
        let text = report.failure_text();
        assert!(text.starts_with("FAIL area/bad.go\n    exit code 3, want 0\n"), "{text}");
        assert!(text.contains("stdout differs (exact)\n        -hi"), "{text}");
        assert!(text.contains("+cannot run yet"), "{text}");
    }

    #[test]
    fn stale_and_malformed_pending_entries_fail() {
        let (_s, config) = fixture("suite-stale", "area/gone.go — removed\narea/bad.go needs the VM\n");
        let report = run_suite(&config);
        let messages: Vec<&str> = report.failures.iter().map(|f| f.message.as_str()).collect();
        assert!(messages.iter().any(|m| m.contains("PENDING:2:")), "{messages:?}");
        assert!(messages.iter().any(|m| m.contains("area/gone.go names no golden program")), "{messages:?}");
        // The malformed line lists nothing, so area/bad.go's failure counts too.
        assert!(report.failures.iter().any(|f| f.name == "area/bad.go"), "{report:?}");
    }

    #[test]
    fn filter_selects_by_substring() {
        let (_s, mut config) =
            fixture("suite-filter", "area/bad.go — needs the VM\narea/gone.go — elsewhere\n");
        config.filter = Some("ok".to_owned());
        let report = run_suite(&config);
        // The stale entry is outside the filter, so it is not judged in this run.
        assert_eq!((report.passed, report.pending, report.filtered_out), (2, 0, 2), "{report:?}");
        assert!(report.is_ok());
    }

    #[test]
    fn unrecorded_program_fails_even_when_pending() {
        let (s, config) = fixture("suite-unrecorded", "area/new.go — needs the VM\n");
        s.write("testdata/area/new.go", "package main\n");
        let report = run_suite(&config);
        let new = report.failures.iter().find(|f| f.name == "area/new.go").expect("area/new.go fails");
        assert!(new.message.starts_with("not recorded"), "{report:?}");
    }

    #[test]
    fn hung_program_is_killed() {
        let (s, mut config) = fixture("suite-hang", "");
        s.write("testdata/area/hang.go", "package main\n");
        s.write("testdata/area/hang.stdout", "");
        s.write("testdata/area/hang.exit", "0\n");
        config.filter = Some("hang".to_owned());
        config.timeout = Duration::from_millis(200);
        let report = run_suite(&config);
        assert_eq!(report.failures.len(), 1);
        assert!(report.failures[0].message.starts_with("timed out: killed after 0.2s"), "{report:?}");
    }
}
