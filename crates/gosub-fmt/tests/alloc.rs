//! The common path allocates nothing: `Println` of ints and strings (and `Printf("%d %s")`) writes into
//! the caller's buffer and makes no allocation of its own when the buffer has room.
//!
//! This file holds one test so that no other test thread allocates while it counts.

mod mock;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Counts allocations made through the global allocator.
struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every method forwards to `System`, which upholds `GlobalAlloc`'s contract; counting has no
// effect on the memory handed out.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: the caller's obligations for `alloc` are passed on unchanged.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by `System` with this layout, through `alloc` above.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: the caller's obligations for `realloc` are passed on unchanged.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

#[test]
fn println_of_ints_and_strings_does_not_allocate() {
    let values = [
        r#"(int "int" 1 [] 42)"#,
        r#"(string "string" 2 [] "hello")"#,
        r#"(int64 "int64" 3 [] -9223372036854775808)"#,
        r#"(uint8 "uint8" 4 [] 255)"#,
        r#"(string "main.S" 5 [] "héllo")"#,
    ];
    let args: Vec<mock::Value> = values.iter().map(|v| mock::parse_value(v).expect("valid value")).collect();
    let mut host = mock::Mock::default();
    let mut out = Vec::with_capacity(4096);

    let before = ALLOCATIONS.load(Ordering::Relaxed);
    for _ in 0..100 {
        out.clear();
        assert!(gosub_fmt::append_println(&mut host, &mut out, &args).is_ok());
        out.clear();
        assert!(gosub_fmt::append_print(&mut host, &mut out, &args).is_ok());
        out.clear();
        let format = b"%d %s %5d|%-4x|%q";
        assert!(gosub_fmt::append_printf(&mut host, &mut out, format, &args).is_ok());
    }
    let allocations = ALLOCATIONS.load(Ordering::Relaxed) - before;

    assert_eq!(out, "42 hello -9223372036854775808|ff  |\"héllo\"".as_bytes());
    assert_eq!(allocations, 0, "the common path allocated {allocations} times in 300 calls");
}
