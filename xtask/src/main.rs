//! `cargo xtask`: project chores that need more than cargo.
//!
//! * `cargo xtask record [FILTER]` writes the expectation files of golden programs from the real Go
//!   toolchain. Expectations are never written from gosub's output.
//! * `cargo xtask import-seeds DIR` copies the seed programs (`shared/seeds/programs`) into
//!   `testdata/seeds`, converting their file names and normalising their stderr.
//!
//! The formats are described in `testdata/README.md`.

use std::env;
use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::Duration;

use gosub_testkit::normalize::{build_stderr, is_runtime_failure, runtime_stderr};
use gosub_testkit::suite::run_with_timeout;
use gosub_testkit::{Program, discover};

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  record [FILTER]     record .stdout/.stderr/.exit of the testdata programs whose name contains FILTER
                      (all when omitted) from the real Go toolchain; needs `go` on PATH.
                      seeds/ is skipped: its expectations come from shared/seeds (see import-seeds).
  import-seeds DIR    copy the seed programs from DIR (shared/seeds/programs) into testdata/seeds
";

/// A program whose binary runs longer than this is not recorded: golden programs must end by themselves.
const RUN_LIMIT: Duration = Duration::from_secs(60);

/// The area whose expectations come from `shared/seeds/run_real_go.py` (several runs and a stress
/// probe per program, which classified each program's nondeterminism); `record` leaves it alone.
const SEEDS_AREA: &str = "seeds/";

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["record"] => record(None),
        ["record", filter] => record(Some(filter)),
        ["import-seeds", dir] => import_seeds(Path::new(dir)),
        ["help" | "-h" | "--help"] => {
            print!("{USAGE}");
            Ok(())
        }
        _ => Err(format!("unknown arguments {args:?}\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask/ sits in the workspace root").to_path_buf()
}

/// The environment the seeds were recorded in (`run_real_go.py`): the installed toolchain only, no module
/// proxy, no GOFLAGS, no workspace. Each program is built alone, outside any module, so the language
/// version is the toolchain's.
fn go_command() -> Command {
    let mut command = Command::new("go");
    command.env("GOTOOLCHAIN", "local").env("GOPROXY", "off").env("GOFLAGS", "").env("GOWORK", "off");
    command
}

