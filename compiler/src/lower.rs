//! Lowering: typed HIR → LIR. Decides representation (machine types, reference counts,
//! temporaries), fuses each elementwise expression tree into one kernel, and makes every
//! run-time check explicit.
//!
//! Ownership: evaluating an object expression yields a pointer and whether this code owns a
//! reference to it. Locals own their values; an owned temporary is released right after its
//! last use, so a loop that rebinds arrays runs in constant memory.

use crate::hir::{
    self, AxisOp, EwOp, ExprKind as H, MathFn, RandomKind, ReduceOp, StmtKind as HS, ViewOp,
};
use crate::lir::{self, DataId, Expr, KernelArray, Op, Stmt, Var};
use crate::rtabi::RtFn;
use crate::source::{PyExc, SourceFile, Span};
use crate::syntax::ast::CmpOp;
use crate::types::{dims_of, ArrTy, DType, Device, Dim, Ty};
use std::collections::HashMap;

mod api_index;
mod complex;
mod einsum;
mod interp;
mod ints;
mod lists;
mod random;
mod scalars;
mod warn;

/// Lowers a checked program.
/// `device_mode` is the runtime's `--device` code (auto 0, cpu 1, cuda 2).
/// `gpu_kernels`: whether the GPU backend's kernels and hooks go in (when anything could use
/// them, `may_use_gpu`), as the program could meet a GPU.
/// `prologue` (each local's starting value, a `Set` of a constant) then `rest`, with each
/// `Set` moved down to just before the first statement of `rest` that mentions its variable
/// (dropped if none does). A local's life then starts where the script first binds it, so
/// codegen can give locals that are never live together one Cranelift variable
/// (`codegen::vars`); a script rebinding names to ever new types would otherwise keep
/// thousands live from the first statement on.
fn sink_initial_sets(prologue: Vec<Stmt>, rest: Vec<Stmt>, nvars: usize) -> Vec<Stmt> {
    let mut pending: Vec<Vec<Stmt>> = vec![Vec::new(); nvars];
    let mut out = Vec::with_capacity(prologue.len() + rest.len());
    for s in prologue {
        match &s {
            Stmt::Set(v, _) => pending[v.0 as usize].push(s),
            _ => out.push(s),
        }
    }
    for s in rest {
        s.for_each_var(&mut |v| out.append(&mut pending[v.0 as usize]));
        out.push(s);
    }
    out
}

pub fn lower_program(
    program: &hir::Program,
    src: &SourceFile,
    device_mode: i64,
    gpu_kernels: bool,
) -> lir::Program {
    let mut l = Lower {
        list_element: false,
        out: lir::Program::default(),
        src,
        slots: Vec::new(),
        bound_flags: Vec::new(),
        numpy_flags: Vec::new(),
        item_flags: Vec::new(),
        minmax_flags: HashMap::new(),
        names: program.locals.iter().map(|l| l.name.clone()).collect(),
        sites: HashMap::new(),
        strings: HashMap::new(),
        frame_depth: None,
        inlined_frames: 0,
    };
    let mut body = vec![Stmt::Call(
        RtFn::SetDeviceMode,
        vec![Expr::I64(device_mode)],
    )];
    for local in &program.locals {
        let slot = l.new_slot(&local.ty);
        l.slots.push(slot);
        let flag = local.may_be_unbound.then(|| l.var(lir::Ty::I64));
        if let Some(f) = flag {
            body.push(Stmt::Set(f, Expr::I64(0)));
        }
        l.bound_flags.push(flag);
        let tracked = local.python_or_numpy;
        let numpy = (tracked && !matches!(local.ty, Ty::Tuple(_))).then(|| l.var(lir::Ty::I64));
        if let Some(f) = numpy {
            body.push(Stmt::Set(f, Expr::I64(0)));
        }
        l.numpy_flags.push(numpy);
        let items = match &local.ty {
            Ty::Tuple(_) if tracked => {
                let vars: Vec<Var> = (0..leaves(&local.ty))
                    .map(|_| l.var(lir::Ty::I64))
                    .collect();
                body.extend(vars.iter().map(|&f| Stmt::Set(f, Expr::I64(0))));
                Some(vars)
            }
            _ => None,
        };
        l.item_flags.push(items);
    }
    // Object locals start as null so the first rebinding's decref is a no-op.
    for slot in l.slots.clone() {
        l.init_slot(&slot, &mut body);
    }
    for f in &program.functions {
        l.function(f);
    }
    let prologue = body.split_off(1);
    let mut program_body = Vec::new();
    l.block(&program.body, &mut program_body);
    body.extend(sink_initial_sets(prologue, program_body, l.out.vars.len()));
    l.out.body = body;
    if gpu_kernels && device_mode != DEVICE_CPU && may_use_gpu(&l.out) {
        attach_gpu(&mut l.out);
    }
    l.out
}

/// The runtime function that writes a scalar of dtype `d`.
fn scalar_writer(d: DType) -> RtFn {
    match d {
        DType::F64 => RtFn::WriteFloat,
        DType::F32 => RtFn::WriteFloat32,
        DType::I64 => RtFn::WriteInt,
        DType::I32 => RtFn::WriteInt32,
        DType::Bool => RtFn::WriteBool,
        DType::C64 | DType::C128 => unreachable!("complex scalars are objects"),
        DType::U8 => RtFn::WriteUInt8,
        DType::U16 => RtFn::WriteUInt16,
        DType::U32 => RtFn::WriteUInt32,
        DType::U64 => RtFn::WriteUInt64,
        DType::I8 => RtFn::WriteInt8,
        DType::I16 => RtFn::WriteInt16,
    }
}

/// A `return` not yet resolved to a loop count (see `resolve_returns`).
const RETURN: usize = usize::MAX;

/// Turns each `return` placeholder of an inlined body into a break out of the loops that
/// enclose it there, `depth` of them so far, plus the call's own loop.
fn resolve_returns(stmts: &mut [Stmt], depth: usize) {
    for s in stmts {
        match s {
            Stmt::BreakOut(n) if *n == RETURN => *n = depth,
            Stmt::Loop(body) => resolve_returns(body, depth + 1),
            Stmt::If { then, orelse, .. } => {
                resolve_returns(then, depth);
                resolve_returns(orelse, depth);
            }
            _ => {}
        }
    }
}

/// The number of leaves of a value of type `ty`: a tuple's, nested tuples flattened; 1 for
/// anything else.
fn leaves(ty: &Ty) -> usize {
    match ty {
        Ty::Tuple(items) => items.iter().map(leaves).sum(),
        _ => 1,
    }
}

/// The kind flags of `ty`'s leaves as the types say: 1 for a NumPy scalar.
fn static_leaf_flags(ty: &Ty) -> Vec<Expr> {
    match ty {
        Ty::Tuple(items) => items.iter().flat_map(static_leaf_flags).collect(),
        t => vec![Expr::I64(matches!(t, Ty::NpScalar(_)) as i64)],
    }
}

/// The runtime's code for `--device cpu`.
const DEVICE_CPU: i64 = 1;

/// Prepares `p` for the GPU backend: the CUDA source of its kernels as program data, handed
/// to the runtime by the first statement, and a descriptor per kernel
/// (`arrc_runtime::gpu::meta`) that codegen passes to `arrc_gpu_launch`.
fn attach_gpu(p: &mut lir::Program) {
    use arrc_runtime::gpu::meta;
    let (source, rendered) = crate::cuda::render_available(p);
    let mut metas = Vec::new();
    for (k, ok) in p.kernels.iter().zip(&rendered) {
        let mut flags = 0;
        // Complex arrays stay on the CPU.
        if *ok && !k.arrays.iter().any(|a| a.dtype.is_complex()) {
            flags |= meta::GPU_OK;
        }
        if is_exact_on_gpu(&k.value) {
            flags |= meta::EXACT;
        }
        if k.cuda {
            flags |= meta::CUDA;
        }
        let mut words = vec![flags, k.domain.len() as i64];
        words.extend(k.domain.iter().map(|&e| e as i64));
        words.push(k.arrays.len() as i64);
        words.push(k.out as i64);
        for a in &k.arrays {
            let bmask = a
                .broadcast
                .iter()
                .enumerate()
                .fold(0i64, |m, (d, &b)| m | ((b as i64) << d));
            words.extend([a.dtype.code(), a.ndim as i64, bmask]);
        }
        words.push(k.scalars.len() as i64);
        words.extend(k.scalars.iter().map(|t| match t {
            lir::Ty::F64 => meta::SCALAR_F64,
            lir::Ty::F32 => meta::SCALAR_F32,
            _ => meta::SCALAR_I64,
        }));
        let bytes = words.iter().flat_map(|w| w.to_le_bytes()).collect();
        metas.push(DataId(p.data.len() as u32));
        p.data.push(bytes);
    }
    let count = p.kernels.len() as i64;
    let len = source.len() as i64;
    let mut blob = source.into_bytes();
    blob.push(0);
    let src = DataId(p.data.len() as u32);
    p.data.push(blob);
    p.gpu_meta = metas;
    p.body.insert(
        0,
        Stmt::Call(
            RtFn::GpuProgram,
            vec![Expr::Data(src), Expr::I64(len), Expr::I64(count)],
        ),
    );
}

/// Whether anything in `p` can run on a GPU under the runtime's offload policy: a kernel the
/// script placed on `cuda` or big enough and exact, a matmul, a `.to(device)`. Programs with
/// none get no GPU hooks at all.
fn may_use_gpu(p: &lir::Program) -> bool {
    fn calls(stmts: &[Stmt]) -> bool {
        fn expr(e: &Expr) -> bool {
            match e {
                Expr::Call(f, args) => {
                    matches!(f, RtFn::MatMul | RtFn::ToDevice) || args.iter().any(expr)
                }
                Expr::Op(_, args) => args.iter().any(expr),
                _ => false,
            }
        }
        stmts.iter().any(|s| match s {
            Stmt::Set(_, e) => expr(e),
            Stmt::Call(f, args) => {
                matches!(f, RtFn::MatMul | RtFn::ToDevice) || args.iter().any(expr)
            }
            Stmt::If { then, orelse, .. } => calls(then) || calls(orelse),
            Stmt::Loop(body) => calls(body),
            _ => false,
        })
    }
    let min = arrc_runtime::gpu::OFFLOAD_MIN_ELEMENTS as usize;
    p.kernels.iter().any(|k| {
        let size = k.domain.iter().fold(1, |n: usize, &d| n.saturating_mul(d));
        k.cuda || (size >= min && is_exact_on_gpu(&k.value))
    }) || calls(&p.body)
}

/// Whether the GPU computes `e` bit for bit as the CPU does: everything but the
/// transcendental functions (CUDA's libm and glibc may differ in the last bit), and without
/// the warning checks that only the CPU loop makes.
fn is_exact_on_gpu(e: &Expr) -> bool {
    match e {
        Expr::Call(f, args) => {
            matches!(
                f,
                RtFn::FloorDivF32
                    | RtFn::ModF32
                    | RtFn::PowI64
                    | RtFn::FloorDivI64
                    | RtFn::ModI64
                    | RtFn::FloorDivF64
                    | RtFn::ModF64
                    | RtFn::PyFloorDiv
                    | RtFn::PyMod
                    | RtFn::PyTrueDiv
                    | RtFn::PyFloorDivF64
                    | RtFn::PyModF64
                    | RtFn::PyFloatToInt
            ) && args.iter().all(is_exact_on_gpu)
        }
        Expr::Op(_, args) => args.iter().all(is_exact_on_gpu),
        // NumPy's RuntimeWarnings come from the CPU loop's flags (GPU kernels record none),
        // so a NumPy kernel that checks for them stays on the CPU.
        Expr::Checked { .. } => false,
        _ => true,
    }
}

/// The machine variables holding one HIR local.
#[derive(Clone, Debug)]
enum Slot {
    Scalar(Var),
    Object(Var),
    Tuple(Vec<Slot>),
    Static,
}

/// A value during lowering.
#[derive(Clone, Debug)]
enum Val {
    Scalar(Expr),
    /// An object pointer and whether we own a reference to it.
    Object(Var, bool),
    Tuple(Vec<Val>),
    Static,
}

struct Lower<'a> {
    /// While an element of a Python list is read: a run-time index out of range is Python's
    /// `list index out of range`, not NumPy's message.
    list_element: bool,
    out: lir::Program,
    src: &'a SourceFile,
    slots: Vec<Slot>,
    /// Per local: the 0/1 variable saying whether it has been bound, for locals that may not be.
    bound_flags: Vec<Option<Var>>,
    /// Per local bound to Python and NumPy scalars: 1 while it holds a NumPy scalar.
    numpy_flags: Vec<Option<Var>>,
    /// The same per leaf (scalars of nested tuples flattened, `leaves`), for a tuple local
    /// holding such scalars (`return (acc,)`).
    item_flags: Vec<Option<Vec<Var>>>,
    /// The run-time kind flag of each `min`/`max` of Python and NumPy scalars lowered so far
    /// (by the address of its HIR node): the kind of the argument it picked.
    minmax_flags: HashMap<*const hir::Expr, Var>,
    names: Vec<String>,
    sites: HashMap<Span, DataId>,
    strings: HashMap<Vec<u8>, DataId>,
    /// Inside a compiled function: its depth parameter, the number of Python frames on the
    /// stack with its own (`None` in the module's code, whose frame is the first).
    frame_depth: Option<Var>,
    /// The inlined user calls around the code being lowered, each a Python frame in CPython.
    inlined_frames: i64,
}

/// CPython's default recursion limit: the most Python frames on the stack, the module's
/// included (`sys.getrecursionlimit()`); a call that would push one more raises RecursionError.
const RECURSION_LIMIT: i64 = 1000;

fn machine_ty(ty: &Ty) -> lir::Ty {
    dtype_machine(ty.scalar_dtype().unwrap_or(DType::I64))
}

fn dtype_machine(d: DType) -> lir::Ty {
    match d {
        DType::F64 => lir::Ty::F64,
        DType::F32 => lir::Ty::F32,
        // A complex element's real part (`lower/complex.rs`).
        DType::C128 => lir::Ty::F64,
        DType::C64 => lir::Ty::F32,
        // int32 values live sign-extended in an i64 (loads widen, stores truncate), as do the
        // other integers (`lower/ints.rs`).
        _ => lir::Ty::I64,
    }
}

/// Converts a machine value of dtype `from` to dtype `to` (NumPy's unsafe casting).
fn convert(e: Expr, from: DType, to: DType) -> Expr {
    if from != to && (from.is_complex() || to.is_complex()) {
        return complex::convert_complex(e, from, to);
    }
    if ints::handles(from, to) {
        return ints::convert(e, from, to);
    }
    match (from, to) {
        _ if from == to => e,
        (DType::Bool, DType::I64 | DType::I32) | (DType::I32, DType::I64) => e,
        (DType::I64, DType::I32) => Expr::op(Op::IWrap32, vec![e]),
        (DType::Bool | DType::I64 | DType::I32, DType::F64) => Expr::op(Op::IToF, vec![e]),
        (DType::Bool | DType::I64 | DType::I32, DType::F32) => Expr::op(Op::IToF32, vec![e]),
        (DType::F64 | DType::F32, DType::I64) => Expr::op(Op::FToI, vec![e]),
        (DType::F64 | DType::F32, DType::I32) => Expr::op(Op::FToI32, vec![e]),
        (DType::I64 | DType::I32, DType::Bool) => Expr::op(Op::IToB, vec![e]),
        (DType::F64 | DType::F32, DType::Bool) => Expr::op(Op::FToB, vec![e]),
        (DType::F32, DType::F64) => Expr::op(Op::FPromote, vec![e]),
        (DType::F64, DType::F32) => Expr::op(Op::FDemote, vec![e]),
        _ => unreachable!(),
    }
}

