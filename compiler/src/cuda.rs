//! CUDA C rendering of LIR kernels, for the GPU backend: each `lir::Kernel` becomes one
//! `extern "C" __global__` function that NVRTC compiles (see `NVRTC_OPTIONS`).
//!
//! # Kernel ABI
//!
//! `kernel_params` lists the parameters in order; `render_kernel` declares exactly those:
//!
//! 1. per array operand `j` (in `Kernel::arrays` order): its device data pointer `aJ`, typed by
//!    dtype (`double*`, `float*`, `long long*`, `unsigned char*` for bool; `const` unless it is
//!    the output), then `nd` strides `sJ_0 … sJ_{nd-1}` (`long long`, in ELEMENTS, one per
//!    domain axis, outermost first). An operand with fewer axes aligns to the right. The host
//!    passes 0 for a broadcast axis; the kernel never reads the stride of a broadcast axis
//!    or of an extent-1 axis.
//!    (The runtime's byte strides divided by the itemsize: views never split an element.)
//! 2. per scalar operand `k`: `pK` by value (`double`, `float`, `long long`; bools are 0/1).
//! 3. `long long n`: the domain's size, the product of its extents (the kernel's multi-index
//!    assumes exactly that; any grid and block shape covers it).
//!
//! The body is a grid-stride loop over the flat index `i` in `[0, n)` (any launch shape works);
//! the multi-index comes from `i` by divisions by the static extents, each operand's offset is
//! `sum(i_d * sJ_d)` over its non-broadcast axes, and the value is computed exactly as the
//! Cranelift backend computes it (`codegen::translate_op`): wrapping int64 arithmetic, IEEE
//! f64/f32 arithmetic through the `__d*_rn`/`__f*_rn` intrinsics (never contracted to FMA,
//! whatever the flags), comparisons giving 0/1, x86-64's float → int conversion, and NumPy's
//! floor division, modulo and power as device ports of `runtime/src/abi.rs`.
//!
//! A kernel whose operands are each either read whole in C order or broadcast to one element
//! also gets a flat variant `NAME_flat` with the same parameters (`render_flat_variant`): 16-byte
//! vector loads and stores of 4 elements per step. The runtime launches it when every operand
//! read whole is C-contiguous and 16-byte aligned on the device (`gpu::flat_ok`).
//!
//! # Run-time errors
//!
//! A device helper that raises on the CPU (`arrc_pow_i64` with a negative exponent, Python's
//! division by zero…) instead records the error in `arrc_device_error` (an `extern "C"
//! __device__ unsigned long long`, 0 when none) and returns 0. The recorded value is `~key`
//! with `key = i << 24 | call << 8 | code` kept by `atomicMax`, so after the kernel it names
//! the error the CPU would have raised first: the smallest element index `i` and, within it,
//! the first raising call in evaluation order (`call` numbers the raising calls of a kernel in
//! that order; `kernel_error_sites` gives each one's site). `decode_device_error` unpacks
//! it, `device_error_message` gives the runtime's message for the code. The host resets the
//! variable to 0 after reading it.

use crate::lir::{self, DataId, Expr, Kernel, Op, Ty};
use crate::rtabi::RtFn;
use crate::syntax::ast::CmpOp;
use crate::types::DType;
use std::fmt::Write;

/// NVRTC options the rendered code is meant for (the GPU architecture is the caller's:
/// `--gpu-architecture=compute_90` or `sm_90`); the runtime compiles with the same ones.
pub use arrc_runtime::gpu::NVRTC_OPTIONS;

/// Device error codes (code = index + 1): the prelude's enumerator, the runtime's message.
const DEVICE_ERRORS: &[(&str, &str)] = &[
    (
        "ARRC_ERR_NEGATIVE_POWER",
        "Integers to negative integer powers are not allowed.",
    ),
    (
        "ARRC_ERR_INT_FLOORDIV_ZERO",
        "integer division or modulo by zero",
    ),
    ("ARRC_ERR_INT_MOD_ZERO", "integer modulo by zero"),
    ("ARRC_ERR_INT_TRUEDIV_ZERO", "division by zero"),
    ("ARRC_ERR_FLOAT_TRUEDIV_ZERO", "float division by zero"),
    (
        "ARRC_ERR_FLOAT_FLOORDIV_ZERO",
        "float floor division by zero",
    ),
    ("ARRC_ERR_FLOAT_MOD_ZERO", "float modulo"),
    (
        "ARRC_ERR_FLOAT_NAN_TO_INT",
        "cannot convert float NaN to integer",
    ),
    (
        "ARRC_ERR_FLOAT_INF_TO_INT",
        "cannot convert float infinity to integer",
    ),
];

/// The runtime's message for a device error code.
pub fn device_error_message(code: u8) -> Option<&'static str> {
    DEVICE_ERRORS
        .get((code as usize).wrapping_sub(1))
        .map(|(_, m)| *m)
}

/// A decoded `arrc_device_error`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DeviceError {
    /// Flat index of the element in the kernel's domain.
    pub index: u64,
    /// Which raising call of the kernel (an index into `kernel_error_sites`).
    pub call: u16,
    pub code: u8,
}

/// Unpacks the value of `arrc_device_error`; `None` when it is 0 (no error).
pub fn decode_device_error(flag: u64) -> Option<DeviceError> {
    if flag == 0 {
        return None;
    }
    let key = !flag;
    Some(DeviceError {
        index: key >> 24,
        call: (key >> 8) as u16,
        code: key as u8,
    })
}

/// One kernel parameter, in order (see the module documentation).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KernelParam {
    /// Device pointer to the first element of array operand `array`.
    Data { array: usize, dtype: DType },
    /// Element stride of operand `array` along domain axis `axis` (0 when broadcast).
    Stride { array: usize, axis: usize },
    /// Scalar operand `index`, by value.
    Scalar { index: usize, ty: Ty },
    /// The domain's size.
    Len,
}

pub fn kernel_params(k: &Kernel) -> Vec<KernelParam> {
    let nd = k.domain.len();
    let mut ps = Vec::new();
    for (j, a) in k.arrays.iter().enumerate() {
        ps.push(KernelParam::Data {
            array: j,
            dtype: a.dtype,
        });
        ps.extend((0..nd).map(|d| KernelParam::Stride { array: j, axis: d }));
    }
    ps.extend(
        k.scalars
            .iter()
            .enumerate()
            .map(|(index, &ty)| KernelParam::Scalar { index, ty }),
    );
    ps.push(KernelParam::Len);
    ps
}

/// One kernel as a complete translation unit defining `extern "C" __global__ void name(…)`.
pub fn render_kernel(k: &Kernel, name: &str) -> Result<String, String> {
    let mut out = prelude();
    out.push_str(&render_kernel_fn(k, name)?.0);
    Ok(out)
}

/// Every kernel of `p` in one translation unit, kernel `N` named `arrc_kernel_N`.
pub fn render_program(p: &lir::Program) -> Result<String, String> {
    let mut out = prelude();
    for (i, k) in p.kernels.iter().enumerate() {
        let name = format!("arrc_kernel_{i}");
        let (text, _) = render_kernel_fn(k, &name).map_err(|e| format!("{name}: {e}"))?;
        out.push('\n');
        out.push_str(&text);
    }
    Ok(out)
}

/// Whether `k` touches a dtype the GPU backend leaves to the CPU: complex (lang-spec/complex.md)
/// and the integer dtypes uint8 … int16, uint64 (lang-spec/integer-dtypes.md). Such kernels
/// are never rendered.
pub fn cpu_only_dtypes(k: &Kernel) -> bool {
    k.arrays
        .iter()
        .any(|a| a.dtype.is_complex() || crate::int_dtypes::is_new(a.dtype))
}

