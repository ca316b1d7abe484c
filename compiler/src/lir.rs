//! LIR: the lowered IR both backends consume. A host program of machine-typed variables,
//! runtime calls, structured control flow and kernel launches; and kernels, each an
//! elementwise expression over a static iteration domain whose array operands are read and
//! written through their run-time strides (broadcast axes get stride 0).
//!
//! Architecture invariant: no Python or NumPy typing is left here — every value is an `I64`
//! (ints, bools as 0/1, pointers), an `F64` or an `F32`, and every operation says which it
//! works on. An int32 element is an `I64` holding its value sign-extended: loads widen, stores
//! keep the low 32 bits, and lowering wraps each int32 result with `IWrap32`.

use crate::rtabi::RtFn;
use crate::syntax::ast::CmpOp;
use crate::types::DType;
use std::fmt;

/// Machine types. `I32` appears only as a runtime function's return type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    I64,
    F64,
    F32,
    I32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Var(pub u32);

impl fmt::Display for Var {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "v{}", self.0)
    }
}

/// Operations on machine values. `I*` work on i64 (wrapping), `F*` on f64 or f32 (both
/// operands of one type, the result of that type), `B*` on 0/1 bools.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Op {
    IAdd,
    ISub,
    IMul,
    INeg,
    IAbs,
    IAnd,
    IOr,
    IXor,
    INot,
    FAdd,
    FSub,
    FMul,
    FDiv,
    FNeg,
    FAbs,
    /// Correctly rounded square root (NumPy's `x ** 0.5` fast path).
    FSqrt,
    ICmp(CmpOp),
    FCmp(CmpOp),
    /// Logical not of a 0/1 bool.
    BNot,
    /// int → float64 / float32
    IToF,
    IToF32,
    /// float32 → float64 and float64 → float32 (round to nearest)
    FPromote,
    FDemote,
    /// NumPy's float → int cast (truncation).
    FToI,
    /// NumPy's float → int32 cast: truncation; NaN and values out of int32's range give
    /// i32::MIN (x86-64's conversion), sign-extended.
    FToI32,
    /// The low 32 bits, sign-extended: an int32 result computed in i64.
    IWrap32,
    /// `x != 0` as 0/1.
    IToB,
    FToB,
    /// NumPy's maximum/minimum: the first operand when it is greater (less) or NaN, else the
    /// second (so NaNs propagate and, of two equal zeros, the second wins).
    FMax,
    FMin,
    IMax,
    IMin,
    /// Exact roundings: toward -inf, toward +inf, toward zero, to nearest even.
    FFloor,
    FCeil,
    FTrunc,
    FRint,
    /// NumPy's sign: -1, +0 or 1 of the operand's type; NaN stays NaN.
    FSign,
    ISign,
    /// Float classification, as 0/1.
    FIsNan,
    FIsInf,
    FIsFinite,
    /// `c ? a : b` with `c` a 0/1 bool and `a`, `b` of one type.
    Select,
    /// Kernel only (`lower/complex.rs`): a complex value as its real and imaginary parts,
    /// only as the value of a kernel whose output is complex (stored as two floats).
    CPair,
    /// Kernel only: the imaginary part of complex operand `Input(i)` (`Input(i)` itself
    /// reads the real part).
    CImag,
}

/// Where a site string or string constant lives in the program's data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DataId(pub u32);

#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    Var(Var),
    I64(i64),
    F64(f64),
    /// Kernel only: the current element of array operand `i`, as a machine value.
    Input(usize),
    /// Kernel only: the current index along domain axis `d` (an `I64`).
    Iota(usize),
    /// Kernel only: scalar operand `k`.
    Param(usize),
    Op(Op, Vec<Expr>),
    Call(RtFn, Vec<Expr>),
    /// The element at byte `offset` from array `arr`'s data pointer.
    Load {
        arr: Box<Expr>,
        offset: Box<Expr>,
        dtype: DType,
    },
    /// `strides[axis]` of array object `arr`, in bytes.
    Stride {
        arr: Box<Expr>,
        axis: usize,
    },
    /// Address of a data blob.
    Data(DataId),
    /// A call of compiled user function `Program::functions[i]` (host code only).
    CallFunction(usize, Vec<Expr>),
    /// `value` (an `Op` or `Call` of one or two operands) whose NumPy warning flags are
    /// recorded: in a kernel, ORed into the kernel's flags word at bits `bit..bit + 3` and
    /// printed after its loop; in host code, printed at once. `table` holds the messages
    /// (`arrc_fp_warn`); all the checks of one kernel share one table.
    Checked {
        check: Check,
        bit: u32,
        table: DataId,
        value: Box<Expr>,
    },
    /// A Python int operation (`value`: an `IAdd`, `ISub`, `IMul`, `INeg` or `IAbs` `Op`)
    /// whose result must be exact: one beyond int64 stops the program with an OverflowError
    /// at `site` (`arrc_py_int_overflow`), as Python ints never wrap (host code only).
    PyIntExact {
        value: Box<Expr>,
        site: Box<Expr>,
    },
}