/// The one meaning of each elementwise operation on machine values of dtype `dt`, shared by
/// kernels and host code. `python` selects CPython's scalar semantics (errors on division by
/// zero, on int results beyond int64, on float `**` overflow) over NumPy's; `site` locates
/// those errors.
fn ew_expr(op: EwOp, dt: DType, args: Vec<Expr>, python: bool, site: Expr) -> Expr {
    let mut a = args.into_iter();
    let x = a.next().unwrap();
    let y = a.next();
    let f = dt.is_float();
    let f32 = dt == DType::F32;
    let bin = |iop: Op, fop: Op, x: Expr, y: Expr| Expr::op(if f { fop } else { iop }, vec![x, y]);
    // Python ints never wrap: an int result of Python operands beyond int64 is an error.
    let exact = |value: Expr| {
        if python && !f {
            Expr::PyIntExact {
                value: Box::new(value),
                site: Box::new(site.clone()),
            }
        } else {
            value
        }
    };
    match op {
        EwOp::Add if dt == DType::Bool => Expr::op(Op::IOr, vec![x, y.unwrap()]),
        EwOp::Mul if dt == DType::Bool => Expr::op(Op::IAnd, vec![x, y.unwrap()]),
        EwOp::Add => exact(bin(Op::IAdd, Op::FAdd, x, y.unwrap())),
        EwOp::Sub => exact(bin(Op::ISub, Op::FSub, x, y.unwrap())),
        EwOp::Mul => exact(bin(Op::IMul, Op::FMul, x, y.unwrap())),
        EwOp::Div => {
            if python {
                Expr::Call(RtFn::PyTrueDiv, vec![x, y.unwrap(), Expr::I64(0), site])
            } else {
                Expr::op(Op::FDiv, vec![x, y.unwrap()])
            }
        }
        EwOp::FloorDiv => match (f, python) {
            (true, true) => Expr::Call(RtFn::PyFloorDivF64, vec![x, y.unwrap(), site]),
            (true, false) if f32 => Expr::Call(RtFn::FloorDivF32, vec![x, y.unwrap()]),
            (true, false) => Expr::Call(RtFn::FloorDivF64, vec![x, y.unwrap()]),
            (false, true) => Expr::Call(RtFn::PyFloorDiv, vec![x, y.unwrap(), site]),
            (false, false) => Expr::Call(RtFn::FloorDivI64, vec![x, y.unwrap()]),
        },
        EwOp::Mod => match (f, python) {
            (true, true) => Expr::Call(RtFn::PyModF64, vec![x, y.unwrap(), site]),
            (true, false) if f32 => Expr::Call(RtFn::ModF32, vec![x, y.unwrap()]),
            (true, false) => Expr::Call(RtFn::ModF64, vec![x, y.unwrap()]),
            (false, true) => Expr::Call(RtFn::PyMod, vec![x, y.unwrap(), site]),
            (false, false) => Expr::Call(RtFn::ModI64, vec![x, y.unwrap()]),
        },
        EwOp::Pow => match (f, python) {
            (true, _) if f32 => Expr::Call(RtFn::PowF32, vec![x, y.unwrap()]),
            (true, true) => Expr::Call(RtFn::PyPowF64, vec![x, y.unwrap(), site]),
            (true, false) => Expr::Call(RtFn::PowF64, vec![x, y.unwrap()]),
            (false, true) => Expr::Call(RtFn::PyPowI64, vec![x, y.unwrap(), site]),
            (false, false) => Expr::Call(RtFn::PowI64, vec![x, y.unwrap(), site]),
        },
        EwOp::Cmp(c) if dt == DType::U64 => ints::cmp_u64(c, x, y.unwrap()),
        EwOp::Cmp(c) => bin(Op::ICmp(c), Op::FCmp(c), x, y.unwrap()),
        EwOp::Shl | EwOp::Shr => ints::shift(op == EwOp::Shl, dt, x, y.unwrap(), python, site),
        EwOp::CheckFits(d) => ints::checked_fit(x, d, site),
        EwOp::And => Expr::op(Op::IAnd, vec![x, y.unwrap()]),
        EwOp::Or => Expr::op(Op::IOr, vec![x, y.unwrap()]),
        EwOp::Xor => Expr::op(Op::IXor, vec![x, y.unwrap()]),
        EwOp::Not if dt == DType::Bool => Expr::op(Op::BNot, vec![x]),
        EwOp::Not => Expr::op(Op::INot, vec![x]),
        EwOp::Neg => exact(Expr::op(if f { Op::FNeg } else { Op::INeg }, vec![x])),
        EwOp::Abs if dt == DType::Bool || crate::int_dtypes::is_unsigned(dt) => x,
        EwOp::Abs => exact(Expr::op(if f { Op::FAbs } else { Op::IAbs }, vec![x])),
        EwOp::Exp if f32 => Expr::Call(RtFn::ExpF32, vec![x]),
        EwOp::Exp => Expr::Call(RtFn::Exp, vec![x]),
        EwOp::Sqrt => Expr::op(Op::FSqrt, vec![x]),
        EwOp::Cast => x,
        EwOp::Math(m) => Expr::Call(math_fn(m, f32), std::iter::once(x).chain(y).collect()),
        EwOp::Arctan2 => {
            let func = if f32 { RtFn::Atan2F32 } else { RtFn::Atan2 };
            Expr::Call(func, vec![x, y.unwrap()])
        }
        EwOp::Sign => Expr::op(if f { Op::FSign } else { Op::ISign }, vec![x]),
        EwOp::Floor if f => Expr::op(Op::FFloor, vec![x]),
        EwOp::Ceil if f => Expr::op(Op::FCeil, vec![x]),
        EwOp::Trunc if f => Expr::op(Op::FTrunc, vec![x]),
        EwOp::Floor | EwOp::Ceil | EwOp::Trunc => x,
        EwOp::Round(decimals) => round_expr(x, dt, decimals),
        EwOp::Maximum => bin(Op::IMax, Op::FMax, x, y.unwrap()),
        EwOp::Minimum => bin(Op::IMin, Op::FMin, x, y.unwrap()),
        EwOp::Clip => {
            let (lo, hi) = (y.unwrap(), a.next().unwrap());
            if f {
                // NumPy's clip keeps `x` when it equals a bound (`-0.0` clipped to [0, 1] stays
                // -0.0): maximum/minimum with the bound first.
                let lower = Expr::op(Op::FMax, vec![lo, x]);
                Expr::op(Op::FMin, vec![hi, lower])
            } else {
                let lower = Expr::op(Op::IMax, vec![x, lo]);
                Expr::op(Op::IMin, vec![lower, hi])
            }
        }
        EwOp::Where => Expr::op(Op::Select, vec![x, y.unwrap(), a.next().unwrap()]),
        EwOp::IsNan if f => Expr::op(Op::FIsNan, vec![x]),
        EwOp::IsInf if f => Expr::op(Op::FIsInf, vec![x]),
        EwOp::IsFinite if f => Expr::op(Op::FIsFinite, vec![x]),
        EwOp::IsNan | EwOp::IsInf => Expr::I64(0),
        EwOp::IsFinite => Expr::I64(1),
        EwOp::Complex(_) => unreachable!("complex operations are lower/complex.rs's"),
    }
}

/// `r`, the `ew_expr` of `op` computed in `dt`, wrapped to 32 bits when `dt` is int32: int32
/// operations compute in i64 (whose low 32 bits are the int32 result for these operations),
/// and every intermediate result of a fused expression wraps as NumPy's int32 loops do.
fn wrap_int32(op: EwOp, dt: DType, r: Expr) -> Expr {
    let wraps = matches!(
        op,
        EwOp::Add
            | EwOp::Sub
            | EwOp::Mul
            | EwOp::FloorDiv
            | EwOp::Mod
            | EwOp::Pow
            | EwOp::Neg
            | EwOp::Abs
    );
    if ints::op_wraps(op, dt) && dt != DType::I32 {
        ints::wrap(r, dt)
    } else if dt == DType::I32 && wraps {
        Expr::op(Op::IWrap32, vec![r])
    } else {
        r
    }
}

/// The runtime function computing `m` in float64 or float32.
fn math_fn(m: MathFn, f32: bool) -> RtFn {
    let (f64_fn, f32_fn) = match m {
        MathFn::Log => (RtFn::Log, RtFn::LogF32),
        MathFn::Log2 => (RtFn::Log2, RtFn::Log2F32),
        MathFn::Log10 => (RtFn::Log10, RtFn::Log10F32),
        MathFn::Log1p => (RtFn::Log1p, RtFn::Log1pF32),
        MathFn::Expm1 => (RtFn::Expm1, RtFn::Expm1F32),
        MathFn::Sin => (RtFn::Sin, RtFn::SinF32),
        MathFn::Cos => (RtFn::Cos, RtFn::CosF32),
        MathFn::Tan => (RtFn::Tan, RtFn::TanF32),
        MathFn::Tanh => (RtFn::Tanh, RtFn::TanhF32),
        MathFn::Arcsin => (RtFn::Asin, RtFn::AsinF32),
        MathFn::Arccos => (RtFn::Acos, RtFn::AcosF32),
        MathFn::Arctan => (RtFn::Atan, RtFn::AtanF32),
        MathFn::Exp2 => (RtFn::Exp2, RtFn::Exp2F32),
        MathFn::Sinh => (RtFn::Sinh, RtFn::SinhF32),
        MathFn::Cosh => (RtFn::Cosh, RtFn::CoshF32),
        MathFn::Arcsinh => (RtFn::Asinh, RtFn::AsinhF32),
        MathFn::Arccosh => (RtFn::Acosh, RtFn::AcoshF32),
        MathFn::Arctanh => (RtFn::Atanh, RtFn::AtanhF32),
        MathFn::Cbrt => (RtFn::Cbrt, RtFn::CbrtF32),
        MathFn::Deg2rad | MathFn::Radians => (RtFn::Deg2rad, RtFn::Deg2radF32),
        MathFn::Rad2deg | MathFn::Degrees => (RtFn::Rad2deg, RtFn::Rad2degF32),
        MathFn::Hypot => (RtFn::CHypot, RtFn::CHypotF32),
        MathFn::Copysign => (RtFn::Copysign, RtFn::CopysignF32),
        MathFn::Logaddexp => (RtFn::Logaddexp, RtFn::LogaddexpF32),
        MathFn::Logaddexp2 => (RtFn::Logaddexp2, RtFn::Logaddexp2F32),
    };
    if f32 {
        f32_fn
    } else {
        f64_fn
    }
}

/// NumPy's `power_of_ten` (multiplication.c): exact table up to 1e8, then repeated `*= 10`.
fn power_of_ten(n: i64) -> f64 {
    const P10: [f64; 9] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];
    if n < 9 {
        return P10[n as usize];
    }
    let mut r = 1e8;
    for _ in 8..n {
        r *= 10.0;
    }
    r
}

/// `np.round(x, decimals)` as `PyArray_Round` computes it: for floats, `rint(x * 10**d) /
/// 10**d` (`rint(x / 10**-d) * 10**-d` for negative `d`) in the array's own type; ints are
/// unchanged for `d >= 0`, else rounded the float64 way and cast back.
fn round_expr(x: Expr, dt: DType, decimals: i64) -> Expr {
    if !dt.is_float() {
        if decimals >= 0 {
            return x;
        }
        let r = round_expr(convert(x, dt, DType::F64), DType::F64, decimals);
        return convert(r, DType::F64, dt);
    }
    if decimals == 0 {
        return Expr::op(Op::FRint, vec![x]);
    }
    let scale = power_of_ten(decimals.abs());
    let scale = if dt == DType::F32 {
        Expr::op(Op::FDemote, vec![Expr::F64(scale)])
    } else {
        Expr::F64(scale)
    };
    let (into, back) = if decimals > 0 {
        (Op::FMul, Op::FDiv)
    } else {
        (Op::FDiv, Op::FMul)
    };
    let scaled = Expr::op(into, vec![x, scale.clone()]);
    Expr::op(back, vec![Expr::op(Op::FRint, vec![scaled]), scale])
}

/// The dtype argument `i` of `op` is converted to when the operation computes in `cd`.
fn arg_dtype(op: EwOp, i: usize, cd: DType) -> DType {
    match (op, i) {
        (EwOp::Where, 0) => DType::Bool,
        _ => cd,
    }
}

/// The base of `base ** 2` (a constant exponent of two), which lowers to a multiplication.
fn squared_base(op: EwOp, args: &[hir::Expr]) -> Option<&hir::Expr> {
    if op != EwOp::Pow {
        return None;
    }
    match args[1].kind {
        H::Int(2) => Some(&args[0]),
        H::Float(f) if f == 2.0 => Some(&args[0]),
        _ => None,
    }
}

/// The base of `base ** 0.5`.
fn sqrt_base(op: EwOp, args: &[hir::Expr]) -> Option<&hir::Expr> {
    if op != EwOp::Pow {
        return None;
    }
    match args[1].kind {
        H::Float(f) if f == 0.5 => Some(&args[0]),
        _ => None,
    }
}

/// The dtype an elementwise node computes in, given its argument dtypes and result dtype.
fn compute_dtype(op: EwOp, args: &[hir::Expr], result: DType) -> DType {
    match op {
        // int32 compares in int64: the same for int32 values, and exact for a Python int out
        // of int32's range (NumPy 2 compares those without casting).
        EwOp::Cmp(_) => match crate::sema::elementwise_dtype(args.iter().map(|a| &a.ty)) {
            d if crate::int_dtypes::wraps(d) => DType::I64,
            d => d,
        },
        EwOp::IsNan | EwOp::IsInf | EwOp::IsFinite => ty_dtype(&args[0].ty),
        _ => result,
    }
}

fn ty_dtype(t: &Ty) -> DType {
    match t {
        Ty::Array(a) => a.dtype,
        Ty::RunArray(a) => a.dtype,
        t => t.scalar_dtype().expect("scalar"),
    }
}

fn is_python_scalar_op(args: &[hir::Expr]) -> bool {
    args.iter()
        .all(|a| matches!(a.ty, Ty::Int | Ty::Float | Ty::Bool))
}

/// Collects a kernel's operands while its expression is built.
struct KernelBuilder {
    domain: Vec<usize>,
    arrays: Vec<(Var, KernelArray)>,
    scalars: Vec<(Expr, lir::Ty)>,
    owned: Vec<Var>,
    /// A plain copy into an existing array (`dst[...] = src`), not a computed value.
    plain: bool,
    /// The messages of the kernel's warning checks (`lower/warn.rs`); `None`: no checks
    /// (torch kernels).
    warn: Option<Option<warn::WarnTable>>,
    /// The layout tree of a new result (`None`: the result exists already, or is a tensor),
    /// one list of children per elementwise node being built (see `order_k`).
    layout: Option<Vec<Vec<LayoutNode>>>,
    /// A kernel over run-time extents (`run_kernel`): operands and nodes emit the run-time
    /// shape program as they are built.
    run: bool,
    /// In a run-time kernel of `x op= …`, the value's root node, whose shape check includes
    /// the output operand.
    out_root: Option<*const hir::Expr>,
}

/// What decides the memory order of a new elementwise result in NumPy (order='K'): its array
/// operands' layouts, and those of the intermediate results NumPy would have allocated
/// (which the kernel fuses away). Only arrays with two or more axes longer than 1 can decide
/// anything, so the others are left out.
enum LayoutNode {
    Operand(Var),
    Intermediate {
        children: Vec<LayoutNode>,
        shape: Vec<usize>,
    },
}

impl LayoutNode {
    fn has_operand(&self) -> bool {
        match self {
            LayoutNode::Operand(_) => true,
            LayoutNode::Intermediate { children, .. } => children.iter().any(Self::has_operand),
        }
    }
}

/// Whether an array of `shape` has an axis order that could show (two axes longer than 1).
fn order_matters(shape: &[usize]) -> bool {
    shape.iter().filter(|&&d| d > 1).count() >= 2
}

impl<'a> Lower<'a> {
    fn var(&mut self, ty: lir::Ty) -> Var {
        self.out.vars.push(ty);
        Var(self.out.vars.len() as u32 - 1)
    }

    fn new_slot(&mut self, ty: &Ty) -> Slot {
        match ty {
            Ty::Tuple(items) => Slot::Tuple(items.iter().map(|t| self.new_slot(t)).collect()),
            t if t.is_object() => Slot::Object(self.var(lir::Ty::I64)),
            t if t.is_scalar() => Slot::Scalar(self.var(machine_ty(t))),
            Ty::Generator => Slot::Scalar(self.var(lir::Ty::I64)),
            _ => Slot::Static,
        }
    }

    fn init_slot(&mut self, slot: &Slot, out: &mut Vec<Stmt>) {
        match slot {
            Slot::Object(v) => out.push(Stmt::Set(*v, Expr::I64(0))),
            Slot::Scalar(v) => {
                let zero = match self.out.vars[v.0 as usize] {
                    lir::Ty::F64 => Expr::F64(0.0),
                    lir::Ty::F32 => Expr::op(Op::FDemote, vec![Expr::F64(0.0)]),
                    _ => Expr::I64(0),
                };
                out.push(Stmt::Set(*v, zero))
            }
            Slot::Tuple(items) => items.iter().for_each(|s| self.init_slot(s, out)),
            Slot::Static => {}
        }
    }