/// The kernels of `p` the GPU backend can run, in one translation unit (kernel `N` named
/// `arrc_kernel_N`), and per kernel whether it is in it: a kernel that cannot be rendered,
/// or that can raise an error (the CPU reports those), stays on the CPU.
pub fn render_available(p: &lir::Program) -> (String, Vec<bool>) {
    let mut out = prelude();
    let mut ok = Vec::new();
    for (i, k) in p.kernels.iter().enumerate() {
        if k.run || cpu_only_dtypes(k) {
            // Run-time extents: the descriptor cannot give the GPU its domain; the CPU runs it.
            ok.push(false);
            continue;
        }
        match render_kernel_fn(k, &format!("arrc_kernel_{i}")) {
            Ok((text, sites)) if sites.is_empty() => {
                out.push('\n');
                out.push_str(&text);
                ok.push(true);
            }
            _ => ok.push(false),
        }
    }
    (out, ok)
}

/// The site (a program data blob, "loc\0snippet\0") of each raising call of `k`, indexed by
/// `DeviceError::call`; `None` for a call given no site.
pub fn kernel_error_sites(k: &Kernel) -> Result<Vec<Option<DataId>>, String> {
    Ok(render_kernel_fn(k, "k")?.1)
}

fn c_type(t: Ty) -> Result<&'static str, String> {
    match t {
        Ty::I64 => Ok("long long"),
        Ty::F64 => Ok("double"),
        Ty::F32 => Ok("float"),
        Ty::I32 => Err("an i32 value cannot appear in a kernel".into()),
    }
}

fn elem_type(d: DType) -> &'static str {
    match d {
        DType::Bool => "unsigned char",
        DType::I64 => "long long",
        DType::I32 => "int",
        DType::U8 => "unsigned char",
        DType::I8 => "signed char",
        DType::U16 => "unsigned short",
        DType::I16 => "short",
        DType::U32 => "unsigned int",
        DType::U64 => "unsigned long long",
        DType::F64 => "double",
        DType::F32 => "float",
        // Never rendered: kernels with complex operands stay on the CPU.
        DType::C64 => "float2",
        DType::C128 => "double2",
    }
}

/// The machine type a kernel computes an element of dtype `d` in.
fn machine(d: DType) -> Ty {
    match d {
        DType::F64 | DType::C128 => Ty::F64,
        DType::F32 | DType::C64 => Ty::F32,
        _ => Ty::I64,
    }
}