fn go_output(args: &[&str]) -> Result<String, String> {
    let output = go_command().args(args).output().map_err(|err| {
        format!(
            "cannot run `go {}`: {err}\nrecording needs the real Go toolchain (`go`) on PATH: expectations come \
             only from Go, never from gosub",
            args.join(" ")
        )
    })?;
    if !output.status.success() {
        return Err(format!("`go {}` failed: {}", args.join(" "), String::from_utf8_lossy(&output.stderr)));
    }
    Ok(String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

fn record(filter: Option<&str>) -> Result<(), String> {
    let version = go_output(&["version"])?;
    let goroot = go_output(&["env", "GOROOT"])?;
    let testdata = workspace_root().join("testdata");
    let programs = discover(&testdata).map_err(|err| format!("{}: {err}", testdata.display()))?;
    let selected: Vec<&Program> =
        programs.iter().filter(|p| filter.is_none_or(|f| p.name.contains(f))).collect();
    let seeds = selected.iter().filter(|p| p.name.starts_with(SEEDS_AREA)).count();
    if seeds > 0 {
        println!(
            "skipping {seeds} program(s) in {SEEDS_AREA}: they come from shared/seeds (cargo xtask import-seeds)"
        );
    }
    let selected: Vec<&Program> = selected.into_iter().filter(|p| !p.name.starts_with(SEEDS_AREA)).collect();
    if selected.is_empty() {
        return Err(format!("no program matches {:?}", filter.unwrap_or("")));
    }
    println!("recording {} program(s) with {version}", selected.len());
    let mut failed = 0;
    for program in selected {
        match record_one(program, &goroot) {
            Ok(summary) => println!("{}: {summary}", program.name),
            Err(err) => {
                failed += 1;
                println!("{}: NOT RECORDED: {err}", program.name);
            }
        }
    }
    if failed > 0 {
        return Err(format!("{failed} program(s) not recorded"));
    }
    Ok(())
}

/// Builds and runs one program with Go and writes its expectation files. Returns a one-line summary.
fn record_one(program: &Program, goroot: &str) -> Result<String, String> {
    let files = program.go_files().map_err(|err| err.to_string())?;
    if files.is_empty() {
        return Err("no .go files".to_owned());
    }
    let build_dir =
        tempfile::Builder::new().prefix("gosub-record-").tempdir().map_err(|err| err.to_string())?;
    let mut names = Vec::new();
    for file in &files {
        let name = file.file_name().expect("a .go file has a name");
        fs::copy(file, build_dir.path().join(name)).map_err(|err| format!("{}: {err}", file.display()))?;
        names.push(name.to_os_string());
    }
    let binary = build_dir.path().join("prog");
    let build = go_command()
        .arg("build")
        .arg("-o")
        .arg(&binary)
        .args(&names)
        .current_dir(build_dir.path())
        .output()
        .map_err(|err| format!("go build: {err}"))?;
    // The directory as Go sees it, in case the temp dir is reached through a symlink.
    let real_build_dir = build_dir.path().canonicalize().map_err(|err| err.to_string())?;

    let (stdout, stderr, exit) = if !build.status.success() {
        let stderr = build_stderr(
            &String::from_utf8_lossy(&build.stderr),
            &[build_dir.path(), real_build_dir.as_path()],
        );
        if stderr.trim().is_empty() {
            return Err("go build failed without a message".to_owned());
        }
        (Vec::new(), stderr.into_bytes(), 1)
    } else {
        let child = Command::new(&binary)
            .current_dir(program.run_dir())
            .env_remove("GOTRACEBACK")
            .env_remove("GODEBUG")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|err| format!("cannot start the built program: {err}"))?;
        let run = run_with_timeout(child, RUN_LIMIT).map_err(|err| err.to_string())?;
        if run.timed_out.is_some() {
            return Err(format!(
                "still running after {}s: golden programs must end by themselves",
                RUN_LIMIT.as_secs()
            ));
        }
        let exit = run.exit.ok_or("the program was killed by a signal")?;
        let raw = String::from_utf8_lossy(&run.stderr);
        let stderr = if is_runtime_failure(exit, &raw) {
            let run_dir = program.run_dir().canonicalize().map_err(|err| err.to_string())?;
            let prefixes = [
                (format!("{}/", build_dir.path().display()), String::new()),
                (format!("{}/", real_build_dir.display()), String::new()),
                (format!("{}/", run_dir.display()), String::new()),
                (format!("{goroot}/"), "$GOROOT/".to_owned()),
            ];
            let prefixes: Vec<(&str, &str)> =
                prefixes.iter().map(|(p, r)| (p.as_str(), r.as_str())).collect();
            runtime_stderr(&raw, &prefixes).into_bytes()
        } else {
            run.stderr
        };
        (run.stdout, stderr, exit)
    };
    write_expectations(program, &stdout, &stderr, exit)?;
    let first = String::from_utf8_lossy(&stderr).lines().next().unwrap_or("").to_owned();
    Ok(if first.is_empty() {
        format!("exit {exit}, {} line(s) of stdout", String::from_utf8_lossy(&stdout).lines().count())
    } else {
        format!("exit {exit}: {first}")
    })
}

fn write_expectations(program: &Program, stdout: &[u8], stderr: &[u8], exit: i32) -> Result<(), String> {
    let write = |ext: &str, bytes: &[u8]| {
        let path = program.expectation(ext);
        fs::write(&path, bytes).map_err(|err| format!("{}: {err}", path.display()))
    };
    write("stdout", stdout)?;
    write("exit", format!("{exit}\n").as_bytes())?;
    let stderr_path = program.expectation("stderr");
    if stderr.is_empty() {
        if stderr_path.exists() {
            fs::remove_file(&stderr_path).map_err(|err| format!("{}: {err}", stderr_path.display()))?;
        }
        Ok(())
    } else {
        write("stderr", stderr)
    }
}

/// Copies `DIR/NN_name.go` with its `.out` (→ `.stdout`), `.err` (→ `.stderr`, in the normal form),
/// `.altN.out` and `.meta` files, and writes `.exit` from the `.meta`'s `exit_code:`.
fn import_seeds(dir: &Path) -> Result<(), String> {
    let dest = workspace_root().join("testdata").join("seeds");
    fs::create_dir_all(&dest).map_err(|err| format!("{}: {err}", dest.display()))?;
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|err| format!("{}: {err}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    let mut count = 0;
    for source in entries.iter().filter(|p| p.extension() == Some(OsStr::new("go"))) {
        let stem = source.file_stem().expect("a .go file has a stem").to_string_lossy().into_owned();
        let read = |ext: &str| fs::read(dir.join(format!("{stem}.{ext}")));
        let meta = String::from_utf8(read("meta").map_err(|err| format!("{stem}.meta: {err}"))?)
            .map_err(|err| format!("{stem}.meta: {err}"))?;
        let exit: i32 = meta
            .lines()
            .find_map(|line| line.strip_prefix("exit_code:"))
            .and_then(|code| code.trim().parse().ok())
            .ok_or_else(|| format!("{stem}.meta has no exit_code"))?;
        let stdout = read("out").map_err(|err| format!("{stem}.out: {err}"))?;
        let copy = |name: &str, bytes: &[u8]| {
            fs::write(dest.join(name), bytes).map_err(|err| format!("{}: {err}", dest.join(name).display()))
        };
        copy(&format!("{stem}.go"), &fs::read(source).map_err(|err| err.to_string())?)?;
        copy(&format!("{stem}.stdout"), &stdout)?;
        copy(&format!("{stem}.exit"), format!("{exit}\n").as_bytes())?;
        copy(&format!("{stem}.meta"), meta.as_bytes())?;
        let stderr_path = dest.join(format!("{stem}.stderr"));
        match read("err") {
            Ok(raw) => {
                let raw = String::from_utf8_lossy(&raw);
                let stderr =
                    if is_runtime_failure(exit, &raw) { runtime_stderr(&raw, &[]) } else { raw.into_owned() };
                copy(&format!("{stem}.stderr"), stderr.as_bytes())?;
            }
            Err(_) if stderr_path.exists() => fs::remove_file(&stderr_path).map_err(|err| err.to_string())?,
            Err(_) => {}
        }
        for alt in entries.iter().filter_map(|p| p.file_name()).map(|n| n.to_string_lossy().into_owned()) {
            if alt.starts_with(&format!("{stem}.alt")) && alt.ends_with(".out") {
                copy(&alt, &fs::read(dir.join(&alt)).map_err(|err| err.to_string())?)?;
            }
        }
        count += 1;
    }
    if count == 0 {
        return Err(format!("no .go files in {}", dir.display()));
    }
    println!("imported {count} seed program(s) into {}", dest.display());
    Ok(())
}