    fn data(&mut self, bytes: Vec<u8>) -> DataId {
        if let Some(&id) = self.strings.get(&bytes) {
            return id;
        }
        let id = DataId(self.out.data.len() as u32);
        self.out.data.push(bytes.clone());
        self.strings.insert(bytes, id);
        id
    }

    /// The rendered location of `span` for run-time errors: "loc\0snippet\0".
    fn site(&mut self, span: Span) -> Expr {
        if let Some(&id) = self.sites.get(&span) {
            return Expr::Data(id);
        }
        let (loc, snippet) = self.src.site_parts(span);
        let mut bytes = loc.into_bytes();
        bytes.push(0);
        bytes.extend_from_slice(snippet.as_bytes());
        bytes.push(0);
        let id = self.data(bytes);
        self.sites.insert(span, id);
        Expr::Data(id)
    }

    /// Evaluates `e` into a fresh variable (so later statements see one evaluation).
    fn temp(&mut self, e: Expr, ty: lir::Ty, out: &mut Vec<Stmt>) -> Expr {
        match e {
            Expr::Var(_) | Expr::I64(_) | Expr::F64(_) | Expr::Data(_) => e,
            _ => {
                let v = self.var(ty);
                out.push(Stmt::Set(v, e));
                Expr::Var(v)
            }
        }
    }

    fn release(&mut self, v: Var, owned: bool, out: &mut Vec<Stmt>) {
        if owned {
            out.push(Stmt::Call(RtFn::Decref, vec![Expr::Var(v)]));
        }
    }

    fn release_val(&mut self, v: &Val, out: &mut Vec<Stmt>) {
        match v {
            Val::Object(p, owned) => self.release(*p, *owned, out),
            Val::Tuple(items) => items.iter().for_each(|i| self.release_val(i, out)),
            _ => {}
        }
    }

    // ---- statements ----

    fn block(&mut self, stmts: &[hir::Stmt], out: &mut Vec<Stmt>) {
        for s in stmts {
            self.stmt(s, out);
        }
    }

    fn stmt(&mut self, s: &hir::Stmt, out: &mut Vec<Stmt>) {
        match &s.kind {
            HS::Assign { local, value } => {
                let v = self.value(value, out);
                let slot = self.slots[*local].clone();
                self.store_slot(&slot, v, out);
                self.mark_bound(*local, out);
                if let Some(f) = self.numpy_flags[*local] {
                    let numpy = self.kind_flag_of(value).unwrap_or(Expr::I64(matches!(
                        value.ty,
                        Ty::NpScalar(_)
                    )
                        as i64));
                    out.push(Stmt::Set(f, numpy));
                }
                if let Some(flags) = self.item_flags[*local].clone() {
                    let values = self
                        .leaf_flags(value)
                        .unwrap_or_else(|| static_leaf_flags(&value.ty));
                    for (f, numpy) in flags.into_iter().zip(values) {
                        out.push(Stmt::Set(f, numpy));
                    }
                }
            }
            HS::Write { target, value } => {
                let (t, t_owned) = self.object(target, out);
                if matches!(target.ty, Ty::RunArray(_)) || matches!(value.ty, Ty::RunArray(_)) {
                    let (dtype, dims) = dims_of(&target.ty).expect("an array target");
                    // `x op= y` reads the target as its value's first operand (sema's
                    // `aug_assign`), at the target's own place in the source.
                    let aug = matches!(&value.kind, H::Elementwise { args, .. }
                        if args.first().is_some_and(|a| a.span == target.span));
                    self.run_kernel(Some(t), dtype, dims.len(), value, aug, out);
                } else {
                    let tty = target.ty.as_array().unwrap().clone();
                    self.write_array(t, &tty, value, out);
                }
                self.release(t, t_owned, out);
            }
            HS::PutNd {
                base,
                indices,
                value,
                mask,
            } => {
                // CPython evaluates the value before the target's object and indices.
                let (v, ov) = self.object(value, out);
                let (b, ob) = self.object(base, out);
                let idx = self.push_indices(indices, out);
                let site = self.site(s.span);
                out.push(Stmt::Call(
                    RtFn::PutNd,
                    vec![
                        site,
                        Expr::Var(b),
                        Expr::I64(indices.len() as i64),
                        Expr::Var(v),
                        Expr::I64(*mask as i64),
                    ],
                ));
                for (p, o) in idx {
                    self.release(p, o, out);
                }
                self.release(b, ob, out);
                self.release(v, ov, out);
            }
            HS::WriteElement {
                base,
                indices,
                value,
            } => {
                // CPython evaluates the value before the target's object and index.
                let v = self.scalar(value, out);
                let v = self.temp(v, machine_ty(&value.ty), out);
                let (b, owned) = self.object(base, out);
                let (dtype, dims) = dims_of(&base.ty).expect("an array");
                let offset = self.element_offset(b, &dims, indices, out);
                let v = convert(v, ty_dtype(&value.ty), dtype);
                out.push(Stmt::Store {
                    arr: Expr::Var(b),
                    offset,
                    dtype,
                    value: v,
                });
                self.release(b, owned, out);
            }
            HS::Expr { value, show } => {
                let v = self.value(value, out);
                if *show && value.ty != Ty::None {
                    self.write_of(value, &v, true, out);
                    self.write_text("\n", out);
                }
                self.release_val(&v, out);
            }
            HS::Print { args, sep, end } => {
                // In CPython's order: the arguments, then the keywords.
                let vals: Vec<Val> = args.iter().map(|a| self.value(a, out)).collect();
                let sep = sep.as_ref().map(|e| self.value(e, out));
                let end = end.as_ref().map(|e| self.value(e, out));
                for (i, (v, a)) in vals.iter().zip(args).enumerate() {
                    if i > 0 {
                        match &sep {
                            Some(s) => self.write_val(s, &Ty::Str, false, out),
                            None => self.write_text(" ", out),
                        }
                    }
                    self.write_of(a, v, false, out);
                }
                match &end {
                    Some(e) => self.write_val(e, &Ty::Str, false, out),
                    None => self.write_text("\n", out),
                }
                for v in vals.iter().chain(sep.iter()).chain(end.iter()) {
                    self.release_val(v, out);
                }
            }
            HS::If { test, then, orelse } => {
                let cond = self.scalar(test, out);
                let mut t = Vec::new();
                self.block(then, &mut t);
                let mut e = Vec::new();
                self.block(orelse, &mut e);
                out.push(Stmt::If {
                    cond,
                    then: t,
                    orelse: e,
                });
            }
            HS::While { test, body } => {
                let mut lb = Vec::new();
                let cond = self.scalar(test, &mut lb);
                lb.push(Stmt::If {
                    cond: Expr::op(Op::BNot, vec![cond]),
                    then: vec![Stmt::Break],
                    orelse: vec![],
                });
                self.block(body, &mut lb);
                out.push(Stmt::Loop(lb));
            }
            HS::ForRange {
                var,
                start,
                stop,
                step,
                body,
            } => {
                let start = self.scalar(start, out);
                let stop = self.scalar(stop, out);
                let stop = self.temp(stop, lir::Ty::I64, out);
                let step = self.scalar(step, out);
                let step = self.temp(step, lir::Ty::I64, out);
                let i = self.var(lir::Ty::I64);
                out.push(Stmt::Set(i, start));
                let Slot::Scalar(target) = self.slots[*var].clone() else {
                    unreachable!()
                };
                let mut lb = Vec::new();
                let going_up = Expr::op(Op::ICmp(CmpOp::Gt), vec![step.clone(), Expr::I64(0)]);
                let going_up_again = going_up.clone();
                let cont = match step {
                    Expr::I64(s) if s > 0 => {
                        Expr::op(Op::ICmp(CmpOp::Lt), vec![Expr::Var(i), stop.clone()])
                    }
                    Expr::I64(_) => Expr::op(Op::ICmp(CmpOp::Gt), vec![Expr::Var(i), stop.clone()]),
                    _ => {
                        let up = Expr::op(Op::ICmp(CmpOp::Lt), vec![Expr::Var(i), stop.clone()]);
                        let down = Expr::op(Op::ICmp(CmpOp::Gt), vec![Expr::Var(i), stop.clone()]);
                        // (step > 0 && i < stop) || (step <= 0 && i > stop)
                        Expr::op(
                            Op::IOr,
                            vec![
                                Expr::op(Op::IAnd, vec![going_up.clone(), up]),
                                Expr::op(Op::IAnd, vec![Expr::op(Op::BNot, vec![going_up]), down]),
                            ],
                        )
                    }
                };
                lb.push(Stmt::If {
                    cond: Expr::op(Op::BNot, vec![cont]),
                    then: vec![Stmt::Break],
                    orelse: vec![],
                });
                lb.push(Stmt::Set(target, Expr::Var(i)));
                self.mark_bound(*var, &mut lb);
                // The next value; one past int64's end wraps, and the range is then done (its
                // stop, an int64, lies before that end): the counter becomes the stop.
                let next = self.var(lir::Ty::I64);
                lb.push(Stmt::Set(
                    next,
                    Expr::op(Op::IAdd, vec![Expr::Var(i), step.clone()]),
                ));
                let wrapped_up = Expr::op(Op::ICmp(CmpOp::Lt), vec![Expr::Var(next), Expr::Var(i)]);
                let wrapped_down =
                    Expr::op(Op::ICmp(CmpOp::Gt), vec![Expr::Var(next), Expr::Var(i)]);
                let wrapped = match step {
                    Expr::I64(s) if s > 0 => wrapped_up,
                    Expr::I64(_) => wrapped_down,
                    _ => Expr::op(Op::Select, vec![going_up_again, wrapped_up, wrapped_down]),
                };
                lb.push(Stmt::Set(
                    i,
                    Expr::op(Op::Select, vec![wrapped, stop, Expr::Var(next)]),
                ));
                self.block(body, &mut lb);
                out.push(Stmt::Loop(lb));
            }
            HS::Break => out.push(Stmt::Break),
            HS::Return => out.push(Stmt::BreakOut(RETURN)),
            HS::Continue => out.push(Stmt::Continue),
            HS::Time(body) => {
                out.push(Stmt::Call(RtFn::TimeBegin, vec![]));
                // `%time EXPR` as a cell's last line shows the value after the timing lines.
                match body.split_last() {
                    Some((
                        hir::Stmt {
                            kind: HS::Expr { value, show: true },
                            ..
                        },
                        rest,
                    )) => {
                        self.block(rest, out);
                        let v = self.value(value, out);
                        out.push(Stmt::Call(RtFn::TimeEnd, vec![]));
                        if value.ty != Ty::None {
                            self.write_of(value, &v, true, out);
                            self.write_text("\n", out);
                        }
                        self.release_val(&v, out);
                    }
                    _ => {
                        self.block(body, out);
                        out.push(Stmt::Call(RtFn::TimeEnd, vec![]));
                    }
                }
            }
            HS::RandomSeed(e) => {
                let v = self.scalar(e, out);
                let site = self.site(e.span);
                out.push(Stmt::Call(RtFn::RandomSeed, vec![v, site]));
            }
            HS::SetPrintOptions {
                precision,
                suppress,
                threshold,
                linewidth,
                edgeitems,
            } => {
                let options = [precision, suppress, threshold, linewidth, edgeitems];
                self.set_printoptions(s.span, options.map(|o| o.as_ref()), out);
            }
            HS::Shuffle { gen, arr } => self.shuffle(gen, arr, out),
        }
    }

    fn mark_bound(&mut self, local: hir::LocalId, out: &mut Vec<Stmt>) {
        if let Some(f) = self.bound_flags[local] {
            out.push(Stmt::Set(f, Expr::I64(1)));
        }
    }

    /// Before reading a local that may be unbound: CPython's NameError if it is.
    fn check_bound(&mut self, local: hir::LocalId, span: Span, out: &mut Vec<Stmt>) {
        let Some(f) = self.bound_flags[local] else {
            return;
        };
        let mut message = PyExc::NameError
            .line(&format!("name '{}' is not defined", self.names[local]))
            .into_bytes();
        message.push(0);
        let m = self.data(message);
        let site = self.site(span);
        out.push(Stmt::If {
            cond: Expr::op(Op::BNot, vec![Expr::Var(f)]),
            then: vec![Stmt::Call(RtFn::Raise, vec![Expr::Data(m), site])],
            orelse: vec![],
        });
    }

    fn store_slot(&mut self, slot: &Slot, v: Val, out: &mut Vec<Stmt>) {
        match (slot, v) {
            (Slot::Scalar(var), Val::Scalar(e)) => out.push(Stmt::Set(*var, e)),
            (Slot::Object(var), Val::Object(p, owned)) => {
                if !owned {
                    out.push(Stmt::Call(RtFn::Incref, vec![Expr::Var(p)]));
                }
                out.push(Stmt::Call(RtFn::Decref, vec![Expr::Var(*var)]));
                out.push(Stmt::Set(*var, Expr::Var(p)));
            }
            (Slot::Tuple(slots), Val::Tuple(vals)) => {
                for (s, v) in slots.iter().zip(vals) {
                    self.store_slot(s, v, out);
                }
            }
            (Slot::Static, _) => {}
            (s, v) => unreachable!("slot {s:?} value {v:?}"),
        }
    }

    fn load_slot(&self, slot: &Slot) -> Val {
        match slot {
            Slot::Scalar(v) => Val::Scalar(Expr::Var(*v)),
            Slot::Object(v) => Val::Object(*v, false),
            Slot::Tuple(items) => Val::Tuple(items.iter().map(|s| self.load_slot(s)).collect()),
            Slot::Static => Val::Static,
        }
    }

    // ---- printing ----

    fn write_text(&mut self, text: &str, out: &mut Vec<Stmt>) {
        if text.is_empty() {
            return;
        }
        let id = self.data(text.as_bytes().to_vec());
        out.push(Stmt::Call(
            RtFn::WriteBytes,
            vec![Expr::Data(id), Expr::I64(text.len() as i64)],
        ));
    }

    /// Writes `str(v)` or `repr(v)`.
    /// The run-time Python/NumPy flag (0/1) of `e`'s value, when it has one (see
    /// `Sema::has_dynamic_kind`): a local that tracks it, an inlined call whose result local
    /// does (read after the call's body ran), or arithmetic that is NumPy when one of its
    /// such operands is.
    fn kind_flag_of(&self, e: &hir::Expr) -> Option<Expr> {
        match &e.kind {
            H::Seq { value, .. } => self.kind_flag_of(value),
            H::Local(id)
            | H::Inline {
                result: Some(id), ..
            } => self.numpy_flags[*id].map(Expr::Var),
            H::MinMax { .. } => self
                .minmax_flags
                .get(&(e as *const _))
                .map(|&v| Expr::Var(v)),
            H::TupleGet { tuple, index } if matches!(e.ty, Ty::NpScalar(_)) => {
                let Ty::Tuple(tys) = &tuple.ty else {
                    return None;
                };
                let at: usize = tys[..*index].iter().map(leaves).sum();
                self.leaf_flags(tuple).map(|f| f[at].clone())
            }
            H::Elementwise { args, .. } if matches!(e.ty, Ty::NpScalar(_)) => {
                let mut flag: Option<Expr> = None;
                for a in args {
                    match (&a.ty, self.kind_flag_of(a)) {
                        (Ty::NpScalar(_), Some(f)) => {
                            flag = Some(match flag {
                                Some(g) => Expr::op(Op::IOr, vec![g, f]),
                                None => f,
                            })
                        }
                        (Ty::NpScalar(_), None) => return None,
                        (Ty::Int | Ty::Float | Ty::Bool, _) => {}
                        _ => return None,
                    }
                }
                flag
            }
            _ => None,
        }
    }