/// How a checked operation finds its NumPy warning flags (`runtime/src/warn.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Check {
    /// A float operation (`arrc_runtime::warn::op` code): a result that is not finite asks
    /// `arrc_fp_flags` which flags it raised.
    Float(i64),
    /// Integer floor_divide (`true`) or remainder in int64 or int32 (the `DType`): a divisor
    /// of 0 or -1 asks `arrc_int_flags`.
    IntDiv(bool, DType),
    /// Wrapping `IAdd`/`ISub`/`IMul`/`INeg`/`IAbs` of NumPy scalars: overflow, tested inline.
    /// For int32 (computed in i64), a result that is not its own low 32 bits sign-extended.
    IntOverflow(DType),
    /// `FToI` (int64) or `FToI32` (int32) of NaN, an infinity or a value out of range: NumPy's
    /// invalid cast.
    FloatToInt(DType),
}

impl Expr {
    pub fn op(op: Op, args: Vec<Expr>) -> Expr {
        Expr::Op(op, args)
    }

    /// Calls `f` with each variable the expression reads.
    pub fn for_each_var(&self, f: &mut impl FnMut(Var)) {
        match self {
            Expr::Var(v) => f(*v),
            Expr::I64(_)
            | Expr::F64(_)
            | Expr::Input(_)
            | Expr::Iota(_)
            | Expr::Param(_)
            | Expr::Data(_) => {}
            Expr::Op(_, args) | Expr::Call(_, args) | Expr::CallFunction(_, args) => {
                args.iter().for_each(|a| a.for_each_var(f))
            }
            Expr::Load { arr, offset, .. } => {
                arr.for_each_var(f);
                offset.for_each_var(f);
            }
            Expr::Stride { arr, .. } => arr.for_each_var(f),
            Expr::Checked { value, .. } => value.for_each_var(f),
            Expr::PyIntExact { value, site } => {
                value.for_each_var(f);
                site.for_each_var(f);
            }
        }
    }

