//! Arrays and strings as reference-counted heap objects with a fixed C layout.
//!
//! Compiled code reads `data` and `strides` straight from an `ArrObj` (offsets in `layout`), so
//! the layout is part of the ABI. Shapes are known to the compiler, strides are not: views,
//! transposes and step slices are all just different strides over a shared buffer, and a kernel
//! loads the strides once at entry.

use crate::pyexc::PyExc;
use std::alloc::{self, Layout};
use std::cell::Cell;

pub const MAX_DIMS: usize = 8;

/// Element types. The numbers are ABI: compiled code passes them to the runtime.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(i64)]
pub enum DType {
    Bool = 0,
    I64 = 1,
    F64 = 2,
    F32 = 3,
    I32 = 4,
    /// Complex: two floats, real then imaginary (codes 5..10 are the small and unsigned integers).
    C64 = 11,
    C128 = 12,
    U8 = 5,
    U16 = 6,
    U32 = 7,
    U64 = 8,
    I8 = 9,
    I16 = 10,
}

impl DType {
    pub fn from_code(code: i64) -> DType {
        match code {
            0 => DType::Bool,
            1 => DType::I64,
            2 => DType::F64,
            3 => DType::F32,
            4 => DType::I32,
            11 => DType::C64,
            12 => DType::C128,
            5 => DType::U8,
            6 => DType::U16,
            7 => DType::U32,
            8 => DType::U64,
            9 => DType::I8,
            10 => DType::I16,
            _ => panic!("bad dtype code {code}"),
        }
    }
    pub fn itemsize(self) -> usize {
        match self {
            DType::Bool | DType::U8 | DType::I8 => 1,
            DType::U16 | DType::I16 => 2,
            DType::I64 | DType::F64 | DType::U64 | DType::C64 => 8,
            DType::F32 | DType::I32 | DType::U32 => 4,
            DType::C128 => 16,
        }
    }
    /// Whether the dtype is an integer one (not bool, not float).
    pub fn is_int(self) -> bool {
        !matches!(
            self,
            DType::Bool | DType::F64 | DType::F32 | DType::C64 | DType::C128
        )
    }
    pub fn name(self) -> &'static str {
        match self {
            DType::Bool => "bool",
            DType::I64 => "int64",
            DType::F64 => "float64",
            DType::F32 => "float32",
            DType::I32 => "int32",
            DType::C64 => "complex64",
            DType::C128 => "complex128",
            DType::U8 => "uint8",
            DType::U16 => "uint16",
            DType::U32 => "uint32",
            DType::U64 => "uint64",
            DType::I8 => "int8",
            DType::I16 => "int16",
        }
    }
    pub fn is_complex(self) -> bool {
        matches!(self, DType::C64 | DType::C128)
    }
}

pub const KIND_ARRAY: i64 = 1;
pub const KIND_STR: i64 = 2;

/// Byte offsets of the fields compiled code touches.
pub mod layout {
    pub const DATA: i32 = 16;
    pub const STRIDES: i32 = 128;
}

/// An n-d array or a view of one. `base` is null when the object owns its buffer; a view holds
/// a reference to the owner, so the buffer lives as long as any view of it.
#[repr(C)]
pub struct ArrObj {
    pub rc: i64,
    pub kind: i64,
    pub data: *mut u8,
    pub base: *mut ArrObj,
    pub dtype: DType,
    pub ndim: i64,
    pub size: i64,
    /// Bytes allocated for the buffer (owners only).
    pub nbytes: i64,
    pub shape: [i64; MAX_DIMS],
    pub strides: [i64; MAX_DIMS],
}

const _: () = assert!(std::mem::offset_of!(ArrObj, data) == layout::DATA as usize);
const _: () = assert!(std::mem::offset_of!(ArrObj, strides) == layout::STRIDES as usize);

/// An immutable string object (results of `str()`, `repr()`, `+` on strings).
#[repr(C)]
pub struct StrObj {
    pub rc: i64,
    pub kind: i64,
    pub text: String,
}