    /// The run-time flags of the leaves of `e` (a tuple: its scalars, nested tuples flattened;
    /// anything else: itself), when one of them has a run-time kind; leaves without one get
    /// their static kind.
    fn leaf_flags(&self, e: &hir::Expr) -> Option<Vec<Expr>> {
        match (&e.kind, &e.ty) {
            (H::Seq { value, .. }, _) => self.leaf_flags(value),
            (H::Tuple(items), _) => {
                let parts: Vec<Option<Vec<Expr>>> =
                    items.iter().map(|i| self.leaf_flags(i)).collect();
                parts.iter().any(|p| p.is_some()).then(|| {
                    parts
                        .into_iter()
                        .zip(items)
                        .flat_map(|(p, i)| p.unwrap_or_else(|| static_leaf_flags(&i.ty)))
                        .collect()
                })
            }
            (
                H::Local(id)
                | H::Inline {
                    result: Some(id), ..
                },
                Ty::Tuple(_),
            ) => self.item_flags[*id]
                .as_ref()
                .map(|f| f.iter().map(|&v| Expr::Var(v)).collect()),
            (H::TupleGet { tuple, index }, Ty::Tuple(_)) => {
                let Ty::Tuple(tys) = &tuple.ty else {
                    return None;
                };
                let at: usize = tys[..*index].iter().map(leaves).sum();
                self.leaf_flags(tuple)
                    .map(|f| f[at..at + leaves(&e.ty)].to_vec())
            }
            (_, Ty::Tuple(_)) => None,
            _ => self.kind_flag_of(e).map(|f| vec![f]),
        }
    }

    /// Writes the value `v` of expression `e`: as `write_val`, except that a local holding a
    /// Python or a NumPy scalar prints as the one it holds now (also inside a tuple display,
    /// or a tuple local that tracks its items).
    fn write_of(&mut self, e: &hir::Expr, v: &Val, repr: bool, out: &mut Vec<Stmt>) {
        if let Ty::Tuple(_) = &e.ty {
            if let Some(flags) = self.leaf_flags(e) {
                self.write_leaves(&flags, v, &e.ty, out);
                return;
            }
        }
        let flag = self.kind_flag_of(e);
        self.write_flagged(flag, v, &e.ty, repr, out)
    }

    /// Writes the tuple `v` of type `ty` whose leaves have the run-time kinds `flags`.
    fn write_leaves(&mut self, flags: &[Expr], v: &Val, ty: &Ty, out: &mut Vec<Stmt>) {
        let (Ty::Tuple(tys), Val::Tuple(vals)) = (ty, v) else {
            return self.write_flagged(flags.first().cloned(), v, ty, true, out);
        };
        let mut starts = vec![0];
        for t in tys {
            starts.push(starts.last().unwrap() + leaves(t));
        }
        self.write_tuple(tys.len(), out, |l, i, out| {
            l.write_leaves(&flags[starts[i]..starts[i + 1]], &vals[i], &tys[i], out)
        });
    }

    /// Writes `v` of type `ty`; a scalar with a run-time kind `flag` as the kind it has now.
    fn write_flagged(
        &mut self,
        flag: Option<Expr>,
        v: &Val,
        ty: &Ty,
        repr: bool,
        out: &mut Vec<Stmt>,
    ) {
        match (flag, v, ty.scalar_dtype()) {
            (Some(f), Val::Scalar(x), Some(d)) => {
                // style: 0 Python, 1 NumPy str, 2 NumPy repr
                let style = Expr::op(Op::IMul, vec![f, Expr::I64(1 + repr as i64)]);
                out.push(Stmt::Call(scalar_writer(d), vec![x.clone(), style]));
            }
            _ => self.write_val(v, ty, repr, out),
        }
    }

    /// `(a, b)` / `(a,)`: item `i` written by `item`.
    fn write_tuple(
        &mut self,
        n: usize,
        out: &mut Vec<Stmt>,
        mut item: impl FnMut(&mut Self, usize, &mut Vec<Stmt>),
    ) {
        self.write_text("(", out);
        for i in 0..n {
            if i > 0 {
                self.write_text(", ", out);
            }
            item(self, i, out);
        }
        self.write_text(if n == 1 { ",)" } else { ")" }, out);
    }

    fn write_val(&mut self, v: &Val, ty: &Ty, repr: bool, out: &mut Vec<Stmt>) {
        let style = |numpy: bool| {
            Expr::I64(if !numpy {
                0
            } else if repr {
                2
            } else {
                1
            })
        };
        match (ty, v) {
            (Ty::Int, Val::Scalar(e)) => {
                out.push(Stmt::Call(RtFn::WriteInt, vec![e.clone(), style(false)]))
            }
            (Ty::Float, Val::Scalar(e)) => {
                out.push(Stmt::Call(RtFn::WriteFloat, vec![e.clone(), style(false)]))
            }
            (Ty::Bool, Val::Scalar(e)) => {
                out.push(Stmt::Call(RtFn::WriteBool, vec![e.clone(), style(false)]))
            }
            (Ty::NpScalar(d), Val::Scalar(e)) => {
                let f = scalar_writer(*d);
                out.push(Stmt::Call(f, vec![e.clone(), style(true)]))
            }
            (Ty::Complex | Ty::NpScalar(DType::C64 | DType::C128), Val::Object(p, _)) => {
                self.write_complex(*p, ty, repr, out)
            }
            (Ty::Str, Val::Object(p, _)) => out.push(Stmt::Call(
                RtFn::WriteStr,
                vec![Expr::Var(*p), Expr::I64(repr as i64)],
            )),
            (Ty::Array(a), Val::Object(p, _)) if a.tensor.is_some() => {
                let cuda = (a.tensor == Some(Device::Cuda)) as i64;
                out.push(Stmt::Call(
                    RtFn::WriteTensor,
                    vec![Expr::Var(*p), Expr::I64(cuda)],
                ))
            }
            (Ty::TorchSize(shape), _) => {
                let dims: Vec<String> = shape.iter().map(|d| d.to_string()).collect();
                self.write_text(&format!("torch.Size([{}])", dims.join(", ")), out)
            }
            (Ty::TorchDType(d), _) => self.write_text(crate::sema::torch_dtype_name(*d), out),
            (Ty::Device(d), _) => out.push(Stmt::Call(
                RtFn::WriteDevice,
                vec![Expr::I64((*d == Device::Cuda) as i64)],
            )),
            (Ty::StrList(items), _) => {
                let text = crate::sema::str_list_repr(items);
                self.write_text(&text, out)
            }
            (Ty::List(l), Val::Object(p, _)) => out.push(Stmt::Call(
                RtFn::WriteList,
                vec![Expr::Var(*p), Expr::I64(l.numpy as i64)],
            )),
            (Ty::Array(_) | Ty::RunArray(_), Val::Object(p, _)) => out.push(Stmt::Call(
                RtFn::WriteArray,
                vec![Expr::Var(*p), Expr::I64(repr as i64)],
            )),
            (Ty::Tuple(tys), Val::Tuple(vals)) => {
                self.write_tuple(tys.len(), out, |l, i, out| {
                    l.write_val(&vals[i], &tys[i], true, out)
                });
            }
            (Ty::None, _) => self.write_text("None", out),
            (Ty::DTypeObj(d), _) => {
                let text = if repr {
                    format!("dtype('{}')", d.name())
                } else {
                    d.name().to_string()
                };
                self.write_text(&text, out)
            }
            (Ty::ScalarType(d), _) => {
                let name = crate::sema::scalar_type_name(*d);
                self.write_text(&format!("<class 'numpy.{name}'>"), out)
            }
            (Ty::Module(_), _) => self.write_text("<module 'numpy'>", out),
            (t, v) => unreachable!("write {t:?} {v:?}"),
        }
    }

    // ---- expressions ----

    fn value(&mut self, e: &hir::Expr, out: &mut Vec<Stmt>) -> Val {
        if let H::Seq { first, value } = &e.kind {
            self.block(first, out);
            return self.value(value, out);
        }
        if let H::CudaSynchronize = e.kind {
            out.push(Stmt::Call(RtFn::CudaSynchronize, vec![]));
            return Val::Static;
        }
        if let H::ListCall { op, list } = &e.kind {
            if op.in_place() {
                self.list_call(e, *op, list, out);
                return Val::Static;
            }
        }
        if let Some(result) = self.inline_call(e, out) {
            return match result {
                Some(r) => self.value(&r, out),
                None => Val::Static,
            };
        }
        match &e.ty {
            Ty::Tuple(_) => match &e.kind {
                H::Tuple(items) => Val::Tuple(items.iter().map(|i| self.value(i, out)).collect()),
                H::Local(id) => {
                    self.check_bound(*id, e.span, out);
                    self.load_slot(&self.slots[*id].clone())
                }
                H::TupleGet { .. } => self.tuple_get(e, out),
                _ => unreachable!("tuple expression {:?}", e.kind),
            },
            t if t.is_object() => {
                let (p, owned) = self.object(e, out);
                Val::Object(p, owned)
            }
            t if t.is_scalar() => Val::Scalar(self.scalar(e, out)),
            Ty::Generator => Val::Scalar(self.scalar(e, out)),
            _ => Val::Static,
        }
    }

    fn tuple_get(&mut self, e: &hir::Expr, out: &mut Vec<Stmt>) -> Val {
        let H::TupleGet { tuple, index } = &e.kind else {
            unreachable!()
        };
        match self.value(tuple, out) {
            Val::Tuple(mut items) => {
                let v = items.swap_remove(*index);
                for (i, other) in items.iter().enumerate() {
                    if i != *index {
                        self.release_val(other, out);
                    }
                }
                v
            }
            v => unreachable!("tuple_get of {v:?}"),
        }
    }

    /// Evaluates a scalar expression to a machine value (I64 or F64).
    fn scalar(&mut self, e: &hir::Expr, out: &mut Vec<Stmt>) -> Expr {
        if let H::Seq { first, value } = &e.kind {
            self.block(first, out);
            return self.scalar(value, out);
        }
        if let Some(Some(r)) = self.inline_call(e, out) {
            return self.scalar(&r, out);
        }
        if let H::CallFunction { id, args } = &e.kind {
            let mut vals = Vec::new();
            for a in args {
                let v = self.scalar(a, out);
                vals.push(self.temp(v, machine_ty(&a.ty), out));
            }
            let depth = self.callee_depth(e.span, out);
            vals.insert(0, depth);
            let r = Expr::CallFunction(*id, vals);
            return self.temp(r, machine_ty(&e.ty), out);
        }
        if let Some(r) = self.complex_real_scalar(e, out) {
            return r;
        }
        let mty = machine_ty(&e.ty);
        match &e.kind {
            H::Int(i) => Expr::I64(*i),
            H::Float(f) => Expr::F64(*f),
            H::Bool(b) => Expr::I64(*b as i64),
            H::Local(id) => {
                self.check_bound(*id, e.span, out);
                match &self.slots[*id] {
                    Slot::Scalar(v) => Expr::Var(*v),
                    s => unreachable!("scalar local in {s:?}"),
                }
            }
            H::TupleGet { .. } => match self.tuple_get(e, out) {
                Val::Scalar(x) => x,
                v => unreachable!("{v:?}"),
            },
            H::Elementwise { op, args } => {
                let dts: Vec<DType> = args.iter().map(|a| ty_dtype(&a.ty)).collect();
                let cd = compute_dtype(*op, args, ty_dtype(&e.ty));
                let python = is_python_scalar_op(args);
                let mut vals = Vec::new();
                for (i, (a, dt)) in args.iter().zip(&dts).enumerate() {
                    let v = self.scalar(a, out);
                    let v = self.temp(v, dtype_machine(*dt), out);
                    vals.push(convert(v, *dt, arg_dtype(*op, i, cd)));
                }
                let site = self.site(e.span);
                let mut r = ew_expr(*op, cd, vals, python, site);
                if let (EwOp::Div, Expr::Call(RtFn::PyTrueDiv, args)) = (op, &mut r) {
                    // CPython words int / 0 and float / 0 differently.
                    args[2] = Expr::I64(dts.iter().all(|d| *d != DType::F64) as i64);
                }
                if !python {
                    r = self.check_scalar(e, *op, cd, r);
                }
                let r = wrap_int32(*op, cd, r);
                let r = if *op == EwOp::Cast {
                    convert(r, cd, ty_dtype(&e.ty))
                } else {
                    r
                };
                self.temp(r, mty, out)
            }
            H::BoolOp { and, lhs, rhs } => {
                let r = self.var(mty);
                let l = self.scalar(lhs, out);
                out.push(Stmt::Set(r, l));
                let mut then = Vec::new();
                let rv = self.scalar(rhs, &mut then);
                then.push(Stmt::Set(r, rv));
                let truth = self.truth_of(Expr::Var(r), &lhs.ty);
                let cond = if *and {
                    truth
                } else {
                    Expr::op(Op::BNot, vec![truth])
                };
                out.push(Stmt::If {
                    cond,
                    then,
                    orelse: vec![],
                });
                Expr::Var(r)
            }
            H::IfExp { test, body, orelse } => {
                let r = self.var(mty);
                let cond = self.scalar(test, out);
                let mut t = Vec::new();
                let bv = self.scalar(body, &mut t);
                t.push(Stmt::Set(r, bv));
                let mut f = Vec::new();
                let ov = self.scalar(orelse, &mut f);
                f.push(Stmt::Set(r, ov));
                out.push(Stmt::If {
                    cond,
                    then: t,
                    orelse: f,
                });
                Expr::Var(r)
            }
            H::IsCuda(d) => self.temp(
                Expr::Call(RtFn::IsCuda, vec![Expr::I64((*d == Device::Cuda) as i64)]),
                lir::Ty::I64,
                out,
            ),
            H::CudaAvailable => {
                self.temp(Expr::Call(RtFn::CudaAvailable, vec![]), lir::Ty::I64, out)
            }
            H::ScalarCall { func, args } => self.scalar_call(e, *func, args, out),
            H::MinMax { max, args } => self.min_max(e, *max, args, out),
            H::StrLen(s) => self.str_len(s, out),
            H::Stride { arr, axis } => {
                let (p, owned) = self.object(arr, out);
                let call = Expr::Call(RtFn::Stride, vec![Expr::Var(p), Expr::I64(*axis as i64)]);
                let r = self.temp(call, lir::Ty::I64, out);
                self.release(p, owned, out);
                r
            }
            H::ListCall { op, list } => self.list_call(e, *op, list, out),
            H::Extent { arr, axis } => {
                let (p, owned) = self.object(arr, out);
                let call = match axis {
                    Some(k) => Expr::Call(RtFn::Dim, vec![Expr::Var(p), Expr::I64(*k as i64)]),
                    None => Expr::Call(RtFn::Size, vec![Expr::Var(p)]),
                };
                let r = self.temp(call, lir::Ty::I64, out);
                self.release(p, owned, out);
                r
            }
            H::Truth(inner) => {
                let v = self.scalar(inner, out);
                self.truth_of(v, &inner.ty)
            }
            H::Convert(inner) => {
                let v = self.scalar(inner, out);
                let from = ty_dtype(&inner.ty);
                match (&e.ty, from) {
                    (Ty::Int, DType::F64 | DType::F32) => {
                        let site = self.site(e.span);
                        let v = convert(v, from, DType::F64);
                        self.temp(
                            Expr::Call(RtFn::PyFloatToInt, vec![v, site]),
                            lir::Ty::I64,
                            out,
                        )
                    }
                    (Ty::Int, DType::U64) => {
                        // A uint64 beyond int64 is a Python int arrc cannot hold.
                        let site = self.site(e.span);
                        let call = Expr::Call(RtFn::IntFits, vec![v, Expr::I64(-1), site]);
                        self.temp(call, lir::Ty::I64, out)
                    }
                    (t, _) => convert(v, from, ty_dtype(t)),
                }
            }
            H::Id(inner) => {
                let (p, owned) = self.object(inner, out);
                let r = self.temp(Expr::Var(p), lir::Ty::I64, out);
                self.release(p, owned, out);
                r
            }
            H::Element { base, indices } => {
                let (b, owned) = self.object(base, out);
                let list = match &base.ty {
                    Ty::List(l) => Some(Ty::Array(l.arr.clone())),
                    _ => None,
                };
                let (dtype, dims) = dims_of(list.as_ref().unwrap_or(&base.ty)).expect("an array");
                self.list_element = list.is_some();
                let offset = self.element_offset(b, &dims, indices, out);
                self.list_element = false;
                let v = self.var(dtype_machine(dtype));
                out.push(Stmt::Set(
                    v,
                    Expr::Load {
                        arr: Box::new(Expr::Var(b)),
                        offset: Box::new(offset),
                        dtype,
                    },
                ));
                self.release(b, owned, out);
                Expr::Var(v)
            }
            H::Reduce { op, arg, form } => {
                let (p, owned) = self.object(arg, out);
                let site = self.site(e.span);
                let code = match op {
                    ReduceOp::Sum => 0,
                    ReduceOp::Max => 1,
                    ReduceOp::Min => 2,
                    ReduceOp::Mean => 4,
                };
                let mut args = vec![Expr::Var(p), Expr::I64(code), site];
                let f = match mty {
                    lir::Ty::F64 => RtFn::ReduceF64,
                    lir::Ty::F32 => RtFn::ReduceF32,
                    _ => RtFn::ReduceI64,
                };
                if f != RtFn::ReduceI64 {
                    args.push(match op {
                        ReduceOp::Sum => {
                            self.reduction_warn_table(AxisOp::Sum, *form, &e.ty, e.span)
                        }
                        ReduceOp::Mean => {
                            self.reduction_warn_table(AxisOp::Mean, *form, &e.ty, e.span)
                        }
                        ReduceOp::Max | ReduceOp::Min => Expr::I64(0),
                    });
                }
                let r = self.temp(Expr::Call(f, args), mty, out);
                self.release(p, owned, out);
                r
            }
            H::ReduceAxes { .. } => {
                // A full reduction: into a 0-d array, then its element.
                let dtype = ty_dtype(&e.ty);
                let dst = self.alloc(&ArrTy::new(dtype, vec![]), e.span, out);
                self.reduce_axes_into(dst, e, out);
                self.first_element(dst, true, dtype, out)
            }
            H::Einsum { spec, operands } => {
                let (p, owned) = self.einsum(spec, operands, e.span, out);
                self.first_element(p, owned, ty_dtype(&e.ty), out)
            }
            H::MatrixRank(a) => self.matrix_rank(a, e.span, out),
            H::MatMul(..) | H::Trace { .. } | H::Norm { .. } => {
                // A scalar result: the runtime returns a 0-d array.
                let (p, owned) = self.linalg(e, out);
                self.first_element(p, owned, ty_dtype(&e.ty), out)
            }
            H::Draw { .. } | H::DefaultRng(_) => self.draw_scalar(e, out),
            H::Random { kind, a, b } => {
                let av = self.scalar(a, out);
                let bv = self.scalar(b, out);
                if *kind == RandomKind::Normal {
                    let site = self.site(b.span);
                    let bv2 = self.temp(bv.clone(), lir::Ty::F64, out);
                    out.push(Stmt::Call(RtFn::CheckScale, vec![bv2, site]));
                }
                let k = random_code(*kind);
                self.temp(
                    Expr::Call(RtFn::RandomScalar, vec![Expr::I64(k), av, bv]),
                    lir::Ty::F64,
                    out,
                )
            }
            k => unreachable!("scalar expression {k:?} of type {}", e.ty),
        }
    }

