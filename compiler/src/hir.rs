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
    /// Bound both to a Python scalar and to a NumPy scalar of the same machine type (`total =
    /// 0.0`, then `total += x[i]` in a loop): its type is the NumPy one, and which of the two
    /// it holds is kept at run time, for printing (`repr` differs).
    pub python_or_numpy: bool,
}

#[derive(Clone, Debug)]
pub struct Program {
    pub locals: Vec<Local>,
    pub body: Vec<Stmt>,
    /// Each assignment to a name with the type it inferred, for `arrc check --shapes`.
    pub assignments: Vec<(Span, String, Ty)>,
    /// User functions compiled as functions (the recursive ones), by `FunctionId`.
    pub functions: Vec<Function>,
}

pub type FunctionId = usize;

/// A recursive user function, specialised for one list of scalar argument types. Its locals
/// (parameters included) are scalars, each call having its own.
#[derive(Clone, Debug)]
pub struct Function {
    pub params: Vec<LocalId>,
    /// Every local of the body, parameters included.
    pub locals: Vec<LocalId>,
    pub body: Vec<Stmt>,
    pub result: LocalId,
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
    /// A float function of one argument (the C library's).
    Math(MathFn),
    Arctan2,
    /// `np.sign`: -1, 0 or 1 (+0.0 for either zero, NaN stays NaN).
    Sign,
    /// Identity on ints and bools.
    Floor,
    Trunc,
    Ceil,
    /// `np.round(x, decimals)`: NumPy's scale, round half to even, unscale.
    Round(i64),
    /// NaN-propagating; when neither is greater the second operand.
    Maximum,
    Minimum,
    /// `np.clip(x, lo, hi)`
    Clip,
    /// `np.where(cond, a, b)`: `cond` is bool, `a` and `b` of the result's dtype.
    Where,
    IsNan,
    IsInf,
    IsFinite,
    /// `<<` and `>>` of ints (`lower/ints.rs`).
    Shl,
    Shr,
    /// A Python int operand cast to integer dtype `.0`: NEP 50's OverflowError when it does
    /// not fit (known only at run time), else the value.
    CheckFits(crate::types::DType),
    /// The complex-only operations (`sema/complex.rs`, `lower/complex.rs`).
    Complex(ComplexFn),
}

/// Operations of complex numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ComplexFn {
    /// `.real`, `.imag`: the parts, of the part dtype.
    Real,
    Imag,
    Conj,
    /// `np.angle`: `atan2(imag, real)`.
    Angle,
    /// `complex(re, im)` of two reals.
    Make,
}

/// The float functions NumPy's ufuncs take from the C library.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MathFn {
    Log,
    Log2,
    Log10,
    Log1p,
    Expm1,
    Sin,
    Cos,
    Tan,
    Tanh,
    Arcsin,
    Arccos,
    Arctan,
    Exp2,
    Sinh,
    Cosh,
    Arcsinh,
    Arccosh,
    Arctanh,
    Cbrt,
    Deg2rad,
    Rad2deg,
    Radians,
    Degrees,
    /// Functions of two arguments.
    Hypot,
    Copysign,
    Logaddexp,
    Logaddexp2,
}

