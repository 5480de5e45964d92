//! The time package's natives: the wall clock and `Sleep`.
//!
//! `Sleep` blocks the calling thread, which is correct while one goroutine runs; the scheduler's timers
//! (issue 4) replace it.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use gosub_vm::Registry;

/// Registers the time package's natives.
pub(super) fn register(r: &mut Registry) {
    r.add("time.now", |n| {
        let (sec, nsec) = unix_now();
        n.set_int(0, sec);
        n.set_int(1, nsec);
        Ok(())
    });
    r.add("time.Sleep", |n| {
        let d = n.int(0);
        if let Some(d) = sleep_length(d) {
            std::thread::sleep(d);
        }
        Ok(())
    });
}

/// The wall clock as seconds and nanoseconds (in `[0, 1e9)`) since the Unix epoch, also before it.
fn unix_now() -> (i64, i64) {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => (d.as_secs() as i64, i64::from(d.subsec_nanos())),
        Err(before) => {
            let d = before.duration();
            let (sec, nsec) = (-(d.as_secs() as i64), -i64::from(d.subsec_nanos()));
            if nsec < 0 { (sec - 1, nsec + 1_000_000_000) } else { (sec, nsec) }
        }
    }
}

/// How long `time.Sleep(d)` sleeps: nothing for `d <= 0`.
fn sleep_length(d: i64) -> Option<Duration> {
    (d > 0).then(|| Duration::from_nanos(d as u64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn now_is_after_2020_with_nanos_in_range() {
        let (sec, nsec) = unix_now();
        assert!(sec > 1_577_836_800, "{sec}");
        assert!((0..1_000_000_000).contains(&nsec));
    }

    #[test]
    fn sleep_length_ignores_non_positive() {
        assert_eq!(sleep_length(0), None);
        assert_eq!(sleep_length(-5), None);
        assert_eq!(sleep_length(i64::MIN), None);
        assert_eq!(sleep_length(1500), Some(Duration::from_nanos(1500)));
    }
}