    fn truth_of(&mut self, v: Expr, ty: &Ty) -> Expr {
        match ty_dtype(ty) {
            DType::Bool => v,
            DType::F64 | DType::F32 => Expr::op(Op::FToB, vec![v]),
            DType::C64 | DType::C128 => unreachable!("complex truth is a kernel"),
            _ => Expr::op(Op::IToB, vec![v]),
        }
    }

    /// Byte offset of `base[indices]`, with run-time indices wrapped and bounds-checked.
    fn element_offset(
        &mut self,
        b: Var,
        dims: &[Dim],
        indices: &[hir::Expr],
        out: &mut Vec<Stmt>,
    ) -> Expr {
        let mut offset = Expr::I64(0);
        for (axis, idx) in indices.iter().enumerate() {
            let n = match dims[axis] {
                Dim::Fixed(n) => Expr::I64(n as i64),
                Dim::Run => self.temp(
                    Expr::Call(RtFn::Dim, vec![Expr::Var(b), Expr::I64(axis as i64)]),
                    lir::Ty::I64,
                    out,
                ),
            };
            let i = self.checked_index(idx, axis, n, out);
            let term = Expr::op(
                Op::IMul,
                vec![
                    i,
                    Expr::Stride {
                        arr: Box::new(Expr::Var(b)),
                        axis,
                    },
                ],
            );
            offset = if offset == Expr::I64(0) {
                term
            } else {
                Expr::op(Op::IAdd, vec![offset, term])
            };
        }
        self.temp(offset, lir::Ty::I64, out)
    }

    /// An index into an axis of length `n`: constants were checked by sema; run-time values
    /// wrap when negative and raise NumPy's IndexError when out of range.
    fn checked_index(
        &mut self,
        idx: &hir::Expr,
        axis: usize,
        n: Expr,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        if let (H::Int(i), Expr::I64(n)) = (&idx.kind, &n) {
            if (0..*n).contains(i) {
                return Expr::I64(*i);
            }
        }
        let raw = self.scalar(idx, out);
        let raw = self.temp(raw, lir::Ty::I64, out);
        let i = self.var(lir::Ty::I64);
        out.push(Stmt::Set(i, raw.clone()));
        let neg = Expr::op(Op::ICmp(CmpOp::Lt), vec![Expr::Var(i), Expr::I64(0)]);
        out.push(Stmt::If {
            cond: neg,
            then: vec![Stmt::Set(
                i,
                Expr::op(Op::IAdd, vec![Expr::Var(i), n.clone()]),
            )],
            orelse: vec![],
        });
        // Unsigned-style check: 0 <= i < n.
        let low = Expr::op(Op::ICmp(CmpOp::Lt), vec![Expr::Var(i), Expr::I64(0)]);
        let high = Expr::op(Op::ICmp(CmpOp::GtE), vec![Expr::Var(i), n.clone()]);
        let site = self.site(idx.span);
        out.push(Stmt::If {
            cond: Expr::op(Op::IOr, vec![low, high]),
            then: vec![Stmt::Call(
                RtFn::IndexError,
                vec![
                    raw,
                    Expr::I64(if self.list_element { -1 } else { axis as i64 }),
                    n,
                    site,
                ],
            )],
            orelse: vec![],
        });
        Expr::Var(i)
    }

    /// Evaluates an object-valued (array or string) expression.
    fn object(&mut self, e: &hir::Expr, out: &mut Vec<Stmt>) -> (Var, bool) {
        if let H::Seq { first, value } = &e.kind {
            self.block(first, out);
            return self.object(value, out);
        }
        if let Some(Some(r)) = self.inline_call(e, out) {
            return self.object(&r, out);
        }
        if let Some(r) = self.complex_object(e, out) {
            return r;
        }
        match &e.kind {
            H::Local(id) => {
                self.check_bound(*id, e.span, out);
                match &self.slots[*id] {
                    Slot::Object(v) => (*v, false),
                    s => unreachable!("object local in {s:?}"),
                }
            }
            H::TupleGet { .. } => match self.tuple_get(e, out) {
                Val::Object(p, owned) => (p, owned),
                v => unreachable!("{v:?}"),
            },
            H::Str(s) => {
                let id = self.data(s.as_bytes().to_vec());
                self.call_obj(
                    RtFn::StrNew,
                    vec![Expr::Data(id), Expr::I64(s.len() as i64)],
                    out,
                )
            }
            H::Text { repr, value } => {
                let v = self.value(value, out);
                out.push(Stmt::Call(RtFn::CaptureBegin, vec![]));
                self.write_of(value, &v, *repr, out);
                self.release_val(&v, out);
                self.call_obj(RtFn::CaptureEnd, vec![], out)
            }
            H::FString(parts) => self.fstring(parts, out),
            H::StrConcat(a, b) => {
                let (pa, oa) = self.object(a, out);
                let (pb, ob) = self.object(b, out);
                let r = self.call_obj(RtFn::StrConcat, vec![Expr::Var(pa), Expr::Var(pb)], out);
                self.release(pa, oa, out);
                self.release(pb, ob, out);
                r
            }
            H::IfExp { test, body, orelse } => {
                let r = self.var(lir::Ty::I64);
                let cond = self.scalar(test, out);
                let mut branches = Vec::new();
                for branch in [body, orelse] {
                    let mut b = Vec::new();
                    let (p, owned) = self.object(branch, &mut b);
                    if !owned {
                        b.push(Stmt::Call(RtFn::Incref, vec![Expr::Var(p)]));
                    }
                    b.push(Stmt::Set(r, Expr::Var(p)));
                    branches.push(b);
                }
                let orelse = branches.pop().unwrap();
                let then = branches.pop().unwrap();
                out.push(Stmt::If { cond, then, orelse });
                (r, true)
            }
            _ if matches!(e.ty, Ty::RunArray(_))
                || matches!(
                    e.kind,
                    H::Unique { .. }
                        | H::NonZero { .. }
                        | H::BinCount { .. }
                        | H::MaskTake { .. }
                        | H::Repeat { .. }
                        | H::SetOp { .. }
                        | H::Interp { .. }
                        | H::Api { .. }
                        | H::TakeNd { .. }
                        | H::Einsum { .. }
                        | H::HistEdges { .. }
                        | H::HistCount { .. }
                )
                || matches!((&e.kind, &e.ty), (H::ReduceAxes { .. }, Ty::RunArray(_))) =>
            {
                self.run_array(e, out)
            }
            // A list is its array (sema::lists).
            _ if matches!(e.ty, Ty::List(_)) => {
                let Ty::List(l) = &e.ty else { unreachable!() };
                let arr = hir::Expr {
                    ty: Ty::Array(l.arr.clone()),
                    ..e.clone()
                };
                self.object(&arr, out)
            }
            _ => {
                let a =
                    e.ty.as_array()
                        .unwrap_or_else(|| panic!("object expression {:?}", e.kind))
                        .clone();
                self.array(e, &a, out)
            }
        }
    }

    /// A view of `base` made by `ops` in order.
    fn view(&mut self, base: &hir::Expr, ops: &[ViewOp], out: &mut Vec<Stmt>) -> (Var, bool) {
        let (b, owned) = self.object(base, out);
        let (v, _) = self.call_obj(RtFn::View, vec![Expr::Var(b)], out);
        for op in ops {
            match op {
                ViewOp::Slice {
                    axis,
                    start,
                    len,
                    step,
                } => out.push(Stmt::Call(
                    RtFn::ViewAxis,
                    vec![
                        Expr::Var(v),
                        Expr::I64(*axis as i64),
                        Expr::I64(*start),
                        Expr::I64(*len as i64),
                        Expr::I64(*step),
                    ],
                )),
                ViewOp::Index {
                    axis,
                    index,
                    size,
                    source_axis,
                } => {
                    let i = self.checked_index(index, *source_axis, Expr::I64(*size as i64), out);
                    out.push(Stmt::Call(
                        RtFn::ViewDropAxis,
                        vec![Expr::Var(v), Expr::I64(*axis as i64), i],
                    ));
                }
                ViewOp::SliceAt {
                    axis,
                    lower,
                    upper,
                    len,
                    step,
                    size,
                } => {
                    let lo = self.scalar(lower, out);
                    let lo = self.temp(lo, lir::Ty::I64, out);
                    let hi = self.scalar(upper, out);
                    let hi = self.temp(hi, lir::Ty::I64, out);
                    let site = self.site(lower.span.to(upper.span));
                    let start = self.temp(
                        Expr::Call(
                            RtFn::SliceStart,
                            vec![
                                lo,
                                hi,
                                Expr::I64(*step),
                                Expr::I64(*size as i64),
                                Expr::I64(*len as i64),
                                site,
                            ],
                        ),
                        lir::Ty::I64,
                        out,
                    );
                    out.push(Stmt::Call(
                        RtFn::ViewAxis,
                        vec![
                            Expr::Var(v),
                            Expr::I64(*axis as i64),
                            start,
                            Expr::I64(*len as i64),
                            Expr::I64(*step),
                        ],
                    ))
                }
                ViewOp::SliceRun {
                    axis,
                    lower,
                    upper,
                    step,
                } => {
                    let mut bound = |b: &Option<Box<hir::Expr>>, out: &mut Vec<Stmt>| match b {
                        Some(e) => {
                            let v = self.scalar(e, out);
                            self.temp(v, lir::Ty::I64, out)
                        }
                        None => Expr::I64(0),
                    };
                    let lo = bound(lower, out);
                    let hi = bound(upper, out);
                    let st = self.scalar(step, out);
                    let st = self.temp(st, lir::Ty::I64, out);
                    let given = lower.is_some() as i64 | (upper.is_some() as i64) << 1;
                    out.push(Stmt::Call(
                        RtFn::ViewSliceRun,
                        vec![
                            Expr::Var(v),
                            Expr::I64(*axis as i64),
                            lo,
                            hi,
                            Expr::I64(given),
                            st,
                            self.site(step.span),
                        ],
                    ))
                }
                ViewOp::IndexRun {
                    axis,
                    index,
                    source_axis,
                } => {
                    let n = self.temp(
                        Expr::Call(RtFn::Dim, vec![Expr::Var(v), Expr::I64(*axis as i64)]),
                        lir::Ty::I64,
                        out,
                    );
                    let i = self.checked_index(index, *source_axis, n, out);
                    out.push(Stmt::Call(
                        RtFn::ViewDropAxis,
                        vec![Expr::Var(v), Expr::I64(*axis as i64), i],
                    ));
                }
                ViewOp::NewAxis { axis } => out.push(Stmt::Call(
                    RtFn::ViewNewAxis,
                    vec![Expr::Var(v), Expr::I64(*axis as i64)],
                )),
                ViewOp::Transpose => out.push(Stmt::Call(RtFn::ViewTranspose, vec![Expr::Var(v)])),
                ViewOp::Permute(perm) => {
                    for (a, b) in permutation_swaps(perm) {
                        out.push(Stmt::Call(
                            RtFn::ViewSwapAxes,
                            vec![Expr::Var(v), Expr::I64(a as i64), Expr::I64(b as i64)],
                        ));
                    }
                }
            }
        }
        self.release(b, owned, out);
        (v, true)
    }