fn is_ident(s: &str) -> bool {
    let mut cs = s.chars();
    matches!(cs.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && cs.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn int_lit(v: i64) -> String {
    if v == i64::MIN {
        "(-9223372036854775807LL - 1LL)".into()
    } else if v < 0 {
        format!("({v}LL)")
    } else {
        format!("{v}LL")
    }
}

fn f64_lit(x: f64) -> String {
    if x.is_finite() {
        // Rust's shortest round-trip form ("2.0", "1e-7") is a valid C literal that parses back
        // to the same double.
        let s = format!("{x:?}");
        if x.is_sign_negative() {
            format!("({s})")
        } else {
            s
        }
    } else {
        format!("__longlong_as_double(0x{:016x}LL)", x.to_bits())
    }
}

fn cmp_c(c: CmpOp) -> Result<&'static str, String> {
    match c {
        CmpOp::Eq => Ok("=="),
        CmpOp::NotEq => Ok("!="),
        CmpOp::Lt => Ok("<"),
        CmpOp::LtE => Ok("<="),
        CmpOp::Gt => Ok(">"),
        CmpOp::GtE => Ok(">="),
        other => Err(format!("comparison {other:?} cannot appear in a kernel")),
    }
}

/// The one CUDA rendering of each LIR operation on rendered operands `v` of machine types
/// `t`: the expression and its type. Each arm computes what `codegen::translate_op` computes:
///
/// | LIR op | Cranelift | CUDA |
/// | --- | --- | --- |
/// | `IAdd ISub IMul INeg IAbs` | `iadd isub imul ineg iabs` (wrapping) | `arrc_iadd…` (via unsigned) |
/// | `IAnd IOr IXor INot` | `band bor bxor bnot` | `& \| ^ ~` |
/// | `FAdd FSub FMul FDiv` | `fadd fsub fmul fdiv` | `__dadd_rn…` / `__fadd_rn…` |
/// | `FNeg FAbs` | `fneg fabs` (sign bit) | `arrc_fneg arrc_fabs` (sign bit) |
/// | `ICmp FCmp` | `icmp fcmp` + `uextend` | `(long long)(x OP y)` |
/// | `BNot IToB FToB` | `bxor 1`, `x != 0` | `x ^ 1`, `x != 0` |
/// | `IToF IToF32 FPromote FDemote` | `fcvt_from_sint fpromote fdemote` | `__ll2double_rn __ll2float_rn (double) __double2float_rn` |
/// | `FToI FToI32` | `fcvt_to_sint_sat` + range check (INT64_MIN, INT32_MIN) | `arrc_ftoi arrc_ftoi32` |
/// | `IWrap32` | `ireduce` + `sextend` | `(long long)(int)` |
/// | `FSqrt` | `sqrt` | `__dsqrt_rn __fsqrt_rn` |
/// | `FMax FMin IMax IMin` | `fcmp`+`select`, `smax smin` | `arrc_fmax arrc_fmin arrc_imax arrc_imin` |
/// | `FFloor FCeil FTrunc FRint` | `floor ceil trunc nearest` | `floor ceil trunc rint` (`…f` for float32) |
/// | `FSign ISign` | compares + `select` | `arrc_fsign arrc_isign` |
/// | `FIsNan FIsInf FIsFinite` | `fcmp uno`, `fabs` + `fcmp` | `arrc_isnan arrc_isinf arrc_isfinite` |
/// | `Select` | `select` | `(c ? a : b)` |
fn render_op(op: Op, v: &[String], t: &[Ty]) -> Result<(String, Ty), String> {
    if let Some(r) = render_ufunc_op(op, v, t) {
        return r;
    }
    let arity = match op {
        Op::INeg
        | Op::IAbs
        | Op::INot
        | Op::FNeg
        | Op::FAbs
        | Op::FSqrt
        | Op::BNot
        | Op::IToF
        | Op::IToF32
        | Op::FPromote
        | Op::FDemote
        | Op::FToI
        | Op::FToI32
        | Op::IWrap32
        | Op::IToB
        | Op::FToB => 1,
        _ => 2,
    };
    if v.len() != arity {
        return Err(format!("{op:?} takes {arity} operand(s), got {}", v.len()));
    }
    let int = |r: String| -> Result<(String, Ty), String> {
        if t.iter().all(|&x| x == Ty::I64) {
            Ok((r, Ty::I64))
        } else {
            Err(format!("{op:?} on {t:?}: expects i64 operands"))
        }
    };
    // A float operation: both operands of one float type; `f(ty)` renders it for that type.
    let float = |f: &dyn Fn(Ty) -> String, result: Option<Ty>| -> Result<(String, Ty), String> {
        let ty = t[0];
        if !matches!(ty, Ty::F64 | Ty::F32) || t.iter().any(|&x| x != ty) {
            return Err(format!(
                "{op:?} on {t:?}: expects float operands of one type"
            ));
        }
        Ok((f(ty), result.unwrap_or(ty)))
    };
    let d = |ty: Ty, dbl: &str, flt: &str| {
        if ty == Ty::F64 {
            dbl.to_string()
        } else {
            flt.to_string()
        }
    };
    match op {
        Op::IAdd => int(format!("arrc_iadd({}, {})", v[0], v[1])),
        Op::ISub => int(format!("arrc_isub({}, {})", v[0], v[1])),
        Op::IMul => int(format!("arrc_imul({}, {})", v[0], v[1])),
        Op::INeg => int(format!("arrc_ineg({})", v[0])),
        Op::IAbs => int(format!("arrc_iabs({})", v[0])),
        Op::IAnd => int(format!("({} & {})", v[0], v[1])),
        Op::IOr => int(format!("({} | {})", v[0], v[1])),
        Op::IXor => int(format!("({} ^ {})", v[0], v[1])),
        Op::INot => int(format!("(~{})", v[0])),
        Op::BNot => int(format!("({} ^ 1LL)", v[0])),
        Op::ICmp(c) => int(format!("(long long)({} {} {})", v[0], cmp_c(c)?, v[1])),
        Op::IToB => int(format!("(long long)({} != 0LL)", v[0])),
        Op::FAdd => float(
            &|ty| format!("{}({}, {})", d(ty, "__dadd_rn", "__fadd_rn"), v[0], v[1]),
            None,
        ),
        Op::FSub => float(
            &|ty| format!("{}({}, {})", d(ty, "__dsub_rn", "__fsub_rn"), v[0], v[1]),
            None,
        ),
        Op::FMul => float(
            &|ty| format!("{}({}, {})", d(ty, "__dmul_rn", "__fmul_rn"), v[0], v[1]),
            None,
        ),
        Op::FDiv => float(
            &|ty| format!("{}({}, {})", d(ty, "__ddiv_rn", "__fdiv_rn"), v[0], v[1]),
            None,
        ),
        Op::FNeg => float(&|_| format!("arrc_fneg({})", v[0]), None),
        Op::FAbs => float(&|_| format!("arrc_fabs({})", v[0]), None),
        Op::FSqrt => float(
            &|ty| format!("{}({})", d(ty, "__dsqrt_rn", "__fsqrt_rn"), v[0]),
            None,
        ),
        Op::FCmp(c) => {
            let cc = cmp_c(c)?;
            float(
                &|_| format!("(long long)({} {cc} {})", v[0], v[1]),
                Some(Ty::I64),
            )
        }
        Op::FToB => float(
            &|ty| format!("(long long)({} != {})", v[0], d(ty, "0.0", "0.0f")),
            Some(Ty::I64),
        ),
        Op::FToI => float(&|_| format!("arrc_ftoi({})", v[0]), Some(Ty::I64)),
        Op::FToI32 => float(&|_| format!("arrc_ftoi32({})", v[0]), Some(Ty::I64)),
        Op::IWrap32 => int(format!("(long long)(int)({})", v[0])),
        Op::IToF => int(format!("__ll2double_rn({})", v[0])).map(|(s, _)| (s, Ty::F64)),
        Op::IToF32 => int(format!("__ll2float_rn({})", v[0])).map(|(s, _)| (s, Ty::F32)),
        Op::FPromote if t[0] == Ty::F32 => Ok((format!("(double)({})", v[0]), Ty::F64)),
        Op::FDemote if t[0] == Ty::F64 => Ok((format!("__double2float_rn({})", v[0]), Ty::F32)),
        Op::FPromote | Op::FDemote => Err(format!("{op:?} on {t:?}")),
        Op::FMax
        | Op::FMin
        | Op::IMax
        | Op::IMin
        | Op::FFloor
        | Op::FCeil
        | Op::FTrunc
        | Op::FRint
        | Op::FSign
        | Op::ISign
        | Op::FIsNan
        | Op::FIsInf
        | Op::FIsFinite
        | Op::Select => unreachable!("render_ufunc_op"),
        // Complex arrays stay on the CPU (`lower::attach_gpu` keeps their kernels off it).
        Op::CPair | Op::CImag => return Err("complex kernels run on the CPU".into()),
    }
}

/// `render_op` for the ops of NumPy's ufuncs beyond arithmetic; `None` for the others.
fn render_ufunc_op(op: Op, v: &[String], t: &[Ty]) -> Option<Result<(String, Ty), String>> {
    let (name, arity) = match op {
        Op::FMax => ("arrc_fmax", 2),
        Op::FMin => ("arrc_fmin", 2),
        Op::IMax => ("arrc_imax", 2),
        Op::IMin => ("arrc_imin", 2),
        Op::FFloor => ("floor", 1),
        Op::FCeil => ("ceil", 1),
        Op::FTrunc => ("trunc", 1),
        Op::FRint => ("rint", 1),
        Op::FSign => ("arrc_fsign", 1),
        Op::ISign => ("arrc_isign", 1),
        Op::FIsNan => ("arrc_isnan", 1),
        Op::FIsInf => ("arrc_isinf", 1),
        Op::FIsFinite => ("arrc_isfinite", 1),
        Op::Select => ("", 3),
        _ => return None,
    };
    Some((|| {
        if v.len() != arity || t.len() != arity {
            return Err(format!("{op:?} takes {arity} operand(s), got {}", v.len()));
        }
        let args = v.join(", ");
        match op {
            Op::Select => {
                if t[0] != Ty::I64 || t[1] != t[2] {
                    return Err(format!("Select on {t:?}"));
                }
                Ok((format!("({} ? {} : {})", v[0], v[1], v[2]), t[1]))
            }
            Op::IMax | Op::IMin | Op::ISign => {
                if t.iter().any(|&x| x != Ty::I64) {
                    return Err(format!("{op:?} on {t:?}: expects i64 operands"));
                }
                Ok((format!("{name}({args})"), Ty::I64))
            }
            _ => {
                let ty = t[0];
                if !matches!(ty, Ty::F64 | Ty::F32) || t.iter().any(|&x| x != ty) {
                    return Err(format!(
                        "{op:?} on {t:?}: expects float operands of one type"
                    ));
                }
                let result = match op {
                    Op::FIsNan | Op::FIsInf | Op::FIsFinite => Ty::I64,
                    _ => ty,
                };
                let name = match (op, ty) {
                    (Op::FFloor | Op::FCeil | Op::FTrunc | Op::FRint, Ty::F32) => {
                        format!("{name}f")
                    }
                    _ => name.to_string(),
                };
                Ok((format!("{name}({args})"), result))
            }
        }
    })())
}

/// Whether runtime function `f` has a device version in the prelude (a `__device__` function
/// of the same name and value parameters), and whether it may raise: a raising function's
/// last parameter, the site, becomes the error key (see the module documentation).
/// Everything else (allocation, I/O, reductions, random numbers…) is host-only.
fn device_fn(f: RtFn) -> Result<bool, String> {
    match f {
        RtFn::Exp
        | RtFn::ExpF32
        | RtFn::Log
        | RtFn::LogF32
        | RtFn::Log2
        | RtFn::Log2F32
        | RtFn::Log10
        | RtFn::Log10F32
        | RtFn::Log1p
        | RtFn::Log1pF32
        | RtFn::Expm1
        | RtFn::Expm1F32
        | RtFn::Sin
        | RtFn::SinF32
        | RtFn::Cos
        | RtFn::CosF32
        | RtFn::Tan
        | RtFn::TanF32
        | RtFn::Tanh
        | RtFn::TanhF32
        | RtFn::Asin
        | RtFn::AsinF32
        | RtFn::Acos
        | RtFn::AcosF32
        | RtFn::Atan
        | RtFn::AtanF32
        | RtFn::Exp2
        | RtFn::Exp2F32
        | RtFn::Sinh
        | RtFn::SinhF32
        | RtFn::Cosh
        | RtFn::CoshF32
        | RtFn::Asinh
        | RtFn::AsinhF32
        | RtFn::Acosh
        | RtFn::AcoshF32
        | RtFn::Atanh
        | RtFn::AtanhF32
        | RtFn::Cbrt
        | RtFn::CbrtF32
        | RtFn::Deg2rad
        | RtFn::Deg2radF32
        | RtFn::Rad2deg
        | RtFn::Rad2degF32
        | RtFn::CHypot
        | RtFn::CHypotF32
        | RtFn::Copysign
        | RtFn::CopysignF32
        | RtFn::Logaddexp
        | RtFn::LogaddexpF32
        | RtFn::Logaddexp2
        | RtFn::Logaddexp2F32
        | RtFn::Atan2
        | RtFn::Atan2F32
        | RtFn::PowF32
        | RtFn::PowF64
        | RtFn::FloorDivF32
        | RtFn::ModF32
        | RtFn::FloorDivF64
        | RtFn::ModF64
        | RtFn::FloorDivI64
        | RtFn::ModI64
        | RtFn::IntShift
        | RtFn::U64ToF64
        | RtFn::U64ToF32
        | RtFn::F64ToU64 => Ok(false),
        RtFn::PowI64
        | RtFn::PyFloorDiv
        | RtFn::PyMod
        | RtFn::PyTrueDiv
        | RtFn::PyFloorDivF64
        | RtFn::PyModF64
        | RtFn::PyFloatToInt => Ok(true),
        other => Err(format!(
            "runtime function {} cannot run on the device",
            other.symbol()
        )),
    }
}

struct KernelRender<'k> {
    k: &'k Kernel,
    body: String,
    temps: usize,
    /// The site of each raising call, in evaluation order.
    sites: Vec<Option<DataId>>,
}