impl MathFn {
    pub const ALL: &'static [MathFn] = &[
        MathFn::Log,
        MathFn::Log2,
        MathFn::Log10,
        MathFn::Log1p,
        MathFn::Expm1,
        MathFn::Sin,
        MathFn::Cos,
        MathFn::Tan,
        MathFn::Tanh,
        MathFn::Arcsin,
        MathFn::Arccos,
        MathFn::Arctan,
        MathFn::Exp2,
        MathFn::Sinh,
        MathFn::Cosh,
        MathFn::Arcsinh,
        MathFn::Arccosh,
        MathFn::Arctanh,
        MathFn::Cbrt,
        MathFn::Deg2rad,
        MathFn::Rad2deg,
        MathFn::Radians,
        MathFn::Degrees,
        MathFn::Hypot,
        MathFn::Copysign,
        MathFn::Logaddexp,
        MathFn::Logaddexp2,
    ];

    /// NumPy's name for it (`np.arcsin`).
    pub fn name(self) -> &'static str {
        match self {
            MathFn::Log => "log",
            MathFn::Log2 => "log2",
            MathFn::Log10 => "log10",
            MathFn::Log1p => "log1p",
            MathFn::Expm1 => "expm1",
            MathFn::Sin => "sin",
            MathFn::Cos => "cos",
            MathFn::Tan => "tan",
            MathFn::Tanh => "tanh",
            MathFn::Arcsin => "arcsin",
            MathFn::Arccos => "arccos",
            MathFn::Arctan => "arctan",
            MathFn::Exp2 => "exp2",
            MathFn::Sinh => "sinh",
            MathFn::Cosh => "cosh",
            MathFn::Arcsinh => "arcsinh",
            MathFn::Arccosh => "arccosh",
            MathFn::Arctanh => "arctanh",
            MathFn::Cbrt => "cbrt",
            MathFn::Deg2rad => "deg2rad",
            MathFn::Rad2deg => "rad2deg",
            MathFn::Radians => "radians",
            MathFn::Degrees => "degrees",
            MathFn::Hypot => "hypot",
            MathFn::Copysign => "copysign",
            MathFn::Logaddexp => "logaddexp",
            MathFn::Logaddexp2 => "logaddexp2",
        }
    }

    /// How many operands it takes (`np.hypot` two).
    pub fn arity(self) -> usize {
        match self {
            MathFn::Hypot | MathFn::Copysign | MathFn::Logaddexp | MathFn::Logaddexp2 => 2,
            _ => 1,
        }
    }

    pub fn from_name(name: &str) -> Option<MathFn> {
        MathFn::ALL.iter().copied().find(|m| m.name() == name)
    }
}

impl EwOp {
    pub fn arity(self) -> usize {
        match self {
            EwOp::Neg
            | EwOp::Not
            | EwOp::Exp
            | EwOp::Sqrt
            | EwOp::Abs
            | EwOp::Cast
            | EwOp::Sign
            | EwOp::Floor
            | EwOp::Trunc
            | EwOp::Ceil
            | EwOp::Round(_)
            | EwOp::IsNan
            | EwOp::IsInf
            | EwOp::IsFinite => 1,
            EwOp::Math(m) => m.arity(),
            EwOp::Clip | EwOp::Where => 3,
            _ => 2,
        }
    }
}

/// How a whole-array reduction was called. NumPy's `x.sum()` and `np.sum(x)` run different
/// lines of NumPy's Python files, and Python's warnings registry files their warnings under
/// those lines (one warning per NumPy line, whichever script line called it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReduceForm {
    /// `x.sum()`: `numpy/_core/_methods.py`.
    Method,
    /// `np.sum(x)`: `numpy/_core/fromnumeric.py`.
    Function,
    /// A torch tensor's reduction, or one arrc makes itself: never warns.
    Silent,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReduceOp {
    Sum,
    Max,
    Min,
    Mean,
}

/// Reductions along axes (`x.sum(axis=0)`, `np.var(x, (0, 2), ddof=1)`, `x.argmax(1)`) and
/// accumulations (`cumsum`, `cumprod`); also the whole-array forms of all but the `ReduceOp`s.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AxisOp {
    Sum,
    Max,
    Min,
    Prod,
    Mean,
    Var,
    Std,
    ArgMax,
    ArgMin,
    Any,
    All,
    CumSum,
    CumProd,
}

impl AxisOp {
    /// Whether the result keeps the argument's shape (an accumulation) instead of reducing it.
    pub fn is_accumulation(self) -> bool {
        matches!(self, AxisOp::CumSum | AxisOp::CumProd)
    }
    /// Whether the op takes at most one axis (`argmax`, `cumsum`, …) rather than a tuple.
    pub fn single_axis(self) -> bool {
        matches!(
            self,
            AxisOp::ArgMax | AxisOp::ArgMin | AxisOp::CumSum | AxisOp::CumProd
        )
    }
}