/// Counters behind `arrc run --stats`.
pub struct Stats {
    pub kernels: Cell<u64>,
    pub arrays: Cell<u64>,
    pub bytes: Cell<u64>,
    pub live: Cell<u64>,
    pub peak: Cell<u64>,
}

thread_local! {
    pub static STATS: Stats = const { Stats {
        kernels: Cell::new(0),
        arrays: Cell::new(0),
        bytes: Cell::new(0),
        live: Cell::new(0),
        peak: Cell::new(0),
    } };
}

/// malloc's alignment: larger alignments make the allocator memset big zeroed blocks that
/// calloc would get as fresh zero pages from the kernel.
const ALIGN: usize = 16;

/// The layout of a buffer of `nbytes`; `None` past what `Layout` can describe (`isize::MAX`
/// rounded to the alignment), which no allocator could give anyway.
fn buffer_layout(nbytes: usize) -> Option<Layout> {
    Layout::from_size_align(nbytes.max(1), ALIGN).ok()
}

/// Why NumPy refuses to make an array of some shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AllocError {
    /// A dimension below zero.
    NegativeDimension,
    /// The item size times the non-zero dimensions overflows `npy_intp`.
    TooBig,
    /// The allocator refused the buffer (NumPy's `_ArrayMemoryError`).
    OutOfMemory { nbytes: usize },
}

impl AllocError {
    /// The exception NumPy raises.
    pub fn exc(self) -> PyExc {
        match self {
            AllocError::NegativeDimension | AllocError::TooBig => PyExc::ValueError,
            AllocError::OutOfMemory { .. } => PyExc::ArrayMemoryError,
        }
    }

    /// NumPy's error for an array of `dtype` and `shape`, as its traceback's last line
    /// (`ValueError: negative dimensions are not allowed`).
    pub fn message(self, dtype: DType, shape: &[i64]) -> String {
        let text = match self {
            AllocError::NegativeDimension => "negative dimensions are not allowed".into(),
            AllocError::TooBig => "array is too big; `arr.size * arr.dtype.itemsize` is larger \
                                   than the maximum possible size."
                .into(),
            AllocError::OutOfMemory { nbytes } => format!(
                "Unable to allocate {} for an array with shape {} and data type {}",
                size_to_string(nbytes as u64),
                crate::format::format_shape(&shape.iter().map(|&d| d as usize).collect::<Vec<_>>()),
                dtype.name()
            ),
        };
        self.exc().line(&text)
    }
}

/// The byte size of a C-contiguous array, checked as `PyArray_NewFromDescr_int` checks it:
/// dimensions in order, a negative one refused, the running product of the item size and the
/// non-zero dimensions kept within `npy_intp` (so `(0, 2**62, 2**62)` is too big although
/// it holds nothing).
pub fn checked_nbytes(itemsize: usize, shape: &[i64]) -> Result<usize, AllocError> {
    let mut nbytes = itemsize as i64;
    let mut empty = false;
    for &dim in shape {
        if dim < 0 {
            return Err(AllocError::NegativeDimension);
        }
        if dim == 0 {
            empty = true;
            continue;
        }
        nbytes = nbytes.checked_mul(dim).ok_or(AllocError::TooBig)?;
    }
    Ok(if empty { 0 } else { nbytes as usize })
}

impl ArrObj {
    /// A new C-contiguous array, zero-filled.
    pub fn alloc(dtype: DType, shape: &[i64]) -> *mut ArrObj {
        ArrObj::alloc_with(dtype, shape, true)
    }

    /// A new C-contiguous array; `zeroed` false leaves the contents to the caller, who must
    /// write every element before anything reads it. For shapes the runtime derived from
    /// arrays that exist; a shape from the program goes through [`ArrObj::try_alloc`].
    pub fn alloc_with(dtype: DType, shape: &[i64], zeroed: bool) -> *mut ArrObj {
        ArrObj::try_alloc(dtype, shape, zeroed)
            .unwrap_or_else(|e| crate::abi::fatal(&e.message(dtype, shape)))
    }