const IND: &str = "        ";

impl KernelRender<'_> {
    fn temp(&mut self, ty: Ty, value: String) -> Result<String, String> {
        let name = format!("t{}", self.temps);
        self.temps += 1;
        writeln!(self.body, "{IND}const {} {name} = {value};", c_type(ty)?).unwrap();
        Ok(name)
    }

    /// Renders `e` (operands left to right, depth first: the CPU's evaluation order), emitting a
    /// temporary per operation; returns a C expression and its machine type.
    fn expr(&mut self, e: &Expr) -> Result<(String, Ty), String> {
        match e {
            Expr::I64(v) => Ok((int_lit(*v), Ty::I64)),
            Expr::F64(x) => Ok((f64_lit(*x), Ty::F64)),
            Expr::Input(j) => {
                let a = self
                    .k
                    .arrays
                    .get(*j)
                    .ok_or_else(|| format!("operand {j} out of range"))?;
                Ok((format!("x{j}"), machine(a.dtype)))
            }
            Expr::Param(p) => {
                let t = *self
                    .k
                    .scalars
                    .get(*p)
                    .ok_or_else(|| format!("scalar {p} out of range"))?;
                c_type(t)?;
                Ok((format!("p{p}"), t))
            }
            Expr::Iota(d) if *d < self.k.domain.len() => Ok((format!("i{d}"), Ty::I64)),
            Expr::Iota(d) => Err(format!("domain axis {d} out of range")),
            Expr::Op(op, args) => {
                let mut vs = Vec::new();
                let mut ts = Vec::new();
                for a in args {
                    let (v, t) = self.expr(a)?;
                    vs.push(v);
                    ts.push(t);
                }
                let (v, t) = render_op(*op, &vs, &ts)?;
                Ok((self.temp(t, v)?, t))
            }
            Expr::Call(f, args) => {
                let raises = device_fn(*f)?;
                let params = f.params();
                let ret = f
                    .ret()
                    .ok_or_else(|| format!("{} returns nothing", f.symbol()))?;
                if args.len() != params.len() {
                    return Err(format!("{} takes {} arguments", f.symbol(), params.len()));
                }
                let n_values = params.len() - raises as usize;
                let mut vs = Vec::new();
                for (a, &pt) in args[..n_values].iter().zip(params) {
                    let (v, t) = self.expr(a)?;
                    if t != pt {
                        return Err(format!("{} given {t:?} for {pt:?}", f.symbol()));
                    }
                    vs.push(v);
                }
                if raises {
                    let site = match &args[n_values] {
                        Expr::Data(id) => Some(*id),
                        Expr::I64(0) => None,
                        other => return Err(format!("{}: unsupported site {other}", f.symbol())),
                    };
                    let call = self.sites.len();
                    if call > u16::MAX as usize {
                        return Err("too many raising calls in one kernel".into());
                    }
                    self.sites.push(site);
                    vs.push(format!("arrc_err_key(i, {call})"));
                }
                let v = format!("{}({})", f.symbol(), vs.join(", "));
                Ok((self.temp(ret, v)?, ret))
            }
            // GPU kernels record no warning flags (lang-spec/errors.md).
            Expr::Checked { value, .. } => self.expr(value),
            Expr::Var(_)
            | Expr::Load { .. }
            | Expr::Stride { .. }
            | Expr::Data(_)
            | Expr::CallFunction(..)
            | Expr::PyIntExact { .. } => Err(format!("`{e}` cannot appear in a kernel's value")),
        }
    }
}

/// Whether `e` contains the leaf `leaf` (an `Input` or an `Iota`).
fn uses(e: &Expr, leaf: &Expr) -> bool {
    match e {
        Expr::Op(_, args) | Expr::Call(_, args) => args.iter().any(|a| uses(a, leaf)),
        Expr::Checked { value, .. } => uses(value, leaf),
        _ => e == leaf,
    }
}

/// The `__global__` function alone, and its raising calls' sites.
fn render_kernel_fn(k: &Kernel, name: &str) -> Result<(String, Vec<Option<DataId>>), String> {
    if !is_ident(name) {
        return Err(format!("'{name}' is not a C identifier"));
    }
    let nd = k.domain.len();
    if k.out >= k.arrays.len() {
        return Err(format!("output operand {} out of range", k.out));
    }
    for (j, a) in k.arrays.iter().enumerate() {
        if a.broadcast.len() != nd || a.ndim > nd {
            return Err(format!("operand {j} does not fit the {nd}-d domain"));
        }
    }
    let out_dtype = k.arrays[k.out].dtype;
    if k.arrays[k.out].broadcast.iter().any(|&b| b) {
        return Err("the output operand is broadcast".into());
    }

    // Header comment and signature.
    let mut s = String::new();
    let arrays: Vec<String> = k
        .arrays
        .iter()
        .enumerate()
        .map(|(j, a)| {
            let b: String = a
                .broadcast
                .iter()
                .map(|&b| if b { 'b' } else { '.' })
                .collect();
            let out = if j == k.out { "out " } else { "" };
            format!("{out}a{j}: {}[{b}]", a.dtype.name())
        })
        .collect();
    writeln!(s, "// domain {:?}; {}", k.domain, arrays.join(", ")).unwrap();
    writeln!(s, "// value: {}", k.value).unwrap();
    let mut params = Vec::new();
    for p in kernel_params(k) {
        params.push(match p {
            KernelParam::Data { array, dtype } => {
                let cst = if array == k.out { "" } else { "const " };
                format!("{cst}{}* a{array}", elem_type(dtype))
            }
            KernelParam::Stride { array, axis } => format!("long long s{array}_{axis}"),
            KernelParam::Scalar { index, ty } => format!("{} p{index}", c_type(ty)?),
            KernelParam::Len => "long long n".to_string(),
        });
    }

    let mut r = KernelRender {
        k,
        body: String::new(),
        temps: 0,
        sites: Vec::new(),
    };
    let (value, vty) = r.expr(&k.value)?;
    if vty != machine(out_dtype) {
        return Err(format!(
            "the value is {vty:?}, the output is {}",
            out_dtype.name()
        ));
    }
    for (call, site) in r.sites.iter().enumerate() {
        match site {
            Some(id) => writeln!(s, "// raising call {call}: site data{}", id.0).unwrap(),
            None => writeln!(s, "// raising call {call}: no site").unwrap(),
        }
    }
    writeln!(s, "extern \"C\" __global__ void {name}(").unwrap();
    writeln!(s, "    {})", params.join(",\n    ")).unwrap();
    s.push_str("{\n");
    if k.domain.contains(&0) {
        // An empty domain: nothing to do (and no division by a zero extent).
        s.push_str("}\n");
        return Ok((s, r.sites));
    }

    s.push_str("    for (long long i = (long long)blockIdx.x * blockDim.x + threadIdx.x; i < n;\n");
    s.push_str("         i += (long long)gridDim.x * blockDim.x) {\n");
    s.push_str(&multi_index(k, false));
    // Offsets, then each used operand's element. (An operand may go unused: `np.isnan` of an
    // int array is all False.)
    for (j, a) in k.arrays.iter().enumerate() {
        if j != k.out && !uses(&k.value, &Expr::Input(j)) {
            continue;
        }
        let terms: Vec<String> = (0..nd)
            .filter(|&d| !a.broadcast[d] && k.domain[d] > 1)
            .map(|d| format!("i{d} * s{j}_{d}"))
            .collect();
        let off = if terms.is_empty() {
            "0".to_string()
        } else {
            terms.join(" + ")
        };
        writeln!(s, "{IND}const long long o{j} = {off};").unwrap();
    }
    for (j, a) in k.arrays.iter().enumerate() {
        if !uses(&k.value, &Expr::Input(j)) {
            continue;
        }
        writeln!(
            s,
            "{IND}const {} x{j} = {};",
            c_type(machine(a.dtype))?,
            widen(a.dtype, &format!("a{j}[o{j}]"))
        )
        .unwrap();
    }
    s.push_str(&r.body);
    let o = k.out;
    let store = narrow(out_dtype, &value);
    writeln!(s, "{IND}a{o}[o{o}] = {store};").unwrap();
    s.push_str("    }\n}\n");
    if let Some(kinds) = flat_operands(k) {
        let needs_i = !r.sites.is_empty(); // the error keys name the element
        s.push_str(&render_flat_variant(
            k, name, &params, &kinds, &r.body, &store, needs_i,
        )?);
    }
    Ok((s, r.sites))
}