/// What `np.linalg.norm` computes for an `ord` (see `numpy/linalg/_linalg.py`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum NormKind {
    /// Default, `'fro'` and vector `ord=2` without `axis`: `sqrt(x.ravel().dot(x.ravel()))`.
    Dot,
    /// Vector norms along `axis`: `sqrt(sum(x*x))`, `sum(abs(x))`, `max(abs(x))`,
    /// `min(abs(x))`, `sum(x != 0)`.
    SquareSum,
    AbsSum,
    AbsMax,
    AbsMin,
    NonZero,
    /// Any other vector `ord` p: `sum(abs(x) ** p) ** (1 / p)`.
    Power(f64),
    /// Matrix norms: `ord=1` (max of column sums of `abs`), `inf` (max of row sums), `-1`,
    /// `-inf`.
    ColSumMax,
    RowSumMax,
    ColSumMin,
    RowSumMin,
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
    /// `x[i:i+3]`: bounds known only at run time whose difference is constant, so the
    /// length `len` is static; at run time the bounds must give exactly `len` elements.
    SliceAt {
        axis: usize,
        lower: Box<Expr>,
        upper: Box<Expr>,
        len: usize,
        step: i64,
        size: usize,
    },
    /// `lower:upper:step` normalised at run time (Python's `slice.indices`) against the
    /// axis's run-time extent: bounds, step or extent known only then. `None` bounds are
    /// omitted ones; the step is an int (a zero step raises then).
    SliceRun {
        axis: usize,
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Box<Expr>,
    },
    /// Axis `axis` fixed at `index`, checked against the axis's run-time extent (axis
    /// `source_axis` of the base, for the IndexError).
    IndexRun {
        axis: usize,
        index: Box<Expr>,
        source_axis: usize,
    },
    Transpose,
    /// Axis `d` of the result is axis `perm[d]` of the view so far (`transpose(axes)`,
    /// `swapaxes`).
    Permute(Vec<usize>),
}

/// The operations of `ExprKind::ListCall`, numbered as `runtime/src/abi/lists.rs` takes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListOp {
    Sort,
    SortReverse,
    Reverse,
    Sum,
    Min,
    Max,
}

