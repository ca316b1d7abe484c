//! arrc's runtime: everything a compiled array program needs that is not a loop the compiler
//! generates — allocation and reference counting of arrays and strings, views, NumPy-exact
//! printing, the random streams, matmul, reductions (whole-array and along axes) with NumPy's
//! summation order, `%time`, and run-time errors.
//!
//! Architecture invariant: this crate knows nothing of the compiler. JIT code (through symbol
//! addresses) and AOT executables (through the static library) call the same `extern "C"`
//! functions in `abi`, so both modes behave identically by construction.

pub mod abi;
pub mod array;
pub mod bigbuf;
pub mod blas;
pub mod format;
pub mod gpu;
pub mod order;
pub mod output;
pub mod pyexc;
pub mod pyfmt;
pub mod reduce;
pub mod rng;
pub mod simd_math;
pub mod timefmt;
pub mod torch_format;
pub mod warn;