/// The multi-index `i0 … i{nd-1}` of the flat index `i`, innermost axis first; extent-1 axes
/// are 0 (declared only when the value reads them), the outermost needs no division
/// (i < n). With `only_iota`, only what the value's `Iota`s need.
fn multi_index(k: &Kernel, only_iota: bool) -> String {
    let mut s = String::new();
    let nd = k.domain.len();
    if only_iota && !(0..nd).any(|d| uses(&k.value, &Expr::Iota(d))) {
        return s;
    }
    let outer = k.domain.iter().position(|&e| e > 1);
    if outer.is_some_and(|o| k.domain[o + 1..].iter().any(|&e| e > 1)) {
        writeln!(s, "{IND}unsigned long long r = (unsigned long long)i;").unwrap();
    }
    for d in (0..nd).rev() {
        let e = k.domain[d];
        if e == 1 {
            if uses(&k.value, &Expr::Iota(d)) {
                writeln!(s, "{IND}const long long i{d} = 0;").unwrap();
            }
        } else if Some(d) == outer {
            let src = if k.domain[d + 1..].iter().any(|&e| e > 1) {
                "(long long)r"
            } else {
                "i"
            };
            writeln!(s, "{IND}const long long i{d} = {src};").unwrap();
        } else {
            writeln!(
                s,
                "{IND}const long long i{d} = (long long)(r % {e}ULL); r /= {e}ULL;"
            )
            .unwrap();
        }
    }
    if only_iota {
        // The division chain declares every axis of extent > 1; the value may read only some.
        for d in (0..nd).filter(|&d| k.domain[d] > 1 && !uses(&k.value, &Expr::Iota(d))) {
            writeln!(s, "{IND}(void)i{d};").unwrap();
        }
    }
    s
}

/// An element of dtype `d` read as its machine type (bools widen to 0/1).
fn widen(d: DType, load: &str) -> String {
    match d {
        DType::F64 | DType::F32 | DType::I64 => load.to_string(),
        _ => format!("(long long){load}"),
    }
}

/// A machine value stored as dtype `d`.
fn narrow(d: DType, value: &str) -> String {
    match d {
        DType::Bool => format!("(unsigned char)({value})"),
        DType::I32 => format!("(int)({value})"),
        DType::U8 => format!("(unsigned char)({value})"),
        DType::I8 => format!("(signed char)({value})"),
        DType::U16 => format!("(unsigned short)({value})"),
        DType::I16 => format!("(short)({value})"),
        DType::U32 => format!("(unsigned int)({value})"),
        DType::U64 => format!("(unsigned long long)({value})"),
        _ => value.to_string(),
    }
}

/// How an operand is read by the flat variant of a kernel.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FlatOperand {
    /// Element `i` of a C-contiguous run of the domain's size.
    Flat,
    /// Broadcast along every axis of extent > 1: its one element.
    Scalar,
}

/// Per operand of `k`, how a flat variant reads it; `None` when some operand is broadcast along
/// only some axes (no flat variant). An operand of fewer axes is broadcast along the leading
/// ones. The runtime classifies operands by the same rule (`gpu::flat_ok`) and launches the
/// variant only when every `Flat` operand is C-contiguous and 16-byte aligned on the device.
pub fn flat_operands(k: &Kernel) -> Option<Vec<FlatOperand>> {
    let nd = k.domain.len();
    let kinds: Vec<FlatOperand> = k
        .arrays
        .iter()
        .map(|a| {
            let live: Vec<bool> = (0..nd)
                .filter(|&d| k.domain[d] > 1)
                .map(|d| d + a.ndim < nd || a.broadcast[d])
                .collect();
            if live.iter().all(|&b| b) && !live.is_empty() {
                Some(FlatOperand::Scalar)
            } else if live.iter().all(|&b| !b) {
                Some(FlatOperand::Flat)
            } else {
                None
            }
        })
        .collect::<Option<_>>()?;
    (kinds[k.out] == FlatOperand::Flat).then_some(kinds)
}

