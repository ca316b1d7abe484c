//! The program's standard output: one buffer, written to fd 1 as CPython's block-buffered
//! stdout is, and never lost on the way out.
//!
//! - A write that fails (a full disk, a pipe whose reader has gone) ends the program as
//!   CPython does: mid-run with the exception's last line and exit 1; at the final flush with
//!   CPython's "Exception ignored" report and exit 120 (`Py_FinalizeEx` failing).
//! - SIGPIPE is ignored, as CPython ignores it, so a closed pipe is an `EPIPE` error rather
//!   than a silent death.
//! - SIGINT and SIGTERM write what is buffered before the process dies of the signal; SIGINT
//!   also prints `KeyboardInterrupt`, as CPython does before re-raising it.
//!
//! The buffer is a fixed static array with an atomic length so that the signal handler can
//! write it with async-signal-safe calls only. While the program itself is writing, the
//! handler only records the signal; the writer acts on it once its write is complete, so no
//! byte is written twice.

use std::cell::UnsafeCell;
use std::io::Write;
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicUsize, Ordering};

const CAPACITY: usize = 1 << 16;

struct Buffer(UnsafeCell<[u8; CAPACITY]>);

// SAFETY: only the program's thread writes bytes, always beyond `LEN`, and publishes them by
// storing `LEN`; the signal handler reads bytes below `LEN` only.
unsafe impl Sync for Buffer {}

static BUF: Buffer = Buffer(UnsafeCell::new([0; CAPACITY]));
static LEN: AtomicUsize = AtomicUsize::new(0);
/// The program is in a `write` to fd 1: a signal waits for it in `PENDING`.
static WRITING: AtomicBool = AtomicBool::new(false);
static PENDING: AtomicI32 = AtomicI32::new(0);

const SIGINT: i32 = 2;
const SIGPIPE: i32 = 13;
const SIGTERM: i32 = 15;
const SIG_DFL: usize = 0;
const SIG_IGN: usize = 1;

const SIG_UNBLOCK: i32 = 1;

mod sys {
    /// glibc's `sigset_t` (1024 bits).
    pub type SigSet = [u64; 16];
    extern "C" {
        pub fn signal(signum: i32, handler: usize) -> usize;
        pub fn raise(signum: i32) -> i32;
        pub fn write(fd: i32, buf: *const u8, count: usize) -> isize;
        pub fn sigemptyset(set: *mut SigSet) -> i32;
        pub fn sigaddset(set: *mut SigSet, signum: i32) -> i32;
        pub fn sigprocmask(how: i32, set: *const SigSet, old: *mut SigSet) -> i32;
    }
}

/// Installs the signal dispositions described in the module doc.
pub fn install_signal_handlers() {
    let handler: extern "C" fn(i32) = on_signal;
    // SAFETY: plain libc calls; `on_signal` only uses async-signal-safe functions.
    unsafe {
        sys::signal(SIGPIPE, SIG_IGN);
        sys::signal(SIGINT, handler as usize);
        sys::signal(SIGTERM, handler as usize);
    }
}

extern "C" fn on_signal(sig: i32) {
    if WRITING.load(Ordering::Acquire) {
        PENDING.store(sig, Ordering::Release);
    } else {
        die_of_signal(sig);
    }
}

/// Writes the buffer with raw `write`s, then dies of `sig` with its default action.
fn die_of_signal(sig: i32) -> ! {
    let len = LEN.load(Ordering::Acquire);
    // SAFETY: bytes below `LEN` are initialised and no longer written (module doc).
    unsafe {
        raw_write(1, BUF.0.get() as *const u8, len);
        if sig == SIGINT {
            let text = b"KeyboardInterrupt\n";
            raw_write(2, text.as_ptr(), text.len());
        }
        // The handler runs with `sig` blocked: unblock it so that raising it kills now.
        sys::signal(sig, SIG_DFL);
        let mut set: sys::SigSet = [0; 16];
        sys::sigemptyset(&mut set);
        sys::sigaddset(&mut set, sig);
        sys::sigprocmask(SIG_UNBLOCK, &set, std::ptr::null_mut());
        sys::raise(sig);
    }
    std::process::exit(128 + sig)
}