    /// A new C-contiguous array, or NumPy's reason for refusing it: the shape checked as
    /// `PyArray_NewFromDescr` checks it, then the allocation.
    pub fn try_alloc(dtype: DType, shape: &[i64], zeroed: bool) -> Result<*mut ArrObj, AllocError> {
        let nbytes = checked_nbytes(dtype.itemsize(), shape)?;
        // Cannot overflow: without a zero dimension the product is at most `nbytes`.
        let size: i64 = if shape.contains(&0) {
            0
        } else {
            shape.iter().product()
        };
        // SAFETY: layout has non-zero size; every byte pattern is a valid int or float, and
        // bool buffers are only read after compiled code stored 0 or 1 in them.
        let data = match buffer_layout(nbytes) {
            _ if nbytes >= crate::bigbuf::THRESHOLD => crate::bigbuf::alloc(nbytes, zeroed),
            Some(layout) if zeroed => unsafe { alloc::alloc_zeroed(layout) },
            Some(layout) => unsafe { alloc::alloc(layout) },
            None => std::ptr::null_mut(),
        };
        if data.is_null() {
            return Err(AllocError::OutOfMemory { nbytes });
        }
        STATS.with(|s| {
            s.arrays.set(s.arrays.get() + 1);
            s.bytes.set(s.bytes.get() + nbytes as u64);
            s.live.set(s.live.get() + nbytes as u64);
            s.peak.set(s.peak.get().max(s.live.get()));
        });
        let mut obj = ArrObj {
            rc: 1,
            kind: KIND_ARRAY,
            data,
            base: std::ptr::null_mut(),
            dtype,
            ndim: shape.len() as i64,
            size,
            nbytes: nbytes as i64,
            shape: [0; MAX_DIMS],
            strides: [0; MAX_DIMS],
        };
        obj.shape[..shape.len()].copy_from_slice(shape);
        obj.set_contiguous_strides();
        Ok(Box::into_raw(Box::new(obj)))
    }

    /// A new view object sharing `src`'s buffer, with the same shape and strides.
    pub fn view_of(src: &ArrObj, src_ptr: *mut ArrObj) -> *mut ArrObj {
        let owner = if src.base.is_null() {
            src_ptr
        } else {
            src.base
        };
        // SAFETY: owner is a live array (src holds a reference to it).
        unsafe { (*owner).rc += 1 };
        Box::into_raw(Box::new(ArrObj {
            rc: 1,
            kind: KIND_ARRAY,
            data: src.data,
            base: owner,
            dtype: src.dtype,
            ndim: src.ndim,
            size: src.size,
            nbytes: 0,
            shape: src.shape,
            strides: src.strides,
        }))
    }

    pub fn set_contiguous_strides(&mut self) {
        let mut stride = self.dtype.itemsize() as i64;
        for d in (0..self.ndim as usize).rev() {
            self.strides[d] = stride;
            stride *= self.shape[d].max(1);
        }
    }

    pub fn shape(&self) -> &[i64] {
        &self.shape[..self.ndim as usize]
    }

    pub fn strides(&self) -> &[i64] {
        &self.strides[..self.ndim as usize]
    }

    pub fn is_c_contiguous(&self) -> bool {
        let mut expect = self.dtype.itemsize() as i64;
        for d in (0..self.ndim as usize).rev() {
            if self.shape[d] != 1 && self.strides[d] != expect {
                return false;
            }
            expect *= self.shape[d];
        }
        true
    }

    /// Byte offset of a multi-index.
    pub fn offset(&self, index: &[usize]) -> isize {
        index
            .iter()
            .zip(self.strides())
            .map(|(&i, &s)| i as isize * s as isize)
            .sum()
    }

    /// Reads element `index` converted to f64 / i64 / bool.
    pub fn get(&self, index: &[usize]) -> Elem {
        // SAFETY: index is within shape, so the address is inside the buffer.
        unsafe { Elem::read(self.dtype, self.data.offset(self.offset(index))) }
    }