/// The kernel's flat variant `NAME_flat` (same parameters; the strides go unused): each thread
/// takes groups of 4 consecutive elements with 16-byte vector loads and stores
/// (`arrc_load4`/`arrc_store4`), then the last `n % 4` elements one at a time. For
/// bandwidth: the general kernel's scalar 4-byte accesses reach about 70% of a device copy.
fn render_flat_variant(
    k: &Kernel,
    name: &str,
    params: &[String],
    kinds: &[FlatOperand],
    body: &str,
    store: &str,
    needs_i: bool,
) -> Result<String, String> {
    let mut s = String::new();
    let o = k.out;
    let out_ty = elem_type(k.arrays[o].dtype);
    writeln!(s, "extern \"C\" __global__ void {name}_flat(").unwrap();
    writeln!(s, "    {})", params.join(",\n    ")).unwrap();
    s.push_str("{\n");
    s.push_str("    const long long groups = n / 4;\n");
    s.push_str("    const long long step = (long long)gridDim.x * blockDim.x;\n");
    s.push_str(
        "    for (long long g = (long long)blockIdx.x * blockDim.x + threadIdx.x; g < groups;\n",
    );
    s.push_str("         g += step) {\n");
    let used: Vec<usize> = (0..k.arrays.len())
        .filter(|&j| uses(&k.value, &Expr::Input(j)))
        .collect();
    for &j in &used {
        let a = &k.arrays[j];
        if kinds[j] == FlatOperand::Flat {
            writeln!(s, "{IND}{} v{j}[4];", elem_type(a.dtype)).unwrap();
            writeln!(s, "{IND}arrc_load4(a{j}, g, v{j});").unwrap();
        }
    }
    writeln!(s, "{IND}{out_ty} res[4];").unwrap();
    writeln!(s, "#pragma unroll").unwrap();
    writeln!(s, "{IND}for (int e = 0; e < 4; e++) {{").unwrap();
    let index = multi_index(k, true);
    if needs_i || !index.is_empty() {
        writeln!(s, "{IND}const long long i = 4 * g + e;").unwrap();
        if !needs_i {
            writeln!(s, "{IND}(void)i;").unwrap(); // the index of an extent-1 axis is 0
        }
    }
    s.push_str(&index);
    // Each used operand's element `x{j}`: a whole one's from `whole(j)`, a broadcast one's
    // single element.
    let elements = |s: &mut String, whole: &dyn Fn(usize) -> String| -> Result<(), String> {
        for &j in &used {
            let a = &k.arrays[j];
            let src = match kinds[j] {
                FlatOperand::Flat => whole(j),
                FlatOperand::Scalar => format!("a{j}[0]"),
            };
            let ty = c_type(machine(a.dtype))?;
            writeln!(s, "{IND}const {ty} x{j} = {};", widen(a.dtype, &src)).unwrap();
        }
        Ok(())
    };
    elements(&mut s, &|j| format!("v{j}[e]"))?;
    s.push_str(body);
    writeln!(s, "{IND}res[e] = {store};").unwrap();
    writeln!(s, "{IND}}}").unwrap();
    writeln!(s, "{IND}arrc_store4(a{o}, g, res);").unwrap();
    s.push_str("    }\n");
    // The tail.
    s.push_str(
        "    for (long long i = 4 * groups + (long long)blockIdx.x * blockDim.x + threadIdx.x;\n",
    );
    s.push_str("         i < n; i += step) {\n");
    s.push_str(&multi_index(k, true));
    elements(&mut s, &|j| format!("a{j}[i]"))?;
    s.push_str(body);
    writeln!(s, "{IND}a{o}[i] = {store};").unwrap();
    s.push_str("    }\n}\n");
    Ok(s)
}

/// The definitions every translation unit starts with: the error variable and the device
/// helpers, ported from `runtime/src/abi.rs` (same names as the runtime's symbols).
fn prelude() -> String {
    let mut codes = String::new();
    for (i, (name, msg)) in DEVICE_ERRORS.iter().enumerate() {
        writeln!(codes, "    {name} = {}, // {msg}", i + 1).unwrap();
    }
    PRELUDE.replace("@ERROR_CODES@\n", &codes)
}

const PRELUDE: &str = r#"// Generated by arrc (compiler/src/cuda.rs). Compile with NVRTC:
//   --gpu-architecture=compute_90 --fmad=false --ftz=false --prec-div=true --prec-sqrt=true
// Kernel parameters: per array operand its data pointer and its element strides along each
// domain axis, then the scalar operands, then n (the domain's size).

// 0, or ~(i << 24 | call << 8 | code) of the first run-time error (smallest element index i,
// then first raising call in evaluation order). The host reads it after a launch and resets it.
extern "C" {
__device__ unsigned long long arrc_device_error;
}

enum arrc_error_code {
@ERROR_CODES@
};

__device__ __forceinline__ unsigned long long arrc_err_key(long long i, unsigned call)
{
    return ((unsigned long long)i << 24) | ((unsigned long long)call << 8);
}

__device__ inline void arrc_device_raise(unsigned long long key, unsigned code)
{
    atomicMax(&arrc_device_error, ~(key | code));
}

// Wrapping int64 arithmetic (through unsigned: no signed-overflow UB).
__device__ __forceinline__ long long arrc_iadd(long long a, long long b)
{
    return (long long)((unsigned long long)a + (unsigned long long)b);
}
__device__ __forceinline__ long long arrc_isub(long long a, long long b)
{
    return (long long)((unsigned long long)a - (unsigned long long)b);
}
__device__ __forceinline__ long long arrc_imul(long long a, long long b)
{
    return (long long)((unsigned long long)a * (unsigned long long)b);
}
__device__ __forceinline__ long long arrc_ineg(long long a)
{
    return (long long)(0ULL - (unsigned long long)a);
}
__device__ __forceinline__ long long arrc_iabs(long long a)
{
    return a < 0 ? arrc_ineg(a) : a;
}

// Sign-bit negation and absolute value (as Cranelift's fneg/fabs, NaNs included).
__device__ __forceinline__ double arrc_fneg(double x)
{
    return __longlong_as_double(__double_as_longlong(x) ^ (-9223372036854775807LL - 1LL));
}
__device__ __forceinline__ float arrc_fneg(float x)
{
    return __uint_as_float(__float_as_uint(x) ^ 0x80000000u);
}
__device__ __forceinline__ double arrc_fabs(double x)
{
    return __longlong_as_double(__double_as_longlong(x) & 0x7fffffffffffffffLL);
}
__device__ __forceinline__ float arrc_fabs(float x)
{
    return __uint_as_float(__float_as_uint(x) & 0x7fffffffu);
}

// NumPy's float -> int64 cast as x86-64 does it: truncation; NaN and out of range give INT64_MIN.
__device__ __forceinline__ long long arrc_ftoi(double x)
{
    return (x >= -9223372036854775808.0 && x < 9223372036854775808.0)
        ? __double2ll_rz(x) : (-9223372036854775807LL - 1LL);
}
__device__ __forceinline__ long long arrc_ftoi(float x)
{
    return (x >= -9223372036854775808.0f && x < 9223372036854775808.0f)
        ? __float2ll_rz(x) : (-9223372036854775807LL - 1LL);
}
// The float -> int32 cast: NaN and out of range give INT32_MIN (sign-extended).
__device__ __forceinline__ long long arrc_ftoi32(double x)
{
    return (x >= -2147483648.0 && x < 2147483648.0) ? __double2ll_rz(x) : -2147483648LL;
}
__device__ __forceinline__ long long arrc_ftoi32(float x)
{
    return (x >= -2147483648.0f && x < 2147483648.0f) ? __float2ll_rz(x) : -2147483648LL;
}

// exp and pow: the CPU calls glibc (exp/expf/pow/powf, < 1 ulp); CUDA's are within 1-2 ulp,
// so the last bit can differ in rare cases. Only kernels on tensors the script placed on a
// CUDA device run these (NumPy work goes to the GPU only when bit-exact), and float32 uses
// CUDA's float functions (expf, powf…) as torch's own CUDA kernels do: going through double
// costs the fused chain benchmark about a third of its bandwidth.
__device__ inline double arrc_exp(double x)
{
    return exp(x);
}
__device__ inline float arrc_exp_f32(float x)
{
    return expf(x);
}
__device__ inline double arrc_pow_f64(double x, double y)
{
    return pow(x, y);
}
__device__ inline float arrc_pow_f32(float x, float y)
{
    return powf(x, y);
}

// NumPy's float functions (np.log, np.sin, ...): the CPU calls glibc in the operand's type
// (< 1 ulp); CUDA's versions are within 1-2 ulp, so the last bit can differ in rare cases.
// float32 uses CUDA's float versions, as arrc_exp_f32 does.
#define ARRC_LIBM(name, fn) \
    __device__ inline double name(double x) { return fn(x); } \
    __device__ inline float name##_f32(float x) { return fn##f(x); }
