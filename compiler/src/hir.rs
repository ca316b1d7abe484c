//! Typed HIR: the program after name resolution, typing and static shape inference.
//!
//! Every expression has a `Ty`; every NumPy call is resolved to what it does (`Full`,
//! `Arange`, `View`, …); every broadcast and `-1` is already resolved. Architecture invariant:
//! nothing here knows about machine types, reference counts or kernels — that is `lower`'s job.

use crate::source::Span;
use crate::syntax::ast::CmpOp;
use crate::types::{DType, Ty};

pub type LocalId = usize;

#[derive(Clone, Debug)]
pub struct Local {
    pub name: String,
    pub ty: Ty,
    /// First bound where it may not run (in a loop or branch): every read checks at run time
    /// that a value was bound, as CPython raises NameError otherwise.
    pub may_be_unbound: bool,
}

#[derive(Clone, Debug)]
pub struct Program {
    pub locals: Vec<Local>,
    pub body: Vec<Stmt>,
    /// Each assignment to a name with the type it inferred, for `arrc check --shapes`.
    pub assignments: Vec<(Span, String, Ty)>,
}

/// Elementwise operations, with NumPy's meaning for arrays and NumPy scalars, and Python's for
/// Python scalars (the difference is only in errors: Python raises on division by zero).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EwOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    Cmp(CmpOp),
    /// Logical and/or/xor of bools, bitwise of ints.
    And,
    Or,
    Xor,
    Neg,
    Not,
    Exp,
    Sqrt,
    Abs,
    /// Conversion to the expression's dtype (argument of another dtype).
    Cast,
}

