//! The runtime package's natives that need the host: `NumCPU`.

use gosub_vm::Registry;

/// Registers the runtime package's natives.
pub(super) fn register(r: &mut Registry) {
    r.add("runtime.NumCPU", |n| {
        n.set_int(0, num_cpu() as i64);
        Ok(())
    });
}

/// The number of logical CPUs this process may run on (at least 1). Rust's count also honours a
/// cgroup CPU quota, where Go's `NumCPU` counts only the affinity mask.
fn num_cpu() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn num_cpu_is_positive_and_bounded_by_the_machine() {
        let n = num_cpu();
        assert!(n >= 1);
        assert!(n <= 1 << 16, "implausible CPU count {n}");
    }
}
