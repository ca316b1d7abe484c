//! Finding out whether a GPU is usable, without linking anything CUDA: the driver library is
//! opened at run time, so a machine without it still runs every CPU program.

use std::ffi::{c_char, c_int, c_void, CStr};

extern "C" {
    fn dlopen(filename: *const c_char, flag: c_int) -> *mut c_void;
    fn dlsym(handle: *mut c_void, symbol: *const c_char) -> *mut c_void;
}

const RTLD_NOW: c_int = 2;

/// `Ok(())` when the CUDA driver loads, initialises and sees at least one device; otherwise
/// why not, in words for an error message.
pub fn probe() -> Result<(), String> {
    // SAFETY: dlopen/dlsym with NUL-terminated names; the symbols are called with the CUDA
    // driver API's signatures.
    unsafe {
        let lib = dlopen(c"libcuda.so.1".as_ptr(), RTLD_NOW);
        if lib.is_null() {
            return Err("the NVIDIA driver library libcuda.so.1 was not found".into());
        }
        let init = dlsym(lib, c"cuInit".as_ptr());
        let count = dlsym(lib, c"cuDeviceGetCount".as_ptr());
        if init.is_null() || count.is_null() {
            return Err("libcuda.so.1 lacks cuInit/cuDeviceGetCount".into());
        }
        let init: extern "C" fn(u32) -> c_int = std::mem::transmute(init);
        let count: extern "C" fn(*mut c_int) -> c_int = std::mem::transmute(count);
        let rc = init(0);
        if rc != 0 {
            return Err(format!(
                "cuInit failed with CUDA error {rc}{}",
                error_name(lib, rc)
            ));
        }
        let mut n: c_int = 0;
        let rc = count(&mut n);
        if rc != 0 {
            return Err(format!("cuDeviceGetCount failed with CUDA error {rc}"));
        }
        if n == 0 {
            return Err("no CUDA device was found".into());
        }
        Ok(())
    }
}

unsafe fn error_name(lib: *mut c_void, rc: c_int) -> String {
    let f = dlsym(lib, c"cuGetErrorName".as_ptr());
    if f.is_null() {
        return String::new();
    }
    let f: extern "C" fn(c_int, *mut *const c_char) -> c_int = std::mem::transmute(f);
    let mut name: *const c_char = std::ptr::null();
    if f(rc, &mut name) == 0 && !name.is_null() {
        format!(" ({})", CStr::from_ptr(name).to_string_lossy())
    } else {
        String::new()
    }
}
