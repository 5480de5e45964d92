//! The os package's file natives that the VM does not provide: `readFile` (the whole file, for
//! `ReadFile` and `Open`) and `writeFile`. Errors come back as Go's system error text
//! (`no such file or directory`), which the Go side wraps in a `*fs.PathError`.

use gosub_vm::Registry;

/// Registers the os package's file natives.
pub(super) fn register(r: &mut Registry) {
    // func readFile(name string) (data []byte, errMsg string)
    r.add("os.readFile", |n| {
        let name = path_of(n.str(0));
        match std::fs::read(&name) {
            Ok(data) => {
                let vals: Vec<u64> = data.iter().map(|&b| u64::from(b)).collect();
                let s = n.new_scalar_slice(&vals);
                n.set_slice(0, s);
                n.set(3, 0);
                n.set(4, 0);
            }
            Err(e) => {
                n.set(0, 0);
                n.set(1, 0);
                n.set(2, 0);
                n.set_str(3, error_text(&e).as_bytes());
            }
        }
        Ok(())
    });
    // func writeFile(name string, data []byte, perm FileMode) (errMsg string)
    r.add("os.writeFile", |n| {
        let name = path_of(n.str(0));
        let data: Vec<u8> = n.slice_elems(2, 1).iter().map(|&b| b as u8).collect();
        let perm = n.int(5) as u32;
        match write_file(&name, &data, perm) {
            Ok(()) => {
                n.set(0, 0);
                n.set(1, 0);
            }
            Err(e) => n.set_str(0, error_text(&e).as_bytes()),
        }
        Ok(())
    });
}

/// The host path for the bytes of a Go file name.
fn path_of(bytes: &[u8]) -> std::path::PathBuf {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        std::path::PathBuf::from(std::ffi::OsStr::from_bytes(bytes))
    }
    #[cfg(not(unix))]
    {
        std::path::PathBuf::from(String::from_utf8_lossy(bytes).into_owned())
    }
}

/// Creates or truncates `path` with permission bits `perm` (for a new file) and writes `data`.
fn write_file(path: &std::path::Path, data: &[u8], perm: u32) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(perm & 0o777);
    }
    #[cfg(not(unix))]
    let _ = perm;
    options.open(path)?.write_all(data)
}

/// Go's text for a system error: the C library's message in lower case, without Rust's
/// ` (os error N)` suffix.
fn error_text(e: &std::io::Error) -> String {
    let text = e.to_string();
    let text = match text.find(" (os error") {
        Some(i) => &text[..i],
        None => &text[..],
    };
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    if let Some(first) = chars.next() {
        out.extend(first.to_lowercase());
    }
    out.push_str(chars.as_str());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_file_reads_as_gos_message() {
        let err = std::fs::read("/definitely/not/here").unwrap_err();
        assert_eq!(error_text(&err), "no such file or directory");
    }

    #[test]
    fn write_then_read_round_trips() {
        let dir = std::env::temp_dir().join(format!("gosub-stdlib-os-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("f.txt");
        write_file(&path, b"hello", 0o644).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"hello");
        write_file(&path, b"x", 0o644).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"x");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