impl ListOp {
    pub fn in_place(self) -> bool {
        matches!(self, ListOp::Sort | ListOp::SortReverse | ListOp::Reverse)
    }
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
    /// A complex constant (`2.5j`): real and imaginary parts.
    Complex(f64, f64),
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
    /// An array filled with one scalar (`zeros`, `ones`, `*_like` of 0-d and 1-d arrays).
    Full(Box<Expr>),
    /// `np.zeros_like(like)` etc. of an array of 2 or more axes: filled with `value` and laid
    /// out in `like`'s memory order (order='K').
    FullLike {
        value: Box<Expr>,
        like: Box<Expr>,
    },
    /// `arange`: `start + k*step`, constants of the array's dtype.
    Arange {
        start: Box<Expr>,
        step: Box<Expr>,
    },
    /// The extent of axis `axis` of a run-time-shaped array (its size for `None`), read from
    /// its header: a Python int.
    Extent {
        arr: Box<Expr>,
        axis: Option<usize>,
    },
    /// `np.zeros(dims)`, `np.ones`, `np.empty` where some extent is a run-time Python int:
    /// filled with `value` (a run-time-shaped array).
    FullRun {
        value: Box<Expr>,
        dims: Vec<Expr>,
    },
    /// `np.arange(start, stop, step)` with a bound known only at run time (Python ints, or
    /// floats for a float dtype): its length is NumPy's `ceil((stop - start) / step)`.
    ArangeRun {
        start: Box<Expr>,
        stop: Box<Expr>,
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
    /// `x.shape = dims`: a view of `x` with the type's shape, made without a copy (else
    /// NumPy's AttributeError), for `x` to be rebound to (`sema/set_shape.rs`).
    SetShape(Box<Expr>),
    /// `ravel`: a 1-D view of a C-contiguous array, else a contiguous copy (decided at run time,
    /// where the strides are known).
    Ravel(Box<Expr>),
    /// A C-contiguous copy (`x.copy()`, `flatten`).
    Copy(Box<Expr>),
    /// A copy in the source's memory order (order='K': `astype`, `np.clip` without bounds,
    /// `np.round` of ints): F order for a transposed array.
    CopyK(Box<Expr>),
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
    /// `np.matmul`, `@`, `np.dot` of arrays: operands of the result's dtype, 1-D operands
    /// promoted and batch axes broadcast as `np.matmul` does. The flag marks `np.dot`, which
    /// copies a vector with a negative or zero stride before its BLAS call (`@` sums it in a
    /// plain loop instead: the last bits differ).
    MatMul(Box<Expr>, Box<Expr>, bool),
    /// `np.trace(a, offset)` of a 2-D array (`offset` a Python int): a NumPy scalar.
    Trace {
        arg: Box<Expr>,
        offset: Box<Expr>,
    },
    /// `np.linalg.norm` of a float64 or float32 array: the computation NumPy's `linalg.norm`
    /// chooses for the `ord`, along `axis` (for the per-axis kinds).
    Norm {
        arg: Box<Expr>,
        kind: NormKind,
        axis: usize,
        keepdims: bool,
    },
    /// `np.sort(arg, axis)` (a new sorted array) or, with `indices`, `np.argsort` (int64
    /// indices); `stable` for `kind='stable'`/`'mergesort'`.
    Sort {
        arg: Box<Expr>,
        axis: usize,
        indices: bool,
        stable: bool,
    },
    /// The byte stride of axis `axis` of an array, read from its header: a Python int
    /// (`a.strides`).
    Stride {
        arr: Box<Expr>,
        axis: usize,
    },
    /// A view of `arg`'s memory with the shape and byte strides in the 1-D int64 arrays
    /// `shape` and `strides` (`sema/stride_tricks.rs`); its type gives the static shape.
    AsStrided {
        arg: Box<Expr>,
        shape: Box<Expr>,
        strides: Box<Expr>,
    },
    /// `np.partition(arg, kth, axis)` (a new array) or, with `indices`, `np.argpartition`
    /// (int64 indices); `kth` a 1-D int64 array (`sema/partition.rs`).
    Partition {
        arg: Box<Expr>,
        kth: Box<Expr>,
        axis: usize,
        indices: bool,
    },
    /// `base[i0, i1, ...]` with int index arrays for `base`'s first axes: a new array of the
    /// indices' broadcast shape followed by `base`'s other axes.
    TakeNd {
        base: Box<Expr>,
        indices: Vec<Expr>,
    },
    /// `np.einsum(subscripts, *operands)`: a new array (or 0-d array, for a scalar result),
    /// `spec` the operands' and output's labels as `arrc_einsum` reads them.
    Einsum {
        spec: Vec<u8>,
        operands: Vec<Expr>,
    },
    /// The `bins + 1` edges of `np.histogram(a, bins)` over `range` (else `a`'s extremes).
    HistEdges {
        a: Box<Expr>,
        bins: i64,
        range: Option<(f64, f64)>,
    },
    /// The counts of `np.histogram(a, ...)` in the bins between `edges` (`uniform`: equal
    /// bins from `HistEdges`, NumPy's fast path).
    HistCount {
        a: Box<Expr>,
        edges: Box<Expr>,
        uniform: bool,
    },
    /// `np.linalg.matrix_rank(a)` of a matrix: an int64 scalar.
    MatrixRank(Box<Expr>),
    /// `base[mask]` with a boolean array over `base`'s first axes: a new array of the
    /// selected positions, its first extent known only at run time.
    MaskTake {
        base: Box<Expr>,
        mask: Box<Expr>,
    },
    /// The indices of `arg`'s nonzero elements, in C order: along axis `which` (`np.nonzero`),
    /// or raveled (`which` = `value_shapes::NONZERO_FLAT`) or as `(count, ndim)` rows
    /// (`NONZERO_ROWS`, `np.argwhere`). An int64 array of run-time extent.
    NonZero {
        arg: Box<Expr>,
        which: i64,
    },
    /// One output of `np.unique(arg)` (flattened): `which` 0 the sorted unique values, 1 the
    /// index of each one's first occurrence, 2 the inverse (of `arg`'s shape), 3 the counts;
    /// `stable`: NumPy sorted stably (`return_index=True`).
    Unique {
        arg: Box<Expr>,
        which: i64,
        stable: bool,
    },
    /// `np.repeat(arg, repeats, axis)`: `repeats` a Python int or an int array; `axis` -1 for
    /// the flattened array.
    Repeat {
        arg: Box<Expr>,
        repeats: Box<Expr>,
        axis: i64,
    },
    /// Set operations on the flattened operands (of one dtype): `op` 0 `np.intersect1d`, 1
    /// `np.union1d`, 2 `np.setdiff1d` (sorted unique values), 3 `np.isin` (bools of `a`'s
    /// shape), 4 `np.isin(invert=True)`.
    SetOp {
        a: Box<Expr>,
        b: Box<Expr>,
        op: i64,
    },
    /// `np.interp(x, xp, fp, left, right)` (`left`/`right` Python floats, absent for
    /// `fp[0]`/`fp[-1]`): a new float64 array of `x`'s shape (`sema/interp.rs`).
    Interp {
        x: Box<Expr>,
        xp: Box<Expr>,
        fp: Box<Expr>,
        left: Option<Box<Expr>>,
        right: Option<Box<Expr>>,
    },
    /// One of the everyday NumPy functions the runtime computes (`sema/api_index.rs`,
    /// `runtime/src/abi/api_index.rs`): `op` names it, `arrays` are its array operands and
    /// `ints` its Python-int operands, in evaluation order; a new array (or, for the in-place
    /// ones, the first operand, which sema discards).
    Api {
        op: i64,
        arrays: Vec<Expr>,
        ints: Vec<Expr>,
    },
    /// `np.bincount(x, weights, minlength)`.
    BinCount {
        x: Box<Expr>,
        weights: Option<Box<Expr>>,
        minlength: Box<Expr>,
    },
    /// `base[indices]` with an integer array: a new array (NumPy's `take` along axis 0).
    Take {
        base: Box<Expr>,
        indices: Box<Expr>,
    },
    /// Laid out in the parts' memory order as `np.concatenate` does; `list_index`: the read
    /// `x[:, [0, 2]]` (one length-1 view per item), laid out as NumPy's advanced indexing lays
    /// it out instead: the indexed axis outermost, the others in the source's memory order.
    Concatenate {
        parts: Vec<Expr>,
        axis: usize,
        list_index: bool,
    },
    /// A whole-array reduction to a NumPy scalar; `form` says how it was called, which decides
    /// the warnings it prints.
    Reduce {
        op: ReduceOp,
        arg: Box<Expr>,
        form: ReduceForm,
    },
    /// A reduction over the axes whose bits are set in `axes` (for `AxisOp::single_axis` ops
    /// one bit, or -1 for the flattened array). The result is an array with the reduced axes
    /// dropped or (keepdims) of length 1, the flattened or same-shaped array of an
    /// accumulation, or a NumPy scalar when nothing is left. `ddof` is var's and std's.
    ReduceAxes {
        op: AxisOp,
        arg: Box<Expr>,
        axes: i64,
        ddof: i64,
        /// How it was called, which decides where Python files its warnings.
        form: ReduceForm,
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
    /// A call of compiled user function `id` (a recursive one).
    CallFunction {
        id: FunctionId,
        args: Vec<Expr>,
    },
    /// A call of a user function, specialised and inlined at its call site: `body` runs once
    /// (a `Return` leaves it early), then the value is local `result` (None when absent).
    Inline {
        body: Vec<Stmt>,
        result: Option<LocalId>,
    },
    /// An f-string: its parts' texts joined into a new str.
    FString(Vec<FStringPart>),
    /// A scalar function of scalars computed by the runtime (`math.sqrt`, `round`, …).
    ScalarCall {
        func: ScalarFn,
        args: Vec<Expr>,
    },
    /// `min(a, b, …)` / `max(a, b, …)` of scalars of one type: Python's first extreme.
    MinMax {
        max: bool,
        args: Vec<Expr>,
    },
    /// `len(s)` of a str: its number of code points.
    StrLen(Box<Expr>),
    /// An operation of CPython's list on a 1-D list (`sema/lists.rs`): `sort`/`reverse` in
    /// place (type `None`), or `sum`/`min`/`max` (the element's Python type; `sum` of bools
    /// is an int).
    ListCall {
        op: ListOp,
        list: Box<Expr>,
    },
    /// `first` runs, then `value` is the result: how an expression keeps the effects of a
    /// part whose value sema resolved statically (`draw().shape`), or uses twice (`a < f() <
    /// b`, bound once to a temporary local by `first`).
    Seq {
        first: Vec<Stmt>,
        value: Box<Expr>,
    },
}

impl Expr {
    /// Whether evaluating `self` may have an effect a program can see: an RNG draw, or a call
    /// of a user function (which may print or draw). Such an expression is evaluated exactly
    /// once, in CPython's order, even where its value is not needed or is needed twice.
    pub fn has_effects(&self) -> bool {
        use ExprKind as K;
        let any = |es: &[Expr]| es.iter().any(Expr::has_effects);
        match &self.kind {
            K::Random { .. }
            | K::Draw { .. }
            | K::DefaultRng(_)
            | K::CudaSynchronize
            | K::CallFunction { .. }
            | K::Inline { .. }
            | K::Seq { .. } => true,
            K::Int(_)
            | K::Float(_)
            | K::Complex(..)
            | K::Bool(_)
            | K::Str(_)
            | K::None
            | K::DType(_)
            | K::Local(_)
            | K::Eye { .. }
            | K::Linspace { .. }
            | K::TypeValue
            | K::IsCuda(_)
            | K::CudaAvailable => false,
            K::FullRun { value, dims } => value.has_effects() || any(dims),
            K::Extent { arr, .. } | K::NonZero { arg: arr, .. } | K::Unique { arg: arr, .. } => {
                arr.has_effects()
            }
            K::Repeat { arg, repeats, .. } => arg.has_effects() || repeats.has_effects(),
            K::SetOp { a, b, .. } => a.has_effects() || b.has_effects(),
            K::Interp {
                x,
                xp,
                fp,
                left,
                right,
            } => {
                x.has_effects()
                    || xp.has_effects()
                    || fp.has_effects()
                    || [left, right]
                        .into_iter()
                        .any(|e| e.as_ref().is_some_and(|e| e.has_effects()))
            }
            K::TakeNd { base, indices } => base.has_effects() || any(indices),
            K::Api { arrays, ints, .. } => any(arrays) || any(ints),
            K::Einsum { operands, .. } => any(operands),
            K::HistEdges { a, .. } | K::MatrixRank(a) => a.has_effects(),
            K::HistCount { a, edges, .. } => a.has_effects() || edges.has_effects(),
            K::BinCount {
                x,
                weights,
                minlength,
            } => {
                x.has_effects()
                    || weights.as_ref().is_some_and(|w| w.has_effects())
                    || minlength.has_effects()
            }
            K::ArangeRun { start, stop, step } => {
                start.has_effects() || stop.has_effects() || step.has_effects()
            }
            K::Tuple(es)
            | K::ArrayLit(es)
            | K::Elementwise { args: es, .. }
            | K::Concatenate { parts: es, .. }
            | K::ScalarCall { args: es, .. }
            | K::MinMax { args: es, .. } => any(es),
            K::BoolOp { lhs, rhs, .. } => lhs.has_effects() || rhs.has_effects(),
            K::IfExp { test, body, orelse } => {
                test.has_effects() || body.has_effects() || orelse.has_effects()
            }
            K::Truth(e)
            | K::Text { value: e, .. }
            | K::Id(e)
            | K::Full(e)
            | K::Reshape(e)
            | K::SetShape(e)
            | K::Ravel(e)
            | K::Copy(e)
            | K::CopyK(e)
            | K::Reduce { arg: e, .. }
            | K::ReduceAxes { arg: e, .. }
            | K::Norm { arg: e, .. }
            | K::Sort { arg: e, .. }
            | K::Stride { arr: e, .. }
            | K::TupleGet { tuple: e, .. }
            | K::Convert(e)
            | K::ToDevice { value: e, .. }
            | K::StrLen(e) => e.has_effects(),
            K::ListCall { op, list } => op.in_place() || list.has_effects(),
            K::StrConcat(a, b)
            | K::Take {
                base: a,
                indices: b,
            }
            | K::MaskTake { base: a, mask: b }
            | K::Partition { arg: a, kth: b, .. }
            | K::AsStrided {
                arg: a, strides: b, ..
            }
            | K::FullLike { value: a, like: b }
            | K::Arange { start: a, step: b }
            | K::MatMul(a, b, _)
            | K::Trace { arg: a, offset: b } => a.has_effects() || b.has_effects(),
            K::View { base, ops } => {
                base.has_effects()
                    || ops.iter().any(|op| match op {
                        ViewOp::Index { index, .. } => index.has_effects(),
                        // The window's length is checked when it runs: an error NumPy
                        // would not raise, which must happen even where only its type is
                        // used (`len(x[i:i + 3])`).
                        ViewOp::SliceAt { .. } => true,
                        ViewOp::IndexRun { index, .. } => index.has_effects(),
                        ViewOp::SliceRun {
                            lower, upper, step, ..
                        } => {
                            lower.as_ref().is_some_and(|e| e.has_effects())
                                || upper.as_ref().is_some_and(|e| e.has_effects())
                                || step.has_effects()
                        }
                        _ => false,
                    })
            }
            K::Element { base, indices } => base.has_effects() || any(indices),
            K::FString(parts) => parts.iter().any(|p| match p {
                FStringPart::Literal(_) => false,
                FStringPart::Text { value, .. } | FStringPart::Format { value, .. } => {
                    value.has_effects()
                }
            }),
        }
    }
}

/// One piece of an f-string.
#[derive(Clone, Debug)]
pub enum FStringPart {
    Literal(String),
    /// `{value}` (`str`), `{value!r}` (`repr`).
    Text {
        value: Expr,
        repr: bool,
    },
    /// `{value:spec}`: Python's `format(value, spec)` of an int, bool, float or str (NumPy
    /// scalars already converted to the Python scalar they format as).
    Format {
        value: Expr,
        spec: String,
    },
}

/// Scalar functions the runtime computes, with CPython's (or NumPy's) errors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScalarFn {
    /// `math.sqrt(float)`
    MathSqrt,
    /// `math.exp(float)`
    MathExp,
    /// `math.log(float)`
    MathLog,
    /// `math.log(x, base)`
    MathLogBase,
    /// `math.floor(float)` → int
    MathFloor,
    /// `math.ceil(float)` → int
    MathCeil,
    /// `round(float)` → int, half to even
    RoundFloat,
    /// `round(float, ndigits)` → float, correctly rounded as CPython does
    RoundFloatDigits,
    /// `round(int, ndigits)` → int
    RoundIntDigits,
    /// `round(np.float64(x), ndigits)` → np.float64 (NumPy's `around`: scale, rint, unscale)
    NpRoundDigits,
    /// `round(np.float32(x), ndigits)` → np.float32
    NpRoundDigitsF32,
    /// `round(np.int64(x), ndigits)` → np.int64 (NumPy's `around` of an int)
    NpRoundIntDigits,
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
    /// `base[i0, i1, ...] = value` with int index arrays (`value` an array of `base`'s
    /// dtype, broadcast to the indexing result).
    PutNd {
        base: Expr,
        indices: Vec<Expr>,
        value: Expr,
        /// The indices are a boolean mask's `nonzero()`: NumPy words a value of the wrong
        /// size as a boolean assignment error.
        mask: bool,
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
    /// `np.set_printoptions(...)`: the options given (ints; a bool for `suppress`), the
    /// others unchanged.
    SetPrintOptions {
        precision: Option<Expr>,
        suppress: Option<Expr>,
        threshold: Option<Expr>,
        linewidth: Option<Expr>,
        edgeitems: Option<Expr>,
    },
    /// `np.random.shuffle(x)` / `rng.shuffle(x)` of a 1-D array, in place.
    Shuffle {
        gen: Option<Expr>,
        arr: Expr,
    },
}