ARRC_LIBM(arrc_log, log)
ARRC_LIBM(arrc_log2, log2)
ARRC_LIBM(arrc_log10, log10)
ARRC_LIBM(arrc_log1p, log1p)
ARRC_LIBM(arrc_expm1, expm1)
ARRC_LIBM(arrc_sin, sin)
ARRC_LIBM(arrc_cos, cos)
ARRC_LIBM(arrc_tan, tan)
ARRC_LIBM(arrc_tanh, tanh)
ARRC_LIBM(arrc_asin, asin)
ARRC_LIBM(arrc_acos, acos)
ARRC_LIBM(arrc_atan, atan)
ARRC_LIBM(arrc_exp2, exp2)
ARRC_LIBM(arrc_sinh, sinh)
ARRC_LIBM(arrc_cosh, cosh)
ARRC_LIBM(arrc_asinh, asinh)
ARRC_LIBM(arrc_acosh, acosh)
ARRC_LIBM(arrc_atanh, atanh)
ARRC_LIBM(arrc_cbrt, cbrt)
#undef ARRC_LIBM
// npy_deg2rad / npy_rad2deg: x times the constant computed in the operand's type.
__device__ inline double arrc_deg2rad(double x) { return x * (3.141592653589793238462643383279502884 / 180.0); }
__device__ inline float arrc_deg2rad_f32(float x) { return x * (3.141592653589793238462643383279502884f / 180.0f); }
__device__ inline double arrc_rad2deg(double x) { return x * (180.0 / 3.141592653589793238462643383279502884); }
__device__ inline float arrc_rad2deg_f32(float x) { return x * (180.0f / 3.141592653589793238462643383279502884f); }
__device__ inline double arrc_c_hypot(double x, double y) { return hypot(x, y); }
__device__ inline float arrc_c_hypot_f32(float x, float y) { return hypotf(x, y); }
__device__ inline double arrc_copysign(double x, double y) { return copysign(x, y); }
__device__ inline float arrc_copysign_f32(float x, float y) { return copysignf(x, y); }
// npy_logaddexp / npy_logaddexp2 (NumPy's npy_math_internal.h.src).
__device__ inline double arrc_logaddexp(double x, double y)
{
    if (x == y) return x + 0.693147180559945309417232121458176568;
    double tmp = x - y;
    if (tmp > 0) return x + log1p(exp(-tmp));
    if (tmp <= 0) return y + log1p(exp(tmp));
    return tmp;
}
__device__ inline float arrc_logaddexp_f32(float x, float y)
{
    if (x == y) return x + 0.693147180559945309417232121458176568f;
    float tmp = x - y;
    if (tmp > 0) return x + log1pf(expf(-tmp));
    if (tmp <= 0) return y + log1pf(expf(tmp));
    return tmp;
}
__device__ inline double arrc_logaddexp2(double x, double y)
{
    if (x == y) return x + 1;
    double tmp = x - y;
    if (tmp > 0) return x + 1.442695040888963407359924681001892137 * log1p(exp2(-tmp));
    if (tmp <= 0) return y + 1.442695040888963407359924681001892137 * log1p(exp2(tmp));
    return tmp;
}
__device__ inline float arrc_logaddexp2_f32(float x, float y)
{
    if (x == y) return x + 1;
    float tmp = x - y;
    if (tmp > 0) return x + 1.442695040888963407359924681001892137f * log1pf(exp2f(-tmp));
    if (tmp <= 0) return y + 1.442695040888963407359924681001892137f * log1pf(exp2f(tmp));
    return tmp;
}
__device__ inline double arrc_atan2(double y, double x)
{
    return atan2(y, x);
}
__device__ inline float arrc_atan2_f32(float y, float x)
{
    return atan2f(y, x);
}

// Four consecutive elements (group g) in 16-byte accesses, for the flat kernel variants; the
// host launches those only when every pointer is 16-byte aligned.
__device__ __forceinline__ void arrc_load4(const float* p, long long g, float v[4])
{
    const float4 q = reinterpret_cast<const float4*>(p)[g];
    v[0] = q.x; v[1] = q.y; v[2] = q.z; v[3] = q.w;
}
__device__ __forceinline__ void arrc_store4(float* p, long long g, const float v[4])
{
    reinterpret_cast<float4*>(p)[g] = make_float4(v[0], v[1], v[2], v[3]);
}
__device__ __forceinline__ void arrc_load4(const double* p, long long g, double v[4])
{
    const double2 q = reinterpret_cast<const double2*>(p)[2 * g];
    const double2 r = reinterpret_cast<const double2*>(p)[2 * g + 1];
    v[0] = q.x; v[1] = q.y; v[2] = r.x; v[3] = r.y;
}
__device__ __forceinline__ void arrc_store4(double* p, long long g, const double v[4])
{
    reinterpret_cast<double2*>(p)[2 * g] = make_double2(v[0], v[1]);
    reinterpret_cast<double2*>(p)[2 * g + 1] = make_double2(v[2], v[3]);
}
__device__ __forceinline__ void arrc_load4(const long long* p, long long g, long long v[4])
{
    const longlong2 q = reinterpret_cast<const longlong2*>(p)[2 * g];
    const longlong2 r = reinterpret_cast<const longlong2*>(p)[2 * g + 1];
    v[0] = q.x; v[1] = q.y; v[2] = r.x; v[3] = r.y;
}
__device__ __forceinline__ void arrc_store4(long long* p, long long g, const long long v[4])
{
    reinterpret_cast<longlong2*>(p)[2 * g] = make_longlong2(v[0], v[1]);
    reinterpret_cast<longlong2*>(p)[2 * g + 1] = make_longlong2(v[2], v[3]);
}
__device__ __forceinline__ void arrc_load4(const int* p, long long g, int v[4])
{
    const int4 q = reinterpret_cast<const int4*>(p)[g];
    v[0] = q.x; v[1] = q.y; v[2] = q.z; v[3] = q.w;
}
__device__ __forceinline__ void arrc_store4(int* p, long long g, const int v[4])
{
    reinterpret_cast<int4*>(p)[g] = make_int4(v[0], v[1], v[2], v[3]);
}
__device__ __forceinline__ void arrc_load4(const unsigned char* p, long long g, unsigned char v[4])
{
    const uchar4 q = reinterpret_cast<const uchar4*>(p)[g];
    v[0] = q.x; v[1] = q.y; v[2] = q.z; v[3] = q.w;
}
__device__ __forceinline__ void arrc_store4(unsigned char* p, long long g, const unsigned char v[4])
{
    reinterpret_cast<uchar4*>(p)[g] = make_uchar4(v[0], v[1], v[2], v[3]);
}

// NumPy's maximum/minimum (NaN-propagating; of equal operands the second), sign, and float
// classification, as codegen::translate_ufunc_op computes them.
template <typename T> __device__ __forceinline__ T arrc_fmax(T a, T b)
{
    return (a > b || a != a) ? a : b;
}
template <typename T> __device__ __forceinline__ T arrc_fmin(T a, T b)
{
    return (a < b || a != a) ? a : b;
}
__device__ __forceinline__ long long arrc_imax(long long a, long long b)
{
    return a > b ? a : b;
}
__device__ __forceinline__ long long arrc_imin(long long a, long long b)
{
    return a < b ? a : b;
}
template <typename T> __device__ __forceinline__ T arrc_fsign(T x)
{
    return x > (T)0 ? (T)1 : (x < (T)0 ? (T)-1 : (x == (T)0 ? (T)0 : x));
}
__device__ __forceinline__ long long arrc_isign(long long x)
{
    return (long long)(x > 0) - (long long)(x < 0);
}
template <typename T> __device__ __forceinline__ long long arrc_isnan(T x)
{
    return (long long)(x != x);
}
__device__ __forceinline__ long long arrc_isinf(double x)
{
    return (long long)(arrc_fabs(x) == __longlong_as_double(0x7ff0000000000000LL));
}
__device__ __forceinline__ long long arrc_isinf(float x)
{
    return (long long)(arrc_fabs(x) == __int_as_float(0x7f800000));
}
__device__ __forceinline__ long long arrc_isfinite(double x)
{
    return (long long)(arrc_fabs(x) < __longlong_as_double(0x7ff0000000000000LL));
}
__device__ __forceinline__ long long arrc_isfinite(float x)
{
    return (long long)(arrc_fabs(x) < __int_as_float(0x7f800000));
}