    pub fn set(&self, index: &[usize], value: Elem) {
        // SAFETY: as in `get`.
        unsafe { value.write(self.dtype, self.data.offset(self.offset(index))) }
    }

    /// Calls `f` with every multi-index in C order.
    pub fn for_each_index(shape: &[i64], mut f: impl FnMut(&[usize])) {
        if shape.iter().any(|&d| d == 0) {
            return;
        }
        let mut idx = vec![0usize; shape.len()];
        loop {
            f(&idx);
            let mut d = shape.len();
            loop {
                if d == 0 {
                    return;
                }
                d -= 1;
                idx[d] += 1;
                if (idx[d] as i64) < shape[d] {
                    break;
                }
                idx[d] = 0;
            }
        }
    }

    /// When the elements fill one dense block in some axis order (a C-contiguous array, its
    /// transpose, any axis permutation of one), the block's first byte: NumPy's reductions then
    /// run over memory in address order (its iterator's K order), which fixes the summation order.
    pub fn dense_block_start(&self) -> Option<*const u8> {
        let start = self.data as isize;
        let mut axes: Vec<(i64, i64)> = Vec::new();
        for (&d, &s) in self.shape().iter().zip(self.strides()) {
            if d == 1 {
                continue;
            }
            if s < 0 {
                // NumPy's reductions keep reversed axes reversed (`x[::-1].sum()` sums in
                // C order of the view), so only positive strides make a memory-order block.
                return None;
            }
            axes.push((d, s));
        }
        axes.sort_by_key(|&(_, s)| std::cmp::Reverse(s));
        let mut expect = self.dtype.itemsize() as i64;
        for &(d, s) in axes.iter().rev() {
            if s != expect {
                return None;
            }
            expect *= d;
        }
        Some(start as *const u8)
    }

    /// Elements in memory order when they fill a dense block, else in C order, as f64.
    pub fn to_f64_vec_memory_order(&self) -> Vec<f64> {
        if self.size > 0 {
            if let Some(p) = self.dense_block_start() {
                let n = self.size as usize;
                // SAFETY: a dense block of `size` elements starts at `p`.
                return (0..n)
                    .map(|k| {
                        unsafe { Elem::read(self.dtype, p.add(k * self.dtype.itemsize())) }.as_f64()
                    })
                    .collect();
            }
        }
        self.to_f64_vec()
    }

    /// Elements in C order, converted to f64.
    pub fn to_f64_vec(&self) -> Vec<f64> {
        let mut out = Vec::with_capacity(self.size as usize);
        if self.is_c_contiguous() && self.dtype == DType::F64 {
            // SAFETY: contiguous f64 buffer of `size` elements.
            out.extend_from_slice(unsafe {
                std::slice::from_raw_parts(self.data as *const f64, self.size as usize)
            });
            return out;
        }
        ArrObj::for_each_index(self.shape(), |i| out.push(self.get(i).as_f64()));
        out
    }
}

/// One element, widened: the common currency of the runtime's generic (non-kernel) paths.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Elem {
    Bool(bool),
    Int(i64),
    Float(f64),
    /// Real and imaginary parts (complex64 widened).
    Complex(f64, f64),
    /// A uint64 element (the only one that may not fit `Int`).
    UInt(u64),
}

