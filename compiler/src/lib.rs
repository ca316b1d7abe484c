//! arrc: compile NumPy array scripts and notebooks to native code.
//!
//! The pipeline, one module per stage: `source` (text, spans, diagnostics) → `syntax` (tokens,
//! AST) → `sema` (names, dtypes, static shapes → `hir`) → `lower` (→ `lir`, the loop IR both
//! backends consume) → `codegen` (Cranelift, JIT or object file) → `driver`.

pub mod codegen;
pub mod cuda;
pub mod driver;
pub mod hir;
pub mod int_dtypes;
pub mod lir;
pub mod lower;
pub mod rtabi;
pub mod sema;
pub mod source;
pub mod syntax;
pub mod types;