// int ** int: wraps; a negative exponent is NumPy's ValueError.
__device__ inline long long arrc_pow_i64(long long base, long long e, unsigned long long err)
{
    if (e < 0) {
        arrc_device_raise(err, ARRC_ERR_NEGATIVE_POWER);
        return 0;
    }
    unsigned long long b = (unsigned long long)base, x = (unsigned long long)e, r = 1;
    while (x > 0) {
        if (x & 1) {
            r *= b;
        }
        b *= b;
        x >>= 1;
    }
    return (long long)r;
}

// NumPy's left_shift/right_shift in the integer dtype of code `dt` (runtime/src/abi/ints.rs):
// counts of the width or more give 0 (-1 for a negative value shifted right); unsigned right
// shifts are logical; the result is wrapped to the dtype, as a normalised machine value.
__device__ inline long long arrc_int_shift(long long x, long long n, long long dt, long long left)
{
    int bits = (dt == 5 || dt == 9 || dt == 0) ? 8 : (dt == 6 || dt == 10) ? 16
        : (dt == 4 || dt == 7) ? 32 : 64;
    bool sgn = !(dt == 5 || dt == 6 || dt == 7 || dt == 8);
    bool in_range = (unsigned long long)n < (unsigned long long)bits;
    unsigned long long mask = bits == 64 ? ~0ULL : ((1ULL << bits) - 1ULL);
    if (left) {
        if (!in_range) {
            return 0;
        }
        unsigned long long r = ((unsigned long long)x << n) & mask;
        if (sgn && bits < 64 && (r >> (bits - 1)) != 0) {
            return (long long)(r | ~mask);
        }
        return (long long)r;
    }
    if (!sgn) {
        return in_range ? (long long)(((unsigned long long)x & mask) >> n) : 0;
    }
    return in_range ? (x >> n) : (x >> 63);
}

__device__ inline double arrc_u64_to_f64(long long v) { return (double)(unsigned long long)v; }
__device__ inline float arrc_u64_to_f32(long long v) { return (float)(unsigned long long)v; }
__device__ inline long long arrc_f64_to_u64(double v)
{
    if (v >= 9223372036854775807.0 && v < 18446744073709551616.0) {
        return (long long)(unsigned long long)v;
    }
    if (v != v || v >= 9223372036854775807.0 || v < -9223372036854775808.0) {
        return (-9223372036854775807LL - 1LL);
    }
    return (long long)v;
}

// NumPy's integer floor division: by zero gives 0.
__device__ inline long long arrc_floordiv_i64(long long a, long long b)
{
    if (b == 0) {
        return 0;
    }
    if (a == (-9223372036854775807LL - 1LL) && b == -1) {
        return a;
    }
    long long q = a / b;
    return ((a % b != 0) && ((a < 0) != (b < 0))) ? q - 1 : q;
}

// NumPy's integer remainder: the sign of the divisor; by zero gives 0.
__device__ inline long long arrc_mod_i64(long long a, long long b)
{
    if (b == 0 || b == -1) {
        return 0;
    }
    long long r = a % b;
    return (r != 0 && ((r < 0) != (b < 0))) ? r + b : r;
}

// npy_divmod's floor quotient and remainder.
__device__ inline double arrc_floordiv_f64(double a, double b)
{
    if (b == 0.0) {
        return __ddiv_rn(a, b);
    }
    double m = fmod(a, b);
    double div = __ddiv_rn(__dsub_rn(a, m), b);
    if (m != 0.0 && ((b < 0.0) != (m < 0.0))) {
        div = __dsub_rn(div, 1.0);
    }
    if (div != 0.0) {
        double fl = floor(div);
        if (__dsub_rn(div, fl) > 0.5) {
            fl = __dadd_rn(fl, 1.0);
        }
        return fl;
    }
    return copysign(0.0, __ddiv_rn(a, b));
}
__device__ inline double arrc_mod_f64(double a, double b)
{
    if (b == 0.0) {
        return fmod(a, b);
    }
    double m = fmod(a, b);
    if (m != 0.0) {
        if ((b < 0.0) != (m < 0.0)) {
            m = __dadd_rn(m, b);
        }
    } else {
        m = copysign(0.0, b);
    }
    return m;
}
__device__ inline float arrc_floordiv_f32(float a, float b)
{
    if (b == 0.0f) {
        return __fdiv_rn(a, b);
    }
    float m = fmodf(a, b);
    float div = __fdiv_rn(__fsub_rn(a, m), b);
    if (m != 0.0f && ((b < 0.0f) != (m < 0.0f))) {
        div = __fsub_rn(div, 1.0f);
    }
    if (div != 0.0f) {
        float fl = floorf(div);
        if (__fsub_rn(div, fl) > 0.5f) {
            fl = __fadd_rn(fl, 1.0f);
        }
        return fl;
    }
    return copysignf(0.0f, __fdiv_rn(a, b));
}
__device__ inline float arrc_mod_f32(float a, float b)
{
    if (b == 0.0f) {
        return fmodf(a, b);
    }
    float m = fmodf(a, b);
    if (m != 0.0f) {
        if ((b < 0.0f) != (m < 0.0f)) {
            m = __fadd_rn(m, b);
        }
    } else {
        m = copysignf(0.0f, b);
    }
    return m;
}

// Python's scalar semantics: errors on division by zero.
__device__ inline long long arrc_py_floordiv(long long a, long long b, unsigned long long err)
{
    if (b == 0) {
        arrc_device_raise(err, ARRC_ERR_INT_FLOORDIV_ZERO);
        return 0;
    }
    return arrc_floordiv_i64(a, b);
}
__device__ inline long long arrc_py_mod(long long a, long long b, unsigned long long err)
{
    if (b == 0) {
        arrc_device_raise(err, ARRC_ERR_INT_MOD_ZERO);
        return 0;
    }
    return arrc_mod_i64(a, b);
}
__device__ inline double arrc_py_truediv(double a, double b, long long int_operands,
                                         unsigned long long err)
{
    if (b == 0.0) {
        arrc_device_raise(err, int_operands != 0 ? ARRC_ERR_INT_TRUEDIV_ZERO
                                                 : ARRC_ERR_FLOAT_TRUEDIV_ZERO);
        return 0.0;
    }
    return __ddiv_rn(a, b);
}
__device__ inline double arrc_py_floordiv_f64(double a, double b, unsigned long long err)
{
    if (b == 0.0) {
        arrc_device_raise(err, ARRC_ERR_FLOAT_FLOORDIV_ZERO);
        return 0.0;
    }
    return arrc_floordiv_f64(a, b);
}
__device__ inline double arrc_py_mod_f64(double a, double b, unsigned long long err)
{
    if (b == 0.0) {
        arrc_device_raise(err, ARRC_ERR_FLOAT_MOD_ZERO);
        return 0.0;
    }
    return arrc_mod_f64(a, b);
}
// Python's int(x): errors on NaN and infinity; otherwise Rust's saturating `as`.
__device__ inline long long arrc_py_float_to_int(double x, unsigned long long err)
{
    if (x != x) {
        arrc_device_raise(err, ARRC_ERR_FLOAT_NAN_TO_INT);
        return 0;
    }
    if (arrc_fabs(x) == __longlong_as_double(0x7ff0000000000000LL)) {
        arrc_device_raise(err, ARRC_ERR_FLOAT_INF_TO_INT);
        return 0;
    }
    if (x >= 9223372036854775808.0) {
        return 9223372036854775807LL;
    }
    if (x < -9223372036854775808.0) {
        return -9223372036854775807LL - 1LL;
    }
    return __double2ll_rz(x);
}
"#;