    /// The warning table of the first `Checked` node in a kernel value (all share one).
    pub fn warn_table(&self) -> Option<DataId> {
        match self {
            Expr::Checked { table, .. } => Some(*table),
            Expr::Op(_, args) | Expr::Call(_, args) => args.iter().find_map(Expr::warn_table),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Stmt {
    Set(Var, Expr),
    /// A runtime call for its effect.
    Call(RtFn, Vec<Expr>),
    Store {
        arr: Expr,
        offset: Expr,
        dtype: DType,
        value: Expr,
    },
    If {
        cond: Expr,
        then: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// Repeats until a `Break`.
    Loop(Vec<Stmt>),
    Break,
    /// Leaves `n` + 1 enclosing loops (`BreakOut(0)` is `Break`).
    BreakOut(usize),
    Continue,
    /// Runs kernel `kernel` with array object operands then scalar operands.
    Launch {
        kernel: usize,
        arrays: Vec<Expr>,
        scalars: Vec<Expr>,
    },
}

impl Stmt {
    /// Calls `f` with each variable the statement (and those nested in it) reads or sets.
    pub fn for_each_var(&self, f: &mut impl FnMut(Var)) {
        match self {
            Stmt::Set(v, e) => {
                e.for_each_var(f);
                f(*v);
            }
            Stmt::Call(_, args) => args.iter().for_each(|a| a.for_each_var(f)),
            Stmt::Store {
                arr, offset, value, ..
            } => {
                arr.for_each_var(f);
                offset.for_each_var(f);
                value.for_each_var(f);
            }
            Stmt::If { cond, then, orelse } => {
                cond.for_each_var(f);
                then.iter().chain(orelse).for_each(|s| s.for_each_var(f));
            }
            Stmt::Loop(body) => body.iter().for_each(|s| s.for_each_var(f)),
            Stmt::Break | Stmt::BreakOut(_) | Stmt::Continue => {}
            Stmt::Launch {
                arrays, scalars, ..
            } => arrays.iter().chain(scalars).for_each(|a| a.for_each_var(f)),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct KernelArray {
    pub dtype: DType,
    /// Per domain axis: whether this operand is broadcast along it (stride taken as 0).
    /// An operand with fewer axes than the domain aligns to the right.
    pub broadcast: Vec<bool>,
    pub ndim: usize,
}

/// `arrays[out][i] = value(i)` for every index `i` of `domain`.
#[derive(Clone, Debug, PartialEq)]
pub struct Kernel {
    pub domain: Vec<usize>,
    /// The domain is the output's shape at run time (`domain` holds only its rank, as
    /// zeros): a kernel over arrays with run-time extents. Every other operand is then a
    /// view already broadcast to that shape (`arrc_bcast_view`), with no broadcast flags.
    pub run: bool,
    pub arrays: Vec<KernelArray>,
    pub scalars: Vec<Ty>,
    pub out: usize,
    pub value: Expr,
    /// The script placed the result on a CUDA device (a torch tensor): it runs on the GPU
    /// whenever one is usable, whatever its size.
    pub cuda: bool,
}

#[derive(Clone, Debug, Default)]
pub struct Program {
    pub vars: Vec<Ty>,
    pub body: Vec<Stmt>,
    pub kernels: Vec<Kernel>,
    pub data: Vec<Vec<u8>>,
    /// Per kernel, its descriptor for the GPU backend (`lower::attach_gpu`); empty when the
    /// program cannot use a GPU (`--device cpu`, or `lower::may_use_gpu`), and then no GPU
    /// hooks are compiled in.
    pub gpu_meta: Vec<DataId>,
    /// User functions compiled as functions (recursive ones), called by `Expr::CallFunction`.
    pub functions: Vec<Function>,
}

/// A function of scalars: its parameters' variables (set from its arguments on entry), its
/// body, and the variable holding its result when the body ends. Variables are the
/// program's, each function having its own copy of those it uses. The first parameter is
/// the call's frame depth (CPython's, for its RecursionError), then the user's arguments.
#[derive(Clone, Debug, PartialEq)]
pub struct Function {
    pub params: Vec<Var>,
    pub result: Var,
    pub body: Vec<Stmt>,
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expr::Var(v) => write!(f, "{v}"),
            Expr::I64(i) => write!(f, "{i}"),
            Expr::F64(x) => write!(f, "{x:?}"),
            Expr::Input(i) => write!(f, "in{i}[i]"),
            Expr::Param(k) => write!(f, "p{k}"),
            Expr::Iota(d) => write!(f, "i{d}"),
            Expr::Op(op, args) => {
                write!(f, "{op:?}(")?;
                for (i, a) in args.iter().enumerate() {
                    write!(f, "{}{a}", if i > 0 { ", " } else { "" })?;
                }
                write!(f, ")")
            }
            Expr::Call(func, args) => {
                write!(f, "call {}(", func.symbol())?;
                for (i, a) in args.iter().enumerate() {
                    write!(f, "{}{a}", if i > 0 { ", " } else { "" })?;
                }
                write!(f, ")")
            }
            Expr::Load { arr, offset, dtype } => {
                write!(f, "load.{}({arr} + {offset})", dtype.name())
            }
            Expr::Stride { arr, axis } => write!(f, "stride({arr}, {axis})"),
            Expr::Data(d) => write!(f, "data{}", d.0),
            Expr::CallFunction(i, args) => {
                let a: Vec<String> = args.iter().map(|a| a.to_string()).collect();
                write!(f, "call fn{i}({})", a.join(", "))
            }
            Expr::Checked {
                check,
                bit,
                table,
                value,
            } => write!(f, "checked({check:?}, bit {bit}, data{}, {value})", table.0),
            Expr::PyIntExact { value, site } => write!(f, "exact({value}, {site})"),
        }
    }
}

fn write_block(f: &mut fmt::Formatter<'_>, stmts: &[Stmt], indent: usize) -> fmt::Result {
    let pad = "    ".repeat(indent);
    for s in stmts {
        match s {
            Stmt::Set(v, e) => writeln!(f, "{pad}{v} = {e}")?,
            Stmt::Call(func, args) => writeln!(f, "{pad}{}", Expr::Call(*func, args.clone()))?,
            Stmt::Store {
                arr,
                offset,
                dtype,
                value,
            } => writeln!(f, "{pad}store.{}({arr} + {offset}) = {value}", dtype.name())?,
            Stmt::If { cond, then, orelse } => {
                writeln!(f, "{pad}if {cond}:")?;
                write_block(f, then, indent + 1)?;
                if !orelse.is_empty() {
                    writeln!(f, "{pad}else:")?;
                    write_block(f, orelse, indent + 1)?;
                }
            }
            Stmt::Loop(body) => {
                writeln!(f, "{pad}loop:")?;
                write_block(f, body, indent + 1)?;
            }
            Stmt::Break => writeln!(f, "{pad}break")?,
            Stmt::BreakOut(n) => writeln!(f, "{pad}break {}", n + 1)?,
            Stmt::Continue => writeln!(f, "{pad}continue")?,
            Stmt::Launch {
                kernel,
                arrays,
                scalars,
            } => {
                let a: Vec<String> = arrays
                    .iter()
                    .chain(scalars)
                    .map(|e| e.to_string())
                    .collect();
                writeln!(f, "{pad}launch kernel{kernel}({})", a.join(", "))?
            }
        }
    }
    Ok(())
}

impl fmt::Display for Program {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, k) in self.kernels.iter().enumerate() {
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
                    format!(
                        "{}{}:{}[{}]",
                        if j == k.out { "out " } else { "" },
                        j,
                        a.dtype.name(),
                        b
                    )
                })
                .collect();
            writeln!(
                f,
                "kernel{i} domain {:?} arrays ({}) scalars {:?}:",
                k.domain,
                arrays.join(", "),
                k.scalars
            )?;
            writeln!(f, "    out{}[i] = {}", k.out, k.value)?;
        }
        for (i, func) in self.functions.iter().enumerate() {
            let p: Vec<String> = func.params.iter().map(|v| v.to_string()).collect();
            writeln!(f, "fn{i}({}) -> {}:", p.join(", "), func.result)?;
            write_block(f, &func.body, 1)?;
        }
        writeln!(f, "main:")?;
        write_block(f, &self.body, 1)
    }
}
