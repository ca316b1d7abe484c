//! Buffers of large arrays: mapped directly, aligned to 2 MiB and advised for transparent huge
//! pages, and kept in a small pool when freed.
//!
//! Why: a program that makes a large temporary in each step (softmax, column norms, any
//! rebinding loop) used to get a fresh mapping from malloc every time and pay for the kernel
//! faulting in and zeroing 4 KiB pages one by one, most of its run time. Reusing a freed
//! buffer of the same rounded size costs nothing, and a huge page is one fault per 2 MiB.
//! The pool is bounded ([`POOL_BLOCKS`], [`POOL_BYTES`]), so a rebinding loop still runs in
//! constant memory. Small buffers stay with the global allocator.

use std::sync::Mutex;

/// Buffers of at least this many bytes are mapped here.
pub const THRESHOLD: usize = 4 << 20;
const HUGE_PAGE: usize = 2 << 20;
/// At most this many freed buffers, and bytes, are kept for reuse.
const POOL_BLOCKS: usize = 8;
const POOL_BYTES: usize = 1 << 30;

#[cfg(target_os = "linux")]
mod sys {
    pub const PROT_READ_WRITE: i32 = 0x1 | 0x2;
    pub const MAP_PRIVATE_ANONYMOUS: i32 = 0x02 | 0x20;
    pub const MADV_HUGEPAGE: i32 = 14;
    extern "C" {
        pub fn mmap(addr: *mut u8, len: usize, prot: i32, flags: i32, fd: i32, off: i64)
            -> *mut u8;
        pub fn munmap(addr: *mut u8, len: usize) -> i32;
        pub fn madvise(addr: *mut u8, len: usize, advice: i32) -> i32;
    }
}

struct Pool {
    /// (mapped length, address) of each free buffer.
    free: Vec<(usize, usize)>,
    bytes: usize,
}

static POOL: Mutex<Pool> = Mutex::new(Pool {
    free: Vec::new(),
    bytes: 0,
});

fn mapped_len(nbytes: usize) -> Option<usize> {
    nbytes
        .checked_add(HUGE_PAGE - 1)
        .map(|n| n & !(HUGE_PAGE - 1))
}

/// A buffer of at least `nbytes` (≥ [`THRESHOLD`]), zero-filled when `zeroed`; null when the
/// system refuses it.
#[cfg(target_os = "linux")]
pub fn alloc(nbytes: usize, zeroed: bool) -> *mut u8 {
    let Some(len) = mapped_len(nbytes) else {
        return std::ptr::null_mut();
    };
    let reused = {
        let mut pool = POOL.lock().unwrap_or_else(|e| e.into_inner());
        let hit = pool.free.iter().position(|&(l, _)| l == len);
        hit.map(|i| {
            let (_, p) = pool.free.swap_remove(i);
            pool.bytes -= len;
            p as *mut u8
        })
    };
    if let Some(p) = reused {
        if zeroed {
            // SAFETY: p is a live mapping of len ≥ nbytes bytes that nothing else uses.
            unsafe { std::ptr::write_bytes(p, 0, nbytes) };
        }
        return p;
    }
    // Map one huge page more than needed, then unmap the ends around a 2 MiB-aligned part.
    let Some(over) = len.checked_add(HUGE_PAGE) else {
        return std::ptr::null_mut();
    };
    // SAFETY: an anonymous private mapping; the trimmed ends lie inside it.
    unsafe {
        let raw = sys::mmap(
            std::ptr::null_mut(),
            over,
            sys::PROT_READ_WRITE,
            sys::MAP_PRIVATE_ANONYMOUS,
            -1,
            0,
        );
        if raw as isize == -1 {
            return std::ptr::null_mut();
        }
        let start = (raw as usize + HUGE_PAGE - 1) & !(HUGE_PAGE - 1);
        let head = start - raw as usize;
        if head > 0 {
            sys::munmap(raw, head);
        }
        let tail = over - head - len;
        if tail > 0 {
            sys::munmap((start + len) as *mut u8, tail);
        }
        sys::madvise(start as *mut u8, len, sys::MADV_HUGEPAGE);
        start as *mut u8
    }
}

/// Frees a buffer [`alloc`] returned for `nbytes`: into the pool while it has room.
///
/// # Safety
/// `p` came from [`alloc`] with the same `nbytes`, and nothing uses it any more.
#[cfg(target_os = "linux")]
pub unsafe fn free(p: *mut u8, nbytes: usize) {
    let len = mapped_len(nbytes).expect("allocated with this size");
    let mut pool = POOL.lock().unwrap_or_else(|e| e.into_inner());
    if pool.free.len() < POOL_BLOCKS && pool.bytes + len <= POOL_BYTES {
        pool.free.push((len, p as usize));
        pool.bytes += len;
        return;
    }
    drop(pool);
    sys::munmap(p, len);
}

#[cfg(not(target_os = "linux"))]
pub fn alloc(nbytes: usize, zeroed: bool) -> *mut u8 {
    let layout = std::alloc::Layout::from_size_align(nbytes, HUGE_PAGE);
    match layout {
        Ok(l) if zeroed => unsafe { std::alloc::alloc_zeroed(l) },
        Ok(l) => unsafe { std::alloc::alloc(l) },
        Err(_) => std::ptr::null_mut(),
    }
}

/// # Safety
/// `p` came from [`alloc`] with the same `nbytes`.
#[cfg(not(target_os = "linux"))]
pub unsafe fn free(p: *mut u8, nbytes: usize) {
    std::alloc::dealloc(
        p,
        std::alloc::Layout::from_size_align_unchecked(nbytes, HUGE_PAGE),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reuses_a_freed_buffer_and_zeroes_it_on_request() {
        let n = THRESHOLD + 123;
        let p = alloc(n, true);
        assert!(!p.is_null());
        assert_eq!(p as usize % HUGE_PAGE, 0, "2 MiB-aligned");
        unsafe {
            assert_eq!(*p.add(n - 1), 0);
            *p.add(n - 1) = 7;
            free(p, n);
        }
        let q = alloc(n, true);
        // Either the same mapping back, zeroed, or a fresh (zero) one.
        unsafe {
            assert_eq!(*q.add(n - 1), 0);
            free(q, n);
        }
    }
}