impl EwOp {
    pub fn arity(self) -> usize {
        match self {
            EwOp::Neg | EwOp::Not | EwOp::Exp | EwOp::Sqrt | EwOp::Abs | EwOp::Cast => 1,
            _ => 2,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReduceOp {
    Sum,
    Max,
    Min,
    Mean,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RandomKind {
    /// `normal(loc, scale)`
    Normal,
    /// `rand`, `random`, `random_sample`
    Sample,
    /// `randn`
    Gauss,
}

/// A distribution drawn by [`ExprKind::Draw`]: its two parameters are floats for the float
/// distributions and ints for `Integers` / `Choice`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dist {
    /// Uniform in [0, 1): legacy `random_sample`, `Generator.random`.
    Random,
    /// `Generator.random(dtype=np.float32)` (a float32 array, or a Python float holding a
    /// float32 value without a size).
    RandomF32,
    /// `Generator.standard_normal(dtype=np.float32)`.
    StandardNormalF32,
    /// Legacy `standard_normal` (polar, cached), `Generator.standard_normal` (ziggurat).
    StandardNormal,
    /// `normal(loc, scale)`
    Normal,
    /// `uniform(low, high)`
    Uniform,
    /// `randint(low, high)` / `integers(low, high)`; `one_arg` when written `randint(high)`
    /// (NumPy words the empty range `high <= 0` then).
    Integers { one_arg: bool },
    /// `choice(n)` of an int range, with replacement.
    Choice,
}

/// One step of a view: applied in order to a view of the base.
#[derive(Clone, Debug)]
pub enum ViewOp {
    /// Axis `axis` (of the view so far) becomes `len` elements from `start` every `step`.
    Slice {
        axis: usize,
        start: i64,
        len: usize,
        step: i64,
    },
    /// Axis `axis` is fixed at `index` (an int expression, maybe known only at run time;
    /// `size` is the axis length for the bounds check).
    Index {
        axis: usize,
        index: Box<Expr>,
        size: usize,
        source_axis: usize,
    },
    NewAxis {
        axis: usize,
    },
    Transpose,
    /// Axis `d` of the result is axis `perm[d]` of the view so far (`transpose(axes)`,
    /// `swapaxes`).
    Permute(Vec<usize>),
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub ty: Ty,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Int(i64),
    Float(f64),
    Bool(bool),
    Str(String),
    None,
    DType(DType),
    Local(LocalId),
    Tuple(Vec<Expr>),
    /// Elementwise on arrays and/or scalars. When `ty` is an array, `args` broadcast to it.
    Elementwise {
        op: EwOp,
        args: Vec<Expr>,
    },
    /// Python's short-circuit `and` / `or` on operands of one type.
    BoolOp {
        and: bool,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// Truthiness of a scalar (`if x:`), as a Python bool.
    Truth(Box<Expr>),
    /// `str(x)` / `repr(x)`
    Text {
        repr: bool,
        value: Box<Expr>,
    },
    StrConcat(Box<Expr>, Box<Expr>),
    /// `id(x)` of an object.
    Id(Box<Expr>),
    /// `np.array([...])`: elements in C order.
    ArrayLit(Vec<Expr>),
    /// An array filled with one scalar (`zeros`, `ones`, `*_like`).
    Full(Box<Expr>),
    /// `arange`: `start + k*step`, constants of the array's dtype.
    Arange {
        start: Box<Expr>,
        step: Box<Expr>,
    },
    Random {
        kind: RandomKind,
        a: Box<Expr>,
        b: Box<Expr>,
    },
    /// A draw from the legacy global stream (`gen: None`) or from a `Generator` handle; a
    /// scalar when `ty` is, else a fresh array filled in C order.
    Draw {
        gen: Option<Box<Expr>>,
        dist: Dist,
        a: Box<Expr>,
        b: Box<Expr>,
    },
    /// `np.random.default_rng(seed)`: a new `Generator` handle.
    DefaultRng(Box<Expr>),
    View {
        base: Box<Expr>,
        ops: Vec<ViewOp>,
    },
    Reshape(Box<Expr>),
    /// `ravel`: a 1-D view of a C-contiguous array, else a contiguous copy (decided at run time,
    /// where the strides are known).
    Ravel(Box<Expr>),
    Copy(Box<Expr>),
    /// `np.eye`: ones where `column - row == k`, zeros elsewhere.
    Eye {
        k: i64,
    },
    /// `np.linspace` with constant bounds, computed as NumPy's `function_base.linspace` does.
    Linspace {
        start: f64,
        stop: f64,
        num: usize,
        endpoint: bool,
    },
    /// `np.dot`, `@`: operands of the result's dtype.
    MatMul(Box<Expr>, Box<Expr>),
    Concatenate {
        parts: Vec<Expr>,
        axis: usize,
    },
    Reduce {
        op: ReduceOp,
        arg: Box<Expr>,
    },
    /// `x[i, j]` reading one element (indices are ints, maybe run-time, not yet wrapped).
    Element {
        base: Box<Expr>,
        indices: Vec<Expr>,
    },
    /// Item `index` of a tuple value.
    TupleGet {
        tuple: Box<Expr>,
        index: usize,
    },
    /// A scalar converted to another scalar type (`int(x)`, `float(x)`, NumPy → Python).
    Convert(Box<Expr>),
    /// A value wholly given by its type (`torch.Size([3, 4])`, `torch.float32`, a device).
    TypeValue,
    /// `t.to(device)`: the tensor placed on `device` (a run-time no-op under `--device cpu`).
    ToDevice {
        value: Box<Expr>,
        device: crate::types::Device,
    },
    /// `t.is_cuda`: whether the tensor is on the GPU at run time.
    IsCuda(crate::types::Device),
    /// `torch.cuda.is_available()`
    CudaAvailable,
    /// `torch.cuda.synchronize()`: waits for queued GPU work (a value of type None).
    CudaSynchronize,
    /// A call of a user function, specialised and inlined at its call site: `body` runs once
    /// (a `Return` leaves it early), then the value is local `result` (None when absent).
    Inline {
        body: Vec<Stmt>,
        result: Option<LocalId>,
    },
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    /// Binds a local to a new value.
    Assign {
        local: LocalId,
        value: Expr,
    },
    /// Writes `value` (scalar or array broadcast to the target) into the array `target`
    /// (a local or a view): `x[0:2] = 1`, `z[:] = x + y`, `x += y`.
    Write {
        target: Expr,
        value: Expr,
    },
    /// `x[i, j] = v` for one element.
    WriteElement {
        base: Expr,
        indices: Vec<Expr>,
        value: Expr,
    },
    /// Evaluates for effects (and, in notebooks, shows the value's repr when `show`).
    Expr {
        value: Expr,
        show: bool,
    },
    Print {
        args: Vec<Expr>,
        sep: Option<Expr>,
        end: Option<Expr>,
    },
    If {
        test: Expr,
        then: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
    },
    /// `for var in range(start, stop, step)`: bounds evaluated once.
    ForRange {
        var: LocalId,
        start: Expr,
        stop: Expr,
        step: Expr,
        body: Vec<Stmt>,
    },
    Break,
    Continue,
    /// Leaves the innermost `ExprKind::Inline` body (its value was assigned just before).
    Return,
    /// `%time stmt`
    Time(Vec<Stmt>),
    RandomSeed(Expr),
    /// `np.random.shuffle(x)` / `rng.shuffle(x)` of a 1-D array, in place.
    Shuffle {
        gen: Option<Expr>,
        arr: Expr,
    },
}