impl Elem {
    /// # Safety
    /// `p` must point to a valid element of `dtype`.
    pub unsafe fn read(dtype: DType, p: *const u8) -> Elem {
        match dtype {
            DType::Bool => Elem::Bool(*p != 0),
            DType::I64 => Elem::Int((p as *const i64).read_unaligned()),
            DType::I32 => Elem::Int((p as *const i32).read_unaligned() as i64),
            DType::U8 => Elem::Int(*p as i64),
            DType::I8 => Elem::Int(*p as i8 as i64),
            DType::U16 => Elem::Int((p as *const u16).read_unaligned() as i64),
            DType::I16 => Elem::Int((p as *const i16).read_unaligned() as i64),
            DType::U32 => Elem::Int((p as *const u32).read_unaligned() as i64),
            DType::U64 => Elem::UInt((p as *const u64).read_unaligned()),
            DType::F64 => Elem::Float((p as *const f64).read_unaligned()),
            DType::F32 => Elem::Float((p as *const f32).read_unaligned() as f64),
            DType::C128 => {
                let q = p as *const f64;
                Elem::Complex(q.read_unaligned(), q.add(1).read_unaligned())
            }
            DType::C64 => {
                let q = p as *const f32;
                Elem::Complex(q.read_unaligned() as f64, q.add(1).read_unaligned() as f64)
            }
        }
    }
    /// Writes with NumPy's casting (float → int truncates, anything → bool is `!= 0`).
    ///
    /// # Safety
    /// `p` must point to writable storage for one element of `dtype`.
    pub unsafe fn write(self, dtype: DType, p: *mut u8) {
        match dtype {
            DType::Bool => *p = self.as_bool() as u8,
            DType::I64 => (p as *mut i64).write_unaligned(self.as_i64()),
            DType::I32 => (p as *mut i32).write_unaligned(self.as_i64() as i32),
            DType::U8 | DType::I8 => *p = self.as_i64() as u8,
            DType::U16 | DType::I16 => (p as *mut u16).write_unaligned(self.as_i64() as u16),
            DType::U32 => (p as *mut u32).write_unaligned(self.as_i64() as u32),
            DType::U64 => (p as *mut u64).write_unaligned(self.as_u64()),
            DType::F64 => (p as *mut f64).write_unaligned(self.as_f64()),
            DType::F32 => (p as *mut f32).write_unaligned(self.as_f64() as f32),
            DType::C128 | DType::C64 => {
                let (re, im) = match self {
                    Elem::Complex(re, im) => (re, im),
                    other => (other.as_f64(), 0.0),
                };
                if dtype == DType::C128 {
                    let q = p as *mut f64;
                    q.write_unaligned(re);
                    q.add(1).write_unaligned(im);
                } else {
                    let q = p as *mut f32;
                    q.write_unaligned(re as f32);
                    q.add(1).write_unaligned(im as f32);
                }
            }
        }
    }
    pub fn as_f64(self) -> f64 {
        match self {
            Elem::Bool(b) => b as i64 as f64,
            Elem::Int(i) => i as f64,
            Elem::Float(f) => f,
            // NumPy's complex → real cast keeps the real part.
            Elem::Complex(re, _) => re,
            Elem::UInt(u) => u as f64,
        }
    }
    /// The element as uint64 bits (C's float → uint64 conversion for floats).
    pub fn as_u64(self) -> u64 {
        match self {
            Elem::UInt(u) => u,
            Elem::Float(f) => float_to_u64(f),
            e => e.as_i64() as u64,
        }
    }
    pub fn as_i64(self) -> i64 {
        match self {
            Elem::Bool(b) => b as i64,
            Elem::Int(i) => i,
            Elem::Float(f) | Elem::Complex(f, _) => float_to_i64(f),
            Elem::UInt(u) => u as i64,
        }
    }
    pub fn as_bool(self) -> bool {
        match self {
            Elem::Bool(b) => b,
            Elem::Int(i) => i != 0,
            Elem::Float(f) => f != 0.0,
            Elem::Complex(re, im) => re != 0.0 || im != 0.0,
            Elem::UInt(u) => u != 0,
        }
    }
}

/// C's (and NumPy's) float → int64 conversion on x86-64: truncation, and the "integer
/// indefinite" value for NaN and out-of-range inputs.
pub fn float_to_i64(f: f64) -> i64 {
    if f.is_nan() || f >= 9.223372036854775807e18 || f < -9.223372036854775808e18 {
        i64::MIN
    } else {
        f as i64
    }
}

/// C's float → uint64 conversion as NumPy's casts do it on x86-64 (`(npy_ulonglong)f`):
/// truncation for values in range; below 2**63 through int64 (so negative values wrap).
pub fn float_to_u64(f: f64) -> u64 {
    if f >= 9.223372036854775807e18 && f < 1.8446744073709551616e19 {
        f as u64
    } else {
        float_to_i64(f) as u64
    }
}