unsafe fn raw_write(fd: i32, mut p: *const u8, mut n: usize) {
    while n > 0 {
        let w = sys::write(fd, p, n);
        if w <= 0 {
            return;
        }
        p = p.add(w as usize);
        n -= w as usize;
    }
}

/// Writes `bytes` to fd 1 unbuffered (std's `Stdout` keeps a line buffer the signal handler
/// could not see), then runs `done` before a signal may act again.
fn write_fd1(bytes: &[u8], done: impl FnOnce()) -> std::io::Result<()> {
    use std::os::fd::FromRawFd;
    WRITING.store(true, Ordering::Release);
    // SAFETY: fd 1 stays open; `ManuallyDrop` keeps this `File` from closing it.
    let mut stdout = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(1) });
    let result = stdout.write_all(bytes);
    done();
    WRITING.store(false, Ordering::Release);
    take_pending_signal();
    result
}

/// After a write: a signal that came during it acts now, with nothing left to write twice.
fn take_pending_signal() {
    let sig = PENDING.swap(0, Ordering::AcqRel);
    if sig != 0 {
        die_of_signal(sig);
    }
}

/// Appends to the buffer, writing it out when full. A failed write ends the program.
pub fn write(bytes: &[u8]) {
    let len = LEN.load(Ordering::Relaxed);
    if len + bytes.len() <= CAPACITY {
        // SAFETY: the bytes go beyond `LEN`, which the handler does not read (module doc).
        unsafe {
            let dst = (BUF.0.get() as *mut u8).add(len);
            std::ptr::copy_nonoverlapping(bytes.as_ptr(), dst, bytes.len());
        }
        LEN.store(len + bytes.len(), Ordering::Release);
        return;
    }
    flush_or_exit();
    if bytes.len() > CAPACITY {
        if let Err(e) = write_fd1(bytes, || {}) {
            exit_write_failed(&e);
        }
    } else {
        write(bytes);
    }
}

/// Writes out the buffer; on failure the buffered bytes are dropped and the error returned.
pub fn flush() -> std::io::Result<()> {
    let len = LEN.load(Ordering::Acquire);
    if len == 0 {
        return Ok(());
    }
    // SAFETY: bytes below `LEN` are initialised; only this thread changes them.
    let bytes = unsafe { std::slice::from_raw_parts(BUF.0.get() as *const u8, len) };
    write_fd1(bytes, || LEN.store(0, Ordering::Release))
}

/// Flushes mid-run (a full buffer, before a warning): a failure ends the program.
pub fn flush_or_exit() {
    if let Err(e) = flush() {
        exit_write_failed(&e);
    }
}

/// A write failed while the program ran: CPython's exception line, exit 1.
fn exit_write_failed(e: &std::io::Error) -> ! {
    eprintln!("error: {}", python_exception(e));
    std::process::exit(1)
}

/// The final flush failed: CPython's report from interpreter shutdown, exit 120.
pub fn exit_final_flush_failed(e: &std::io::Error) -> ! {
    eprintln!(
        "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n{}",
        python_exception(e)
    );
    std::process::exit(120)
}

/// How CPython names an OS error: `BrokenPipeError: [Errno 32] Broken pipe`.
fn python_exception(e: &std::io::Error) -> String {
    let Some(errno) = e.raw_os_error() else {
        return format!("OSError: {e}");
    };
    let class = match errno {
        32 => "BrokenPipeError",
        104 => "ConnectionResetError",
        11 => "BlockingIOError",
        _ => "OSError",
    };
    let text = e.to_string();
    let strerror = text
        .strip_suffix(&format!(" (os error {errno})"))
        .unwrap_or(&text);
    format!("{class}: [Errno {errno}] {strerror}")
}