    /// Evaluates an expression whose value is an array with run-time extents, or one the
    /// runtime sizes from the values (`np.unique`'s inverse of a static array is static).
    fn run_array(&mut self, e: &hir::Expr, out: &mut Vec<Stmt>) -> (Var, bool) {
        let (dtype, dims) = dims_of(&e.ty).expect("an array");
        let r = crate::types::RunArrTy { dtype, dims };
        match &e.kind {
            H::View { base, ops } => self.view(base, ops, out),
            H::Einsum { spec, operands } => self.einsum(spec, operands, e.span, out),
            H::HistEdges { .. } | H::HistCount { .. } => self.histogram(e, out),
            H::Elementwise { .. } => (
                self.run_kernel(None, r.dtype, r.ndim(), e, false, out),
                true,
            ),
            H::MatMul(x, y, np_dot) => self.matmul(e, x, y, *np_dot, out),
            H::Take { .. } | H::Partition { .. } => self.linalg(e, out),
            H::ReduceAxes { op, arg, axes, .. } => {
                // The result sized from the input's header; `reduce_axes_into` evaluates the
                // input again, so a view here (no effects) is made twice.
                let input = self.object(arg, out);
                let keepdims = r.ndim() == dims_of(&arg.ty).map_or(0, |(_, d)| d.len())
                    && !op.is_accumulation();
                let flags = keepdims as i64 | (op.is_accumulation() as i64) << 1;
                let site = self.site(e.span);
                let (dst, _) = self.call_obj(
                    RtFn::ReduceAlloc,
                    vec![
                        site,
                        Expr::Var(input.0),
                        Expr::I64(r.dtype.code()),
                        Expr::I64(*axes),
                        Expr::I64(reduce_code(*op)),
                        Expr::I64(flags),
                    ],
                    out,
                );
                self.reduce_axes_from(Some(input), dst, e, out);
                (dst, true)
            }
            H::TakeNd { base, indices } => {
                let (b, ob) = self.object(base, out);
                let idx = self.push_indices(indices, out);
                let site = self.site(e.span);
                let r = self.call_obj(
                    RtFn::TakeNd,
                    vec![site, Expr::Var(b), Expr::I64(indices.len() as i64)],
                    out,
                );
                for (p, o) in idx {
                    self.release(p, o, out);
                }
                self.release(b, ob, out);
                r
            }
            H::MaskTake { base, mask } => {
                let (b, ob) = self.object(base, out);
                let (m, om) = self.object(mask, out);
                let site = self.site(mask.span);
                let r = self.call_obj(RtFn::MaskTake, vec![site, Expr::Var(b), Expr::Var(m)], out);
                self.release(b, ob, out);
                self.release(m, om, out);
                r
            }
            H::Repeat { arg, repeats, axis } => {
                let (p, owned) = self.object(arg, out);
                let (reps, count) = if repeats.ty.is_scalar() {
                    let c = self.scalar(repeats, out);
                    (None, self.temp(c, lir::Ty::I64, out))
                } else {
                    let (q, o) = self.object(repeats, out);
                    (Some((q, o)), Expr::I64(0))
                };
                let site = self.site(e.span);
                let rv = reps.map_or(Expr::I64(0), |(q, _)| Expr::Var(q));
                let r = self.call_obj(
                    RtFn::Repeat,
                    vec![site, Expr::Var(p), rv, count, Expr::I64(*axis)],
                    out,
                );
                self.release(p, owned, out);
                if let Some((q, o)) = reps {
                    self.release(q, o, out);
                }
                r
            }
            H::SetOp { a, b, op } => {
                let (p, op_) = self.object(a, out);
                let (q, oq) = self.object(b, out);
                let site = self.site(e.span);
                let r = self.call_obj(
                    RtFn::SetOp,
                    vec![site, Expr::Var(p), Expr::Var(q), Expr::I64(*op)],
                    out,
                );
                self.release(p, op_, out);
                self.release(q, oq, out);
                r
            }
            H::Api { op, arrays, ints } => self.api_call(e, *op, arrays, ints, out),
            H::Interp {
                x,
                xp,
                fp,
                left,
                right,
            } => self.interp(e, x, xp, fp, [left.as_deref(), right.as_deref()], out),
            H::Unique { arg, which, stable } => {
                let (p, owned) = self.object(arg, out);
                let site = self.site(e.span);
                let flags = *which | (*stable as i64) << 8;
                let r = self.call_obj(
                    RtFn::Unique,
                    vec![site, Expr::Var(p), Expr::I64(flags)],
                    out,
                );
                self.release(p, owned, out);
                r
            }
            H::NonZero { arg, which } => {
                let (p, owned) = self.object(arg, out);
                let r = self.call_obj(RtFn::NonZero, vec![Expr::Var(p), Expr::I64(*which)], out);
                self.release(p, owned, out);
                r
            }
            H::BinCount {
                x,
                weights,
                minlength,
            } => {
                let (px, ox) = self.object(x, out);
                let (pw, ow) = match weights {
                    Some(w) => {
                        let (p, o) = self.object(w, out);
                        (Expr::Var(p), Some((p, o)))
                    }
                    None => (Expr::I64(0), None),
                };
                let m = self.scalar(minlength, out);
                let m = self.temp(m, lir::Ty::I64, out);
                let site = self.site(e.span);
                let r = self.call_obj(RtFn::BinCount, vec![site, Expr::Var(px), pw, m], out);
                self.release(px, ox, out);
                if let Some((p, o)) = ow {
                    self.release(p, o, out);
                }
                r
            }
            H::FullRun { value, dims } => {
                let mut ext = Vec::new();
                for d in dims {
                    let v = self.scalar(d, out);
                    ext.push(self.temp(v, lir::Ty::I64, out));
                }
                let is_zero = matches!(value.kind, H::Int(0) | H::Bool(false))
                    || matches!(value.kind, H::Float(f) if f == 0.0 && f.is_sign_positive());
                let dst = self.alloc_dims(r.dtype, &ext, is_zero, e.span, out);
                if !is_zero {
                    self.run_kernel(Some(dst), r.dtype, dims.len(), value, false, out);
                }
                (dst, true)
            }
            H::ArangeRun { start, stop, step } => {
                let float = r.dtype.is_float();
                let mut v = Vec::new();
                for x in [start, stop, step] {
                    let s = self.scalar(x, out);
                    v.push(self.temp(s, if float { lir::Ty::F64 } else { lir::Ty::I64 }, out));
                }
                let site = self.site(e.span);
                let f = if float {
                    RtFn::ArangeLenF64
                } else {
                    RtFn::ArangeLenI64
                };
                let mut args = v.clone();
                args.push(site);
                let len = self.temp(Expr::Call(f, args), lir::Ty::I64, out);
                let dst = self.alloc_dims(r.dtype, &[len], false, e.span, out);
                let fill = match r.dtype {
                    DType::F64 => RtFn::ArangeF64,
                    DType::F32 => RtFn::ArangeF32,
                    _ => RtFn::ArangeI64,
                };
                out.push(Stmt::Call(
                    fill,
                    vec![Expr::Var(dst), v[0].clone(), v[2].clone()],
                ));
                (dst, true)
            }
            k => unreachable!("run-time-shaped array expression {k:?}"),
        }
    }

    /// One kernel over arrays with run-time extents (`lir::Kernel::run`): `value` written
    /// into `target` (`aug`: it is `target op= …`), or into a new array of `dtype` when
    /// `target` is `None`. The shapes are checked, and a new result allocated and laid out,
    /// at run time by the stack program of `runtime/src/abi/runshape.rs`, which the
    /// operands' evaluation interleaves with; each operand is then a view broadcast to the
    /// domain.
    fn run_kernel(
        &mut self,
        target: Option<Var>,
        dtype: DType,
        nd: usize,
        value: &hir::Expr,
        aug: bool,
        out: &mut Vec<Stmt>,
    ) -> Var {
        let in_place = target.is_some();
        let dst = target.unwrap_or_else(|| self.var(lir::Ty::I64));
        let mut kb = KernelBuilder {
            domain: vec![0; nd],
            arrays: Vec::new(),
            scalars: Vec::new(),
            owned: Vec::new(),
            plain: in_place && !matches!(value.kind, H::Elementwise { .. }),
            warn: Some(None),
            layout: None,
            run: true,
            out_root: (in_place && aug).then_some(value as *const hir::Expr),
        };
        kb.arrays.push((
            dst,
            KernelArray {
                dtype,
                broadcast: vec![false; nd],
                ndim: nd,
            },
        ));
        let expr = self.kernel_expr(value, &mut kb, dst, in_place, out);
        let expr = convert(expr, ty_dtype(&value.ty), dtype);
        let expr =
            self.check_cast_in_kernel(&mut kb.warn, ty_dtype(&value.ty), dtype, value.span, expr);
        self.finish_table(kb.warn.take());
        let site = self.site(value.span);
        match target {
            None => out.push(Stmt::Set(
                dst,
                Expr::Call(
                    RtFn::BshapeAlloc,
                    vec![site, Expr::I64(dtype.code()), Expr::I64(0)],
                ),
            )),
            Some(t) => out.push(Stmt::Call(RtFn::BshapeWrite, vec![Expr::Var(t), site])),
        }
        for i in 1..kb.arrays.len() {
            let p = kb.arrays[i].0;
            let (q, _) = self.call_obj(RtFn::BcastView, vec![Expr::Var(p), Expr::Var(dst)], out);
            kb.arrays[i].0 = q;
            kb.owned.push(q);
        }
        self.launch_kernel(kb, expr, false, out);
        dst
    }

    fn call_obj(&mut self, f: RtFn, args: Vec<Expr>, out: &mut Vec<Stmt>) -> (Var, bool) {
        let v = self.var(lir::Ty::I64);
        out.push(Stmt::Set(v, Expr::Call(f, args)));
        (v, true)
    }

    /// Raises `message` (a run-time error's whole text: `TYPE: message` for a Python
    /// exception) at `span` when control reaches this point.
    fn raise(&mut self, message: &str, span: Span, out: &mut Vec<Stmt>) {
        let mut bytes = message.as_bytes().to_vec();
        bytes.push(0);
        let m = self.data(bytes);
        let site = self.site(span);
        out.push(Stmt::Call(RtFn::Raise, vec![Expr::Data(m), site]));
    }

    /// Raises NumPy's error at `span` where `a`'s shape is one no array may have, for the
    /// results the runtime allocates from its operands' shapes (`arrc_alloc` checks the rest).
    fn check_shape(&mut self, a: &ArrTy, span: Span, out: &mut Vec<Stmt>) {
        let shape: Vec<i64> = a.shape.iter().map(|&d| d as i64).collect();
        if let Err(e) = arrc_runtime::array::checked_nbytes(a.dtype.itemsize(), &shape) {
            let dtype = arrc_runtime::array::DType::from_code(a.dtype.code());
            self.raise(&e.message(dtype, &shape), span, out);
        }
    }

    /// A new array for the caller to fill completely, made by the expression at `span`.
    fn alloc(&mut self, a: &ArrTy, span: Span, out: &mut Vec<Stmt>) -> Var {
        self.alloc_with(a, false, span, out)
    }

    /// A new array; the runtime checks its shape as NumPy does and raises NumPy's error
    /// (too big, out of memory) at `span`.
    fn alloc_with(&mut self, a: &ArrTy, zeroed: bool, span: Span, out: &mut Vec<Stmt>) -> Var {
        let mut args = vec![
            self.site(span),
            Expr::I64(zeroed as i64),
            Expr::I64(a.dtype.code()),
            Expr::I64(a.ndim() as i64),
        ];
        for d in 0..8 {
            args.push(Expr::I64(a.shape.get(d).copied().unwrap_or(0) as i64));
        }
        self.call_obj(RtFn::Alloc, args, out).0
    }

    /// Evaluates the index arrays of a multi-array index in order and pushes them for the
    /// runtime's `arrc_take_nd`/`arrc_put_nd`; the caller releases them after that call.
    fn push_indices(&mut self, indices: &[hir::Expr], out: &mut Vec<Stmt>) -> Vec<(Var, bool)> {
        let mut held = Vec::new();
        for i in indices {
            let (p, o) = self.object(i, out);
            held.push((p, o));
        }
        for (p, _) in &held {
            out.push(Stmt::Call(RtFn::IndexPush, vec![Expr::Var(*p)]));
        }
        held
    }