/// `_ArrayMemoryError._size_to_string` (`numpy/_core/_exceptions.py`): three significant
/// digits in the largest binary unit that keeps the value at least 1.
fn size_to_string(nbytes: u64) -> String {
    const UNITS: [&str; 7] = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];
    let bit_length = 64 - nbytes.leading_zeros() as usize;
    let mut unit = (bit_length.saturating_sub(1)).max(1) / 10;
    let mut n_units = nbytes as f64 / (1u64 << (unit * 10)) as f64;
    if n_units.round_ties_even() == 1024.0 {
        unit += 1;
        n_units /= 1024.0;
    }
    let spec = if unit == 0 {
        ".0f"
    } else if n_units.round_ties_even() < 1000.0 {
        "#.3g"
    } else {
        "#.0f"
    };
    let digits = crate::pyfmt::format(crate::pyfmt::Value::Float(n_units), spec)
        .unwrap_or_else(|_| n_units.to_string());
    format!("{digits} {}", UNITS[unit])
}

/// Drops one reference to an array or string object; frees it at zero.
///
/// # Safety
/// `p` is null or a live object created by this runtime.
pub unsafe fn decref(p: *mut ArrObj) {
    if p.is_null() {
        return;
    }
    (*p).rc -= 1;
    if (*p).rc > 0 {
        return;
    }
    if (*p).kind == KIND_STR {
        drop(Box::from_raw(p as *mut StrObj));
        return;
    }
    let obj = Box::from_raw(p);
    if obj.base.is_null() {
        crate::gpu::release(p);
        let nbytes = obj.nbytes as usize;
        if nbytes >= crate::bigbuf::THRESHOLD {
            crate::bigbuf::free(obj.data, nbytes);
        } else {
            // The layout exists: the buffer was allocated with it.
            alloc::dealloc(obj.data, buffer_layout(nbytes).unwrap());
        }
        STATS.with(|s| s.live.set(s.live.get() - nbytes as u64));
    } else {
        decref(obj.base);
    }
}

#[cfg(test)]
mod tests {
    use super::{checked_nbytes, size_to_string, AllocError};

    #[test]
    fn sizes_read_as_numpy_writes_them() {
        // numpy._core._exceptions._ArrayMemoryError._size_to_string(n), NumPy 2.4.6.
        let numpy = [
            (0, "0 bytes"),
            (1, "1 bytes"),
            (1023, "1023 bytes"),
            (1024, "1.00 KiB"),
            (1536, "1.50 KiB"),
            (1000000, "977. KiB"),
            (1048575, "1.00 MiB"),
            (1048064, "1.00 MiB"),
            (1072668082176, "999. GiB"),
            (1073741824000, "1000. GiB"),
            (35184372088832, "32.0 TiB"),
            (9007199254740992, "8.00 PiB"),
            (1152912708513824768, "1.00 EiB"),
            (6917529027641081856, "6.00 EiB"),
            (9223372036854775807, "8.00 EiB"),
            (123456789012, "115. GiB"),
        ];
        for (n, text) in numpy {
            assert_eq!(size_to_string(n), text, "{n}");
        }
    }

    #[test]
    fn shapes_are_checked_in_order_past_zeros() {
        assert_eq!(checked_nbytes(8, &[2, 3]), Ok(48));
        assert_eq!(checked_nbytes(8, &[1 << 59, 0]), Ok(0));
        assert_eq!(
            checked_nbytes(8, &[0, 1 << 62, 1 << 62]),
            Err(AllocError::TooBig)
        );
        assert_eq!(checked_nbytes(8, &[1 << 61]), Err(AllocError::TooBig));
        assert_eq!(
            checked_nbytes(1, &[-1, 1 << 62, 1 << 62]),
            Err(AllocError::NegativeDimension)
        );
        assert_eq!(checked_nbytes(8, &[1 << 62, -1]), Err(AllocError::TooBig));
    }
}
