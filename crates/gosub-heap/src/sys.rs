//! Memory from the operating system: chunks of pages, and giving page memory back.
//!
//! On Unix (outside Miri) chunks are anonymous private mappings aligned to [`CHUNK_SIZE`], and free pages
//! are returned with `madvise(MADV_DONTNEED)`: the range stays mapped, reads as zeros afterwards, and stops
//! counting towards the resident set at once. Elsewhere (and under Miri) chunks come from the global
//! allocator and "returning" a page does nothing; nothing in the heap relies on released memory being zero.

use crate::page::{CHUNK_SIZE, PAGE_SIZE};

/// Maps a new chunk of [`CHUNK_SIZE`] bytes aligned to [`CHUNK_SIZE`], or `None` if the system refuses.
#[cfg(all(unix, not(miri)))]
pub(crate) fn map_chunk() -> Option<*mut u8> {
    // Map twice the size, then cut off the unaligned head and the tail.
    let len = 2 * CHUNK_SIZE;
    // SAFETY: an anonymous private mapping at an address of the kernel's choosing touches no existing memory.
    let raw = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            len,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        )
    };
    if raw == libc::MAP_FAILED {
        return None;
    }
    let start = raw as usize;
    let aligned = (start + CHUNK_SIZE - 1) & !(CHUNK_SIZE - 1);
    let head = aligned - start;
    let tail = len - head - CHUNK_SIZE;
    // SAFETY: both ranges lie inside the mapping made above and outside the chunk we keep; munmap of a
    // zero-length range is skipped.
    unsafe {
        if head > 0 {
            libc::munmap(raw, head);
        }
        if tail > 0 {
            libc::munmap(raw.cast::<u8>().add(head + CHUNK_SIZE).cast(), tail);
        }
        Some(raw.cast::<u8>().add(head))
    }
}

/// Unmaps a chunk made by [`map_chunk`].
///
/// # Safety
/// `chunk` came from [`map_chunk`] and nothing refers to its memory any more.
#[cfg(all(unix, not(miri)))]
pub(crate) unsafe fn unmap_chunk(chunk: *mut u8) {
    // SAFETY: the caller guarantees the chunk is ours and unused.
    unsafe {
        libc::munmap(chunk.cast(), CHUNK_SIZE);
    }
}

/// Gives the physical memory behind `pages` whole pages starting at `start` back to the system.
///
/// # Safety
/// The range lies inside a chunk and holds no live data (its contents are lost).
#[cfg(all(unix, not(miri)))]
pub(crate) unsafe fn release_pages(start: *mut u8, pages: usize) {
    // SAFETY: the caller guarantees the range is ours and disposable; DONTNEED keeps it mapped.
    unsafe {
        libc::madvise(start.cast(), pages * PAGE_SIZE, libc::MADV_DONTNEED);
    }
}

#[cfg(not(all(unix, not(miri))))]
fn chunk_layout() -> std::alloc::Layout {
    std::alloc::Layout::from_size_align(CHUNK_SIZE, CHUNK_SIZE).expect("chunk layout is valid")
}

/// Allocates a new chunk of [`CHUNK_SIZE`] bytes aligned to [`CHUNK_SIZE`], or `None` if memory is exhausted.
#[cfg(not(all(unix, not(miri))))]
pub(crate) fn map_chunk() -> Option<*mut u8> {
    // SAFETY: the layout has a non-zero size.
    let p = unsafe { std::alloc::alloc_zeroed(chunk_layout()) };
    if p.is_null() { None } else { Some(p) }
}

/// Frees a chunk made by [`map_chunk`].
///
/// # Safety
/// `chunk` came from [`map_chunk`] and nothing refers to its memory any more.
#[cfg(not(all(unix, not(miri))))]
pub(crate) unsafe fn unmap_chunk(chunk: *mut u8) {
    // SAFETY: allocated by map_chunk with the same layout.
    unsafe { std::alloc::dealloc(chunk, chunk_layout()) }
}

/// Without an OS interface, released pages simply stay allocated.
///
/// # Safety
/// Same contract as the Unix version.
#[cfg(not(all(unix, not(miri))))]
pub(crate) unsafe fn release_pages(_start: *mut u8, _pages: usize) {
    let _ = PAGE_SIZE;
}

/// The process's resident set size in bytes (Linux only; `None` elsewhere). Used by the RSS example and
/// available to the VM for diagnostics.
pub fn resident_set_bytes() -> Option<usize> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: usize = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * system_page_size())
}

#[cfg(all(unix, not(miri)))]
fn system_page_size() -> usize {
    // SAFETY: sysconf has no preconditions.
    let size = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    usize::try_from(size).unwrap_or(4096)
}

#[cfg(not(all(unix, not(miri))))]
fn system_page_size() -> usize {
    4096
}