    /// A new array of `dtype` with extents `ext` (run-time ints); the runtime raises NumPy's
    /// error for a negative or too large one at `span`.
    fn alloc_dims(
        &mut self,
        dtype: DType,
        ext: &[Expr],
        zeroed: bool,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> Var {
        let mut args = vec![
            self.site(span),
            Expr::I64(zeroed as i64),
            Expr::I64(dtype.code()),
            Expr::I64(ext.len() as i64),
        ];
        for d in 0..8 {
            args.push(ext.get(d).cloned().unwrap_or(Expr::I64(0)));
        }
        self.call_obj(RtFn::Alloc, args, out).0
    }

    /// Evaluates an array-valued expression to an array object.
    fn array(&mut self, e: &hir::Expr, a: &ArrTy, out: &mut Vec<Stmt>) -> (Var, bool) {
        match &e.kind {
            H::Elementwise { .. } => {
                if iterator_too_large(&a.shape) {
                    self.raise(
                        &PyExc::ValueError.line("iterator is too large"),
                        e.span,
                        out,
                    );
                }
                let dst = self.alloc(a, e.span, out);
                self.fused_kernel(dst, a, e, false, out);
                (dst, true)
            }
            H::ArrayLit(elems) if a.dtype.is_complex() => {
                let dst = self.alloc(a, e.span, out);
                self.complex_array_lit(dst, a.dtype, elems, out);
                (dst, true)
            }
            H::ArrayLit(elems) => {
                let dst = self.alloc(a, e.span, out);
                for (k, el) in elems.iter().enumerate() {
                    let v = self.scalar(el, out);
                    let v = convert(v, ty_dtype(&el.ty), a.dtype);
                    let offset = Expr::I64((k * a.dtype.itemsize()) as i64);
                    out.push(Stmt::Store {
                        arr: Expr::Var(dst),
                        offset,
                        dtype: a.dtype,
                        value: v,
                    });
                }
                (dst, true)
            }
            H::Full(value) => {
                let is_zero = matches!(value.kind, H::Int(0) | H::Bool(false))
                    || matches!(value.kind, H::Float(f) if f == 0.0 && f.is_sign_positive());
                let dst = self.alloc_with(a, is_zero, e.span, out);
                if !is_zero {
                    self.write_array(dst, a, value, out);
                }
                (dst, true)
            }
            H::FullLike { value, like } => {
                let (l, owned) = self.object(like, out);
                let is_zero = matches!(value.kind, H::Int(0) | H::Bool(false))
                    || matches!(value.kind, H::Float(f) if f == 0.0 && f.is_sign_positive());
                let dst = self.alloc_with(a, is_zero, e.span, out);
                out.push(Stmt::Call(
                    RtFn::OrderLike,
                    vec![Expr::Var(dst), Expr::Var(l)],
                ));
                self.release(l, owned, out);
                if !is_zero {
                    self.write_array(dst, a, value, out);
                }
                (dst, true)
            }
            H::Arange { start, step } => {
                let dst = self.alloc(a, e.span, out);
                let s = self.scalar(start, out);
                let st = self.scalar(step, out);
                let f = match a.dtype {
                    DType::F64 => RtFn::ArangeF64,
                    DType::F32 => RtFn::ArangeF32,
                    _ => RtFn::ArangeI64,
                };
                out.push(Stmt::Call(f, vec![Expr::Var(dst), s, st]));
                (dst, true)
            }
            H::Draw { .. } => self.draw_array(e, a, out),
            H::Random { kind, a: pa, b: pb } => {
                let av = self.scalar(pa, out);
                let bv = self.scalar(pb, out);
                if *kind == RandomKind::Normal {
                    let site = self.site(pb.span);
                    let bv2 = self.temp(bv.clone(), lir::Ty::F64, out);
                    out.push(Stmt::Call(RtFn::CheckScale, vec![bv2, site]));
                }
                let dst = self.alloc(a, e.span, out);
                out.push(Stmt::Call(
                    RtFn::RandomFill,
                    vec![Expr::Var(dst), Expr::I64(random_code(*kind)), av, bv],
                ));
                (dst, true)
            }
            H::View { base, ops } => self.view(base, ops, out),
            H::ToDevice { value, device } => {
                let (p, owned) = self.object(value, out);
                let site = self.site(e.span);
                let cuda = Expr::I64((*device == Device::Cuda) as i64);
                let r = self.call_obj(RtFn::ToDevice, vec![Expr::Var(p), cuda, site], out);
                self.release(p, owned, out);
                r
            }
            H::Reshape(base) | H::SetShape(base) => {
                let (b, owned) = self.object(base, out);
                let site = self.site(e.span);
                let mut args = vec![site, Expr::Var(b), Expr::I64(a.ndim() as i64)];
                for d in 0..8 {
                    args.push(Expr::I64(a.shape.get(d).copied().unwrap_or(0) as i64));
                }
                let f = match &e.kind {
                    H::SetShape(_) => RtFn::SetShape,
                    _ => RtFn::Reshape,
                };
                let r = self.call_obj(f, args, out);
                self.release(b, owned, out);
                r
            }
            H::Ravel(base) => {
                let (b, owned) = self.object(base, out);
                let r = self.call_obj(RtFn::Ravel, vec![Expr::Var(b)], out);
                self.release(b, owned, out);
                r
            }
            H::Eye { k } => {
                // `column - row == k`, as a bool converted to the array's dtype.
                let diag = Expr::op(
                    Op::ICmp(CmpOp::Eq),
                    vec![
                        Expr::op(Op::ISub, vec![Expr::Iota(1), Expr::Iota(0)]),
                        Expr::I64(*k),
                    ],
                );
                let dst = self.alloc(a, e.span, out);
                self.index_kernel(dst, a, convert(diag, DType::Bool, a.dtype), out);
                (dst, true)
            }
            H::Linspace {
                start,
                stop,
                num,
                endpoint,
            } => {
                let dst = self.alloc(a, e.span, out);
                let (value, last) = linspace_values(*start, *stop, *num, *endpoint, a.dtype);
                self.index_kernel(dst, a, value, out);
                if let Some(last) = last {
                    out.push(Stmt::Store {
                        arr: Expr::Var(dst),
                        // Wraps only for a `num` too big to allocate (never reached).
                        offset: Expr::I64(((num - 1).wrapping_mul(a.dtype.itemsize())) as i64),
                        dtype: a.dtype,
                        value: last,
                    });
                }
                (dst, true)
            }
            H::Copy(base) | H::CopyK(base) => {
                let (b, owned) = self.object(base, out);
                let f = if matches!(e.kind, H::CopyK(_)) {
                    RtFn::CopyK
                } else {
                    RtFn::Copy
                };
                let r = self.call_obj(f, vec![Expr::Var(b)], out);
                self.release(b, owned, out);
                r
            }
            H::MatMul(..) | H::Norm { .. } | H::Sort { .. } | H::Take { .. } => self.linalg(e, out),
            H::Partition { .. } | H::AsStrided { .. } => self.linalg(e, out),
            H::ReduceAxes { .. } => {
                let dst = self.alloc(a, e.span, out);
                self.reduce_axes_into(dst, e, out);
                (dst, true)
            }
            H::Concatenate {
                parts,
                axis,
                list_index,
            } => {
                let concat_part = |dst: Var, pp: Var, offset: i64| {
                    Stmt::Call(
                        RtFn::ConcatPart,
                        vec![
                            Expr::Var(dst),
                            Expr::Var(pp),
                            Expr::I64(*axis as i64),
                            Expr::I64(offset),
                        ],
                    )
                };
                let mut offset = 0;
                if a.tensor.is_none() && order_matters(&a.shape) {
                    // NumPy lays the result out in the parts' memory order, so every part is
                    // evaluated before the result is allocated.
                    let parts: Vec<(Var, bool, i64)> = parts
                        .iter()
                        .map(|p| {
                            let (pp, owned) = self.object(p, out);
                            (pp, owned, p.ty.as_array().unwrap().shape[*axis] as i64)
                        })
                        .collect();
                    let dst = self.alloc_with(a, true, e.span, out);
                    if *list_index {
                        out.push(Stmt::Call(
                            RtFn::OrderTake,
                            vec![
                                Expr::Var(dst),
                                Expr::Var(parts[0].0),
                                Expr::I64(*axis as i64),
                            ],
                        ));
                    } else {
                        for &(pp, _, _) in &parts {
                            out.push(Stmt::Call(RtFn::OrderPush, vec![Expr::Var(pp)]));
                        }
                        out.push(Stmt::Call(
                            RtFn::OrderConcat,
                            vec![Expr::Var(dst), Expr::I64(parts.len() as i64)],
                        ));
                    }
                    for (pp, owned, len) in parts {
                        out.push(concat_part(dst, pp, offset));
                        self.release(pp, owned, out);
                        offset += len;
                    }
                    return (dst, true);
                }
                let dst = self.alloc_with(a, true, e.span, out);
                for p in parts {
                    let (pp, owned) = self.object(p, out);
                    out.push(concat_part(dst, pp, offset));
                    self.release(pp, owned, out);
                    offset += p.ty.as_array().unwrap().shape[*axis] as i64;
                }
                (dst, true)
            }
            H::BoolOp { and, lhs, rhs } => {
                // One-element arrays: `lhs or rhs` is lhs when its element is true, else rhs
                // (`and`: the other way round); the result is an owned reference.
                let r = self.var(lir::Ty::I64);
                let (pl, ol) = self.object(lhs, out);
                if !ol {
                    out.push(Stmt::Call(RtFn::Incref, vec![Expr::Var(pl)]));
                }
                out.push(Stmt::Set(r, Expr::Var(pl)));
                let elem = self.first_element(r, false, a.dtype, out);
                let truth = self.truth_of(elem, &Ty::NpScalar(a.dtype));
                let take_rhs = if *and {
                    truth
                } else {
                    Expr::op(Op::BNot, vec![truth])
                };
                let mut then = vec![Stmt::Call(RtFn::Decref, vec![Expr::Var(r)])];
                let (pr, or) = self.object(rhs, &mut then);
                if !or {
                    then.push(Stmt::Call(RtFn::Incref, vec![Expr::Var(pr)]));
                }
                then.push(Stmt::Set(r, Expr::Var(pr)));
                out.push(Stmt::If {
                    cond: take_rhs,
                    then,
                    orelse: vec![],
                });
                (r, true)
            }
            H::Local(_) | H::TupleGet { .. } | H::IfExp { .. } => self.object(e, out),
            k => unreachable!("array expression {k:?}"),
        }
    }

    /// The frame depth of a compiled function called here (its hidden first argument), after
    /// CPython's RecursionError when it would pass the recursion limit: a recursive function
    /// stops at the depth CPython stops at, with the output so far, instead of overflowing
    /// the machine stack.
    fn callee_depth(&mut self, span: Span, out: &mut Vec<Stmt>) -> Expr {
        let here = match self.frame_depth {
            Some(d) => Expr::Var(d),
            None => Expr::I64(1),
        };
        let depth = Expr::op(Op::IAdd, vec![here, Expr::I64(self.inlined_frames + 1)]);
        let depth = self.temp(depth, lir::Ty::I64, out);
        let message = self.data(b"RecursionError: maximum recursion depth exceeded\0".to_vec());
        let site = self.site(span);
        out.push(Stmt::If {
            cond: Expr::op(
                Op::ICmp(CmpOp::Gt),
                vec![depth.clone(), Expr::I64(RECURSION_LIMIT)],
            ),
            then: vec![Stmt::Call(RtFn::Raise, vec![Expr::Data(message), site])],
            orelse: vec![],
        });
        depth
    }

    /// A compiled (recursive) user function of scalars.
    fn function(&mut self, f: &hir::Function) {
        let scalar = |s: &Slot| match s {
            Slot::Scalar(v) => *v,
            s => unreachable!("a compiled function's local in {s:?}"),
        };
        let mut body = Vec::new();
        for &id in &f.locals {
            if !f.params.contains(&id) {
                let slot = self.slots[id].clone();
                self.init_slot(&slot, &mut body);
            }
            if let Some(flag) = self.bound_flags[id] {
                body.push(Stmt::Set(flag, Expr::I64(f.params.contains(&id) as i64)));
            }
            if let Some(flag) = self.numpy_flags[id] {
                body.push(Stmt::Set(flag, Expr::I64(0)));
            }
            for &flag in self.item_flags[id].iter().flatten() {
                body.push(Stmt::Set(flag, Expr::I64(0)));
            }
        }
        let depth = self.var(lir::Ty::I64);
        let outer = (self.frame_depth.replace(depth), self.inlined_frames);
        self.inlined_frames = 0;
        let mut inner = Vec::new();
        self.block(&f.body, &mut inner);
        (self.frame_depth, self.inlined_frames) = outer;
        resolve_returns(&mut inner, 0);
        inner.push(Stmt::Break);
        body.push(Stmt::Loop(inner));
        let params = std::iter::once(depth)
            .chain(f.params.iter().map(|&p| scalar(&self.slots[p])))
            .collect();
        let result = scalar(&self.slots[f.result]);
        self.out.functions.push(lir::Function {
            params,
            result,
            body,
        });
    }

    /// The first element of array `p` (a 0-d result, or a one-element array) as a machine
    /// value; `p` released when `owned`.
    fn first_element(&mut self, p: Var, owned: bool, dtype: DType, out: &mut Vec<Stmt>) -> Expr {
        let load = Expr::Load {
            arr: Box::new(Expr::Var(p)),
            offset: Box::new(Expr::I64(0)),
            dtype,
        };
        let r = self.temp(load, dtype_machine(dtype), out);
        self.release(p, owned, out);
        r
    }

    /// For an inlined call: emits its body (as a loop run once, which `return` leaves) and
    /// gives the expression of its value (`None` for a function returning None). `None` when
    /// `e` is not a call.
    fn inline_call(&mut self, e: &hir::Expr, out: &mut Vec<Stmt>) -> Option<Option<hir::Expr>> {
        let H::Inline { body, result } = &e.kind else {
            return None;
        };
        let mut stmts = Vec::new();
        self.inlined_frames += 1;
        self.block(body, &mut stmts);
        self.inlined_frames -= 1;
        resolve_returns(&mut stmts, 0);
        stmts.push(Stmt::Break);
        out.push(Stmt::Loop(stmts));
        Some(result.map(|id| hir::Expr {
            kind: H::Local(id),
            ty: e.ty.clone(),
            span: e.span,
        }))
    }

    /// Reduces (or accumulates) the argument of `e`, a `ReduceAxes`, into `dst`, a new array
    /// of the result's dtype and size.
    fn reduce_axes_into(&mut self, dst: Var, e: &hir::Expr, out: &mut Vec<Stmt>) {
        self.reduce_axes_from(None, dst, e, out)
    }

    /// `reduce_axes_into` with the input already evaluated (`input`: its object and whether
    /// it is owned), as a run-time-sized result needs it to size `dst` first.
    fn reduce_axes_from(
        &mut self,
        input: Option<(Var, bool)>,
        dst: Var,
        e: &hir::Expr,
        out: &mut Vec<Stmt>,
    ) {
        let H::ReduceAxes {
            op,
            arg,
            axes,
            ddof,
            form,
        } = &e.kind
        else {
            unreachable!("reduce_axes_into {:?}", e.kind)
        };
        let (op, axes, ddof) = (*op, *axes, *ddof);
        let (p, owned) = match input {
            Some(i) => i,
            None => self.object(arg, out),
        };
        let code = reduce_code(op);
        if matches!(arg.ty, Ty::RunArray(_)) && !op.is_accumulation() {
            // A reduction of extents known only at run time may have nothing to reduce.
            let site = self.site(e.span);
            out.push(Stmt::Call(
                RtFn::ReduceCheck,
                vec![site, Expr::Var(p), Expr::I64(axes), Expr::I64(code)],
            ));
        }
        let call = if op.is_accumulation() {
            let axis = if axes < 0 {
                -1
            } else {
                axes.trailing_zeros() as i64
            };
            let table = if ty_dtype(&e.ty).is_float() {
                self.reduction_warn_table(op, *form, &e.ty, e.span)
            } else {
                Expr::I64(0)
            };
            Stmt::Call(
                RtFn::Accumulate,
                vec![
                    Expr::Var(p),
                    Expr::Var(dst),
                    Expr::I64(axis),
                    Expr::I64(code),
                    table,
                ],
            )
        } else {
            Stmt::Call(
                RtFn::ReduceAxes,
                vec![
                    Expr::Var(p),
                    Expr::Var(dst),
                    Expr::I64(axes),
                    Expr::I64(code),
                    Expr::I64(ddof),
                    self.reduction_warn_table(op, *form, &e.ty, e.span),
                ],
            )
        };
        out.push(call);
        self.release(p, owned, out);
    }

    /// A linear-algebra expression as a new array from the runtime (0-d for a scalar result).
    fn linalg(&mut self, e: &hir::Expr, out: &mut Vec<Stmt>) -> (Var, bool) {
        match &e.kind {
            H::Take { base, indices } => {
                let (p, owned) = self.object(base, out);
                let (q, q_owned) = self.object(indices, out);
                let site = self.site(e.span);
                let r = self.call_obj(RtFn::Take, vec![site, Expr::Var(p), Expr::Var(q)], out);
                self.release(p, owned, out);
                self.release(q, q_owned, out);
                r
            }
            H::Sort {
                arg,
                axis,
                indices,
                stable,
            } => {
                let (p, owned) = self.object(arg, out);
                let site = self.site(e.span);
                let flags = *indices as i64 | (*stable as i64) << 1;
                let args = vec![
                    site,
                    Expr::Var(p),
                    Expr::I64(*axis as i64),
                    Expr::I64(flags),
                ];
                let r = self.call_obj(RtFn::Sort, args, out);
                self.release(p, owned, out);
                r
            }
            H::Partition {
                arg,
                kth,
                axis,
                indices,
            } => {
                let (p, owned) = self.object(arg, out);
                let (k, k_owned) = self.object(kth, out);
                let site = self.site(e.span);
                let args = vec![
                    site,
                    Expr::Var(p),
                    Expr::I64(*axis as i64),
                    Expr::Var(k),
                    Expr::I64(*indices as i64),
                ];
                let r = self.call_obj(RtFn::Partition, args, out);
                self.release(p, owned, out);
                self.release(k, k_owned, out);
                r
            }
            H::AsStrided {
                arg,
                shape,
                strides,
            } => {
                let (p, owned) = self.object(arg, out);
                let (s, s_owned) = self.object(shape, out);
                let (t, t_owned) = self.object(strides, out);
                let args = vec![Expr::Var(p), Expr::Var(s), Expr::Var(t)];
                let r = self.call_obj(RtFn::AsStrided, args, out);
                self.release(p, owned, out);
                self.release(s, s_owned, out);
                self.release(t, t_owned, out);
                r
            }
            H::MatMul(x, y, np_dot) => self.matmul(e, x, y, *np_dot, out),
            H::Trace { arg, offset } => {
                let (p, owned) = self.object(arg, out);
                let k = self.scalar(offset, out);
                let r = self.call_obj(RtFn::Trace, vec![Expr::Var(p), k], out);
                self.release(p, owned, out);
                r
            }
            H::Norm {
                arg,
                kind,
                axis,
                keepdims,
            } => {
                let (p, owned) = self.object(arg, out);
                let code = match kind {
                    hir::NormKind::Dot => 0,
                    hir::NormKind::SquareSum => 1,
                    hir::NormKind::AbsSum => 2,
                    hir::NormKind::AbsMax => 3,
                    hir::NormKind::AbsMin => 4,
                    hir::NormKind::NonZero => 5,
                    hir::NormKind::Power(_) => 10,
                    hir::NormKind::ColSumMax => 6,
                    hir::NormKind::RowSumMax => 7,
                    hir::NormKind::ColSumMin => 8,
                    hir::NormKind::RowSumMin => 9,
                };
                let args = vec![
                    Expr::Var(p),
                    Expr::I64(code),
                    Expr::I64(*axis as i64),
                    Expr::I64(*keepdims as i64),
                    Expr::F64(match kind {
                        hir::NormKind::Power(p) => *p,
                        _ => 0.0,
                    }),
                ];
                let r = self.call_obj(RtFn::Norm, args, out);
                self.release(p, owned, out);
                r
            }
            k => unreachable!("linear-algebra expression {k:?}"),
        }
    }

    /// `x @ y`, the product `e`.
    fn matmul(
        &mut self,
        e: &hir::Expr,
        x: &hir::Expr,
        y: &hir::Expr,
        np_dot: bool,
        out: &mut Vec<Stmt>,
    ) -> (Var, bool) {
        let (px, ox) = self.object(x, out);
        let (py, oy) = self.object(y, out);
        if matches!(x.ty, Ty::RunArray(_)) || matches!(y.ty, Ty::RunArray(_)) {
            let site = self.site(e.span);
            out.push(Stmt::Call(
                RtFn::MatmulCheck,
                vec![Expr::Var(px), Expr::Var(py), Expr::I64(np_dot as i64), site],
            ));
        }
        if let Some(a) = e.ty.as_array() {
            // The runtime allocates the result from the operands' shapes (empty operands can
            // make a product too big).
            self.check_shape(a, e.span, out);
        }
        // The script's placement of a tensor operand: the runtime's offload policy.
        let device = |e: &hir::Expr| e.ty.as_array().and_then(|a| a.tensor);
        let cuda = [x, y].iter().any(|e| device(e) == Some(Device::Cuda));
        let tensor = [x, y].iter().any(|e| device(e).is_some());
        // The runtime's `MATMUL_*` flags.
        let flags = cuda as i64 | (np_dot as i64) << 1 | (tensor as i64) << 2;
        let r = self.call_obj(
            RtFn::MatMul,
            vec![Expr::Var(px), Expr::Var(py), Expr::I64(flags)],
            out,
        );
        self.release(px, ox, out);
        self.release(py, oy, out);
        r
    }

    /// One kernel filling `dst` with `value`, an expression of the element's index (`Iota`)
    /// and constants only, already of `dty`'s dtype.
    fn index_kernel(&mut self, dst: Var, dty: &ArrTy, value: Expr, out: &mut Vec<Stmt>) {
        let nd = dty.ndim();
        let kernel = lir::Kernel {
            domain: dty.shape.clone(),
            run: false,
            arrays: vec![KernelArray {
                dtype: dty.dtype,
                broadcast: vec![false; nd],
                ndim: nd,
            }],
            scalars: vec![],
            out: 0,
            value,
            cuda: dty.tensor == Some(Device::Cuda),
        };
        let id = self.out.kernels.len();
        self.out.kernels.push(kernel);
        out.push(Stmt::Call(RtFn::StatKernel, vec![]));
        out.push(Stmt::Launch {
            kernel: id,
            arrays: vec![Expr::Var(dst)],
            scalars: vec![],
        });
    }

    /// Writes `value` (an array broadcastable to `target`'s shape, or a scalar) into `target`.
    fn write_array(&mut self, target: Var, tty: &ArrTy, value: &hir::Expr, out: &mut Vec<Stmt>) {
        self.fused_kernel(target, tty, value, true, out);
    }

    /// One kernel computing the elementwise tree `value` into `dst` (shape `dty.shape`).
    /// `in_place`: `dst` may alias inputs, so every array operand goes through the one overlap
    /// rule, `arrc_unalias`, at run time (it copies only what overlaps `dst`).
    fn fused_kernel(
        &mut self,
        dst: Var,
        dty: &ArrTy,
        value: &hir::Expr,
        in_place: bool,
        out: &mut Vec<Stmt>,
    ) {
        let mut kb = KernelBuilder {
            domain: dty.shape.clone(),
            arrays: Vec::new(),
            scalars: Vec::new(),
            owned: Vec::new(),
            plain: in_place && !matches!(value.kind, H::Elementwise { .. }),
            warn: dty.tensor.is_none().then_some(None),
            layout: (!in_place && dty.tensor.is_none() && order_matters(&dty.shape))
                .then(|| vec![Vec::new()]),
            run: false,
            out_root: None,
        };
        let nd = dty.ndim();
        kb.arrays.push((
            dst,
            KernelArray {
                dtype: dty.dtype,
                broadcast: vec![false; nd],
                ndim: nd,
            },
        ));
        let expr = self.kernel_expr(value, &mut kb, dst, in_place, out);
        let expr = convert(expr, ty_dtype(&value.ty), dty.dtype);
        let expr = self.check_cast_in_kernel(
            &mut kb.warn,
            ty_dtype(&value.ty),
            dty.dtype,
            value.span,
            expr,
        );
        self.finish_table(kb.warn.take());
        if let Some(mut lists) = kb.layout.take() {
            self.order_k(dst, lists.pop().unwrap_or_default(), out);
        }
        self.launch_kernel(kb, expr, dty.tensor == Some(Device::Cuda), out);
    }

    /// The kernel `kb` built, computing `value` into its operand 0, and its launch; then the
    /// release of the operands it owns.
    fn launch_kernel(&mut self, kb: KernelBuilder, value: Expr, cuda: bool, out: &mut Vec<Stmt>) {
        let out_dtype = kb.arrays[0].1.dtype;
        let value = if out_dtype.is_complex() {
            complex::complex_output(value, out_dtype)
        } else {
            value
        };
        let kernel = lir::Kernel {
            domain: kb.domain.clone(),
            run: kb.run,
            arrays: kb.arrays.iter().map(|(_, k)| k.clone()).collect(),
            scalars: kb.scalars.iter().map(|(_, t)| *t).collect(),
            out: 0,
            value,
            cuda,
        };
        let id = self.out.kernels.len();
        self.out.kernels.push(kernel);
        out.push(Stmt::Call(RtFn::StatKernel, vec![]));
        out.push(Stmt::Launch {
            kernel: id,
            arrays: kb.arrays.iter().map(|(v, _)| Expr::Var(*v)).collect(),
            scalars: kb.scalars.iter().map(|(e, _)| e.clone()).collect(),
        });
        for v in kb.owned {
            out.push(Stmt::Call(RtFn::Decref, vec![Expr::Var(v)]));
        }
    }

    /// Lays out `dst`, a new elementwise result, as NumPy would (order='K'), from the layout
    /// tree the kernel's operands made: at run time, as a stack program for
    /// `runtime/src/order.rs`. Nothing when no operand could make it other than C order.
    fn order_k(&mut self, dst: Var, roots: Vec<LayoutNode>, out: &mut Vec<Stmt>) {
        let Some(LayoutNode::Intermediate { children, .. }) = roots.into_iter().next() else {
            return;
        };
        if !children.iter().any(LayoutNode::has_operand) {
            return;
        }
        fn emit(n: &LayoutNode, out: &mut Vec<Stmt>) {
            match n {
                LayoutNode::Operand(v) => {
                    out.push(Stmt::Call(RtFn::OrderPush, vec![Expr::Var(*v)]))
                }
                LayoutNode::Intermediate { children, shape } => {
                    for c in children {
                        emit(c, out);
                    }
                    let mut args = vec![
                        Expr::I64(children.len() as i64),
                        Expr::I64(shape.len() as i64),
                    ];
                    for d in 0..8 {
                        args.push(Expr::I64(shape.get(d).copied().unwrap_or(0) as i64));
                    }
                    out.push(Stmt::Call(RtFn::OrderNode, args));
                }
            }
        }
        for c in &children {
            emit(c, out);
        }
        out.push(Stmt::Call(
            RtFn::OrderApply,
            vec![Expr::Var(dst), Expr::I64(children.len() as i64)],
        ));
    }

    /// One node of a kernel's elementwise tree as a kernel expression, noting its place in
    /// the result's layout tree.
    fn kernel_expr(
        &mut self,
        e: &hir::Expr,
        kb: &mut KernelBuilder,
        dst: Var,
        in_place: bool,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        let node_shape = match (&e.kind, &e.ty, &kb.layout) {
            (H::Elementwise { .. }, Ty::Array(a), Some(_)) => Some(a.shape.clone()),
            _ => None,
        };
        let Some(shape) = node_shape else {
            return self.kernel_node(e, kb, dst, in_place, out);
        };
        kb.layout.as_mut().unwrap().push(Vec::new());
        let r = self.kernel_node(e, kb, dst, in_place, out);
        let lists = kb.layout.as_mut().unwrap();
        let children = lists.pop().unwrap();
        if order_matters(&shape) {
            lists
                .last_mut()
                .unwrap()
                .push(LayoutNode::Intermediate { children, shape });
        }
        r
    }

    fn kernel_node(
        &mut self,
        e: &hir::Expr,
        kb: &mut KernelBuilder,
        dst: Var,
        in_place: bool,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        if let Some(r) = self.complex_kernel_node(e, kb, dst, in_place, out) {
            return r;
        }
        match (&e.kind, &e.ty) {
            (H::Elementwise { op, args }, Ty::Array(_) | Ty::RunArray(_)) => {
                let dts: Vec<DType> = args.iter().map(|a| ty_dtype(&a.ty)).collect();
                let cd = compute_dtype(*op, args, ty_dtype(&e.ty));
                if let Some(base) = sqrt_base(*op, args).filter(|_| cd.is_float()) {
                    // `x ** 0.5` on float arrays is NumPy's `sqrt` fast path (`-0.0 ** 0.5` is
                    // -0.0). An int or bool base takes `power` in NumPy, which warns under its
                    // own name; on their float values `sqrt` is the same correctly rounded root.
                    let v = self.kernel_expr(base, kb, dst, in_place, out);
                    let v = convert(v, ty_dtype(&base.ty), cd);
                    let r = Expr::op(Op::FSqrt, vec![v]);
                    let name = if ty_dtype(&base.ty).is_float() {
                        self.power_fast_path_name(e, "sqrt")
                    } else {
                        "power"
                    };
                    let name = Some(name);
                    self.run_shape_node(e, 2, true, kb, dst, out);
                    return self.check_in_kernel(&mut kb.warn, EwOp::Sqrt, cd, name, e.span, r);
                }
                if let Some(base) = squared_base(*op, args) {
                    // `x ** 2` is `x * x`, as NumPy's fast path computes it (bit-identical to pow).
                    let v = self.kernel_expr(base, kb, dst, in_place, out);
                    let v = convert(v, ty_dtype(&base.ty), cd);
                    let r = ew_expr(EwOp::Mul, cd, vec![v.clone(), v], false, Expr::I64(0));
                    self.run_shape_node(e, 2, true, kb, dst, out);
                    let square = Some(self.power_fast_path_name(e, "square"));
                    let r = self.check_in_kernel(&mut kb.warn, EwOp::Mul, cd, square, e.span, r);
                    return wrap_int32(EwOp::Mul, cd, r);
                }
                let mut vals = Vec::new();
                for (i, (a, dt)) in args.iter().zip(&dts).enumerate() {
                    let v = self.kernel_expr(a, kb, dst, in_place, out);
                    vals.push(convert(v, *dt, arg_dtype(*op, i, cd)));
                }
                self.run_shape_node(e, args.len(), false, kb, dst, out);
                let site = self.site(e.span);
                let r = ew_expr(*op, cd, vals, false, site);
                let r = self.check_in_kernel(&mut kb.warn, *op, cd, None, e.span, r);
                let r = wrap_int32(*op, cd, r);
                if *op == EwOp::Cast {
                    // The cast happened converting the operand to `cd`.
                    let r = self.check_cast_in_kernel(&mut kb.warn, dts[0], cd, e.span, r);
                    convert(r, cd, ty_dtype(&e.ty))
                } else {
                    r
                }
            }
            (H::Arange { start, step }, Ty::Array(a))
                if !kb.run && a.dtype.is_int() && a.shape[0] == kb.domain[kb.domain.len() - 1] =>
            {
                // An int arange is `start + k*step` of the loop counter: no array in memory.
                // (Float aranges keep NumPy's fill order, in the runtime.)
                let k = Expr::Iota(kb.domain.len() - 1);
                let s = self.scalar(start, out);
                let st = self.scalar(step, out);
                Expr::op(Op::IAdd, vec![s, Expr::op(Op::IMul, vec![k, st])])
            }
            (_, Ty::Array(_) | Ty::RunArray(_)) if kb.run => {
                let p = self.kernel_operand(e, kb, dst, in_place, out);
                out.push(Stmt::Call(RtFn::BshapePush, vec![Expr::Var(p)]));
                let dtype = ty_dtype(&e.ty);
                let nd = kb.domain.len();
                let operand = KernelArray {
                    dtype,
                    broadcast: vec![false; nd],
                    ndim: nd,
                };
                if let Some(i) = kb.arrays[1..]
                    .iter()
                    .position(|(q, k)| *q == p && *k == operand)
                {
                    return Expr::Input(i + 1);
                }
                kb.arrays.push((p, operand));
                Expr::Input(kb.arrays.len() - 1)
            }
            (_, Ty::Array(a)) => {
                let p = self.kernel_operand(e, kb, dst, in_place, out);
                if let Some(lists) = kb.layout.as_mut().filter(|_| order_matters(&a.shape)) {
                    lists.last_mut().unwrap().push(LayoutNode::Operand(p));
                }
                let nd = kb.domain.len();
                let off = nd - a.ndim();
                let broadcast = (0..nd)
                    .map(|d| d < off || (a.shape[d - off] == 1 && kb.domain[d] != 1))
                    .collect();
                let operand = KernelArray {
                    dtype: a.dtype,
                    broadcast,
                    ndim: a.ndim(),
                };
                // `x*x`: one operand read once (not the output, operand 0).
                if let Some(i) = kb.arrays[1..]
                    .iter()
                    .position(|(q, k)| *q == p && *k == operand)
                {
                    return Expr::Input(i + 1);
                }
                kb.arrays.push((p, operand));
                Expr::Input(kb.arrays.len() - 1)
            }
            (_, t) => {
                let v = self.scalar(e, out);
                let mt = machine_ty(t);
                let v = self.temp(v, mt, out);
                if kb.run {
                    out.push(Stmt::Call(RtFn::BshapePushScalar, vec![]));
                }
                kb.scalars.push((v, mt));
                Expr::Param(kb.scalars.len() - 1)
            }
        }
    }

    /// An array operand of a kernel evaluated to an object: in place, through the overlap
    /// rule (`arrc_unalias`) against `dst`; released after the kernel when owned.
    fn kernel_operand(
        &mut self,
        e: &hir::Expr,
        kb: &mut KernelBuilder,
        dst: Var,
        in_place: bool,
        out: &mut Vec<Stmt>,
    ) -> Var {
        let (mut p, mut owned) = self.object(e, out);
        if in_place {
            let (q, _) = self.call_obj(
                RtFn::Unalias,
                vec![Expr::Var(p), Expr::Var(dst), Expr::I64(kb.plain as i64)],
                out,
            );
            self.release(p, owned, out);
            p = q;
            owned = true;
        }
        if owned {
            kb.owned.push(p);
        }
        p
    }

    /// In a run-time kernel, the shape check of elementwise node `e` of `k` operands, whose
    /// shapes are on the stack (`scalar_last`: all but its last, a scalar not in the
    /// kernel, as `x ** 2`'s exponent).
    fn run_shape_node(
        &mut self,
        e: &hir::Expr,
        k: usize,
        scalar_last: bool,
        kb: &KernelBuilder,
        dst: Var,
        out: &mut Vec<Stmt>,
    ) {
        if !kb.run {
            return;
        }
        if scalar_last {
            out.push(Stmt::Call(RtFn::BshapePushScalar, vec![]));
        }
        let site = self.site(e.span);
        if kb.out_root == Some(e as *const hir::Expr) {
            out.push(Stmt::Call(
                RtFn::BshapeOutNode,
                vec![Expr::I64(k as i64), Expr::Var(dst), site],
            ));
        } else {
            out.push(Stmt::Call(
                RtFn::BshapeNode,
                vec![Expr::I64(k as i64), site],
            ));
        }
    }
}

/// The runtime's operation code of a reduction along axes (`runtime/src/reduce.rs`).
fn reduce_code(op: AxisOp) -> i64 {
    match op {
        AxisOp::Sum | AxisOp::CumSum => 0,
        AxisOp::Max => 1,
        AxisOp::Min => 2,
        AxisOp::Prod | AxisOp::CumProd => 3,
        AxisOp::Mean => 4,
        AxisOp::Var => 5,
        AxisOp::Std => 6,
        AxisOp::ArgMax => 7,
        AxisOp::ArgMin => 8,
        AxisOp::Any => 9,
        AxisOp::All => 10,
    }
}

fn random_code(kind: RandomKind) -> i64 {
    match kind {
        RandomKind::Normal => 0,
        RandomKind::Sample => 1,
        RandomKind::Gauss => 2,
    }
}

/// Swaps of two axes that turn the identity order into `perm` (axis `d` of the result is
/// axis `perm[d]` of the source), applied in order.
fn permutation_swaps(perm: &[usize]) -> Vec<(usize, usize)> {
    let mut order: Vec<usize> = (0..perm.len()).collect();
    let mut swaps = Vec::new();
    for (d, &want) in perm.iter().enumerate() {
        let j = order
            .iter()
            .position(|&o| o == want)
            .expect("a permutation");
        if j != d {
            order.swap(d, j);
            swaps.push((d, j));
        }
    }
    swaps
}

/// NumPy's `linspace` (numpy/_core/function_base.py) for scalar bounds: the element at index
/// `i` as a kernel expression of `Iota(0)`, and the value stored over the last element when
/// `endpoint` (NumPy sets it to `stop`). Computed in float64, then floored for integer dtypes
/// and converted to `dtype`, as NumPy does.
fn linspace_values(
    start: f64,
    stop: f64,
    num: usize,
    endpoint: bool,
    dtype: DType,
) -> (Expr, Option<Expr>) {
    let div = if endpoint { num.saturating_sub(1) } else { num };
    let delta = stop - start;
    let i = Expr::op(Op::IToF, vec![Expr::Iota(0)]);
    let scaled = if div > 0 {
        let step = delta / div as f64;
        if step == 0.0 {
            // `y /= div; y *= delta`
            let frac = Expr::op(Op::FDiv, vec![i, Expr::F64(div as f64)]);
            Expr::op(Op::FMul, vec![frac, Expr::F64(delta)])
        } else {
            Expr::op(Op::FMul, vec![i, Expr::F64(step)])
        }
    } else {
        Expr::op(Op::FMul, vec![i, Expr::F64(delta)])
    };
    let y = Expr::op(Op::FAdd, vec![scaled, Expr::F64(start)]);
    let finish = |y: Expr| match dtype {
        d if d.is_int() => convert(
            Expr::Call(RtFn::FloorDivF64, vec![y, Expr::F64(1.0)]),
            DType::F64,
            dtype,
        ),
        d => convert(y, DType::F64, d),
    };
    let last = (endpoint && num > 1).then(|| finish(Expr::F64(stop)));
    (finish(y), last)
}

/// Whether NumPy's iterator refuses a ufunc over `shape`: the running product of its
/// dimensions, in order, overflows `npy_intp` (`nditer_constr.c`; a leading zero stops it).
fn iterator_too_large(shape: &[usize]) -> bool {
    shape
        .iter()
        .try_fold(1i64, |n, &d| n.checked_mul(i64::try_from(d).ok()?))
        .is_none()
}
