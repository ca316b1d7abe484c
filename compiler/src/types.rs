//! Static types of arrc values: Python scalars, NumPy scalars, arrays with static shapes.
//!
//! Promotion follows NumPy 2 (NEP 50): Python scalars are "weak" and take the array's dtype
//! when their kind fits; among the dtypes here the result is the larger kind.

pub mod complex;

use std::fmt;

/// Array element types. `code()` is the runtime's `DType` number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DType {
    Bool,
    I64,
    F64,
    F32,
    I32,
    /// complex64 / complex128: two floats, real then imaginary (`types::complex`).
    C64,
    C128,
    /// The unsigned and small signed integers (`int_dtypes.rs`).
    U8,
    U16,
    U32,
    U64,
    I8,
    I16,
}

impl DType {
    pub fn code(self) -> i64 {
        match self {
            DType::Bool => 0,
            DType::I64 => 1,
            DType::F64 => 2,
            DType::F32 => 3,
            DType::I32 => 4,
            DType::C64 => 11,
            DType::C128 => 12,
            DType::U8 => 5,
            DType::U16 => 6,
            DType::U32 => 7,
            DType::U64 => 8,
            DType::I8 => 9,
            DType::I16 => 10,
        }
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
    pub fn itemsize(self) -> usize {
        match self {
            DType::Bool | DType::U8 | DType::I8 => 1,
            DType::U16 | DType::I16 => 2,
            DType::I64 | DType::F64 | DType::U64 | DType::C64 => 8,
            DType::F32 | DType::I32 | DType::U32 => 4,
            DType::C128 => 16,
        }
    }
    pub fn is_float(self) -> bool {
        matches!(self, DType::F64 | DType::F32)
    }
    pub fn is_int(self) -> bool {
        !matches!(
            self,
            DType::Bool | DType::F64 | DType::F32 | DType::C64 | DType::C128
        )
    }
    /// NumPy's kind order: bool < integer < floating < complex.
    pub fn kind(self) -> u8 {
        match self {
            DType::Bool => 0,
            DType::F64 | DType::F32 => 2,
            DType::C64 | DType::C128 => 3,
            _ => 1,
        }
    }
    pub fn is_complex(self) -> bool {
        matches!(self, DType::C64 | DType::C128)
    }
}

/// NumPy's `promote_types` for two dtypes (int64 with float32 needs float64).
pub fn promote_types(a: DType, b: DType) -> DType {
    use DType::*;
    if let Some(d) = crate::int_dtypes::promote(a, b) {
        return d;
    }
    match (a, b) {
        _ if a == b => a,
        (Bool, x) | (x, Bool) => x,
        (F32, I64 | I32) | (I64 | I32, F32) => F64,
        (I32, I64) | (I64, I32) => I64,
        (I32, F64) | (F64, I32) => F64,
        (F32, F64) | (F64, F32) => F64,
        (I64, F64) | (F64, I64) => F64,
        (C64 | C128, _) | (_, C64 | C128) => complex::promote(a, b),
        _ => unreachable!(),
    }
}

/// NEP 50: the result dtype of operands with `strong` dtypes (arrays, NumPy scalars) and weak
/// Python scalars of `weak` dtypes, which only raise the kind (a Python float makes an int
/// array's result float64, but leaves a float32 array float32).
pub fn result_dtype(strong: &[DType], weak: &[DType]) -> DType {
    let Some(mut r) = strong.iter().copied().reduce(promote_types) else {
        return weak
            .iter()
            .copied()
            .fold(DType::Bool, |a, b| if b.kind() > a.kind() { b } else { a });
    };
    for &w in weak {
        if w.is_complex() && !r.is_complex() {
            r = complex::complex_of(r);
        } else if w.kind() > r.kind() {
            r = w;
        }
    }
    r
}

impl DType {
    /// The float dtype a true division or `exp` of this dtype produces.
    pub fn float_result(self) -> DType {
        if self == DType::F32 || self.is_complex() {
            self
        } else {
            DType::F64
        }
    }
}

pub type Shape = Vec<usize>;

/// Python's tuple repr of a shape, as NumPy error messages print shapes in lists: `(3, 4)`.
pub fn shape_repr(shape: &[usize]) -> String {
    match shape {
        [d] => format!("({d},)"),
        _ => format!(
            "({})",
            shape
                .iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// NumPy's compact shape text in broadcast errors: `(3,4)`.
pub fn shape_compact(shape: &[usize]) -> String {
    match shape {
        [d] => format!("({d},)"),
        _ => format!(
            "({})",
            shape
                .iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join(",")
        ),
    }
}

/// Where a torch tensor lives, as the script placed it (`--device cpu` keeps "cuda" tensors
/// on the CPU at run time, but they still print and type as the script says).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Device {
    Cpu,
    Cuda,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ArrTy {
    pub dtype: DType,
    pub shape: Shape,
    /// `Some` for a torch tensor (torch's printing and promotion), `None` for a NumPy array.
    pub tensor: Option<Device>,
}

impl ArrTy {
    /// A NumPy array.
    pub fn new(dtype: DType, shape: Shape) -> ArrTy {
        ArrTy {
            dtype,
            shape,
            tensor: None,
        }
    }
    pub fn tensor(dtype: DType, shape: Shape, device: Device) -> ArrTy {
        ArrTy {
            dtype,
            shape,
            tensor: Some(device),
        }
    }
    /// The same kind of array (NumPy or a tensor on the same device) with another dtype/shape.
    pub fn with(&self, dtype: DType, shape: Shape) -> ArrTy {
        ArrTy {
            dtype,
            shape,
            tensor: self.tensor,
        }
    }
    /// The element count; saturates for shapes too big for an array (which the program
    /// never makes: allocating one raises NumPy's error at run time).
    pub fn size(&self) -> usize {
        self.shape
            .iter()
            .fold(1, |n: usize, &d| n.saturating_mul(d))
    }
    pub fn ndim(&self) -> usize {
        self.shape.len()
    }
}

/// One axis's extent in an array type: a compile-time constant, or a value known only when
/// the program runs (`x[:i]`, `np.zeros(n)` with `n` a run-time int), read from the array's
/// header then.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Dim {
    Fixed(usize),
    Run,
}

impl Dim {
    pub fn fixed(self) -> Option<usize> {
        match self {
            Dim::Fixed(n) => Some(n),
            Dim::Run => None,
        }
    }
}

/// A NumPy array whose shape has at least one axis known only at run time (`Ty::RunArray`).
/// A separate type from `ArrTy` on purpose: code that computes with static shapes never sees
/// one, so it rejects such an array instead of using a wrong extent; each construct that
/// supports run-time extents says so by matching `Ty::RunArray` (see `lang-spec/run-time-shapes.md`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct RunArrTy {
    pub dtype: DType,
    pub dims: Vec<Dim>,
}

impl RunArrTy {
    pub fn ndim(&self) -> usize {
        self.dims.len()
    }
    /// The static array type when every extent is fixed, else this one, as a `Ty`.
    pub fn into_ty(self) -> Ty {
        match self
            .dims
            .iter()
            .map(|d| d.fixed())
            .collect::<Option<Vec<_>>>()
        {
            Some(shape) => Ty::Array(ArrTy::new(self.dtype, shape)),
            None => Ty::RunArray(self),
        }
    }
}

/// The dims of an array type of either kind (`None` for a non-array).
pub fn dims_of(t: &Ty) -> Option<(DType, Vec<Dim>)> {
    match t {
        Ty::Array(a) => Some((a.dtype, a.shape.iter().map(|&n| Dim::Fixed(n)).collect())),
        Ty::RunArray(a) => Some((a.dtype, a.dims.clone())),
        _ => None,
    }
}

/// NumPy's broadcasting where extents may be run-time: a fixed extent other than 1 decides
/// the axis (the run-time one must then be 1 or equal, checked when the program runs), two
/// run-time extents give a run-time one. `None` when two fixed extents do not broadcast.
pub fn broadcast_dims(a: &[Dim], b: &[Dim]) -> Option<Vec<Dim>> {
    let n = a.len().max(b.len());
    let at = |s: &[Dim], i: usize| {
        if i + s.len() >= n {
            s[i + s.len() - n]
        } else {
            Dim::Fixed(1)
        }
    };
    (0..n)
        .map(|i| match (at(a, i), at(b, i)) {
            (Dim::Fixed(x), Dim::Fixed(y)) if x == y || y == 1 => Some(Dim::Fixed(x)),
            (Dim::Fixed(1), d) | (d, Dim::Fixed(1)) => Some(d),
            (Dim::Fixed(_), Dim::Fixed(_)) => None,
            (Dim::Fixed(x), Dim::Run) | (Dim::Run, Dim::Fixed(x)) => Some(Dim::Fixed(x)),
            (Dim::Run, Dim::Run) => Some(Dim::Run),
        })
        .collect()
}

/// A shape with run-time extents as text: `(n, 3)` with `n` for each run-time axis.
pub fn dims_repr(dims: &[Dim]) -> String {
    let items: Vec<String> = dims
        .iter()
        .map(|d| match d {
            Dim::Fixed(n) => n.to_string(),
            Dim::Run => "n".into(),
        })
        .collect();
    match items.as_slice() {
        [d] => format!("({d},)"),
        _ => format!("({})", items.join(", ")),
    }
}

/// What a module name refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ModuleKind {
    NumPy,
    NumPyRandom,
    NumPyLinalg,
    /// `numpy.lib` and `numpy.lib.stride_tricks` (`sema/stride_tricks.rs`).
    NumPyLib,
    NumPyStrideTricks,
    Torch,
    TorchCuda,
    Math,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    /// Python `int` (held as int64).
    Int,
    Float,
    Bool,
    /// Python `complex` (`1j`): weak like Python's other scalars; not `is_scalar` (one machine
    /// value), so only the places that know complex accept it (`lower/complex.rs`).
    Complex,
    /// A NumPy scalar such as `np.float64(3.75)`: computes like Python's, prints differently.
    NpScalar(DType),
    Str,
    /// A Python list of scalars, held as an array (see `ListTy`, lang-spec/lists.md).
    List(Box<ListTy>),
    /// A list of strs known at compile time (`sorted("python")`): wholly given by its type.
    StrList(Vec<String>),
    None,
    Array(ArrTy),
    /// An array with extents known only at run time (see `RunArrTy`).
    RunArray(RunArrTy),
    Tuple(Vec<Ty>),
    /// The value of `x.dtype`.
    DTypeObj(DType),
    /// A NumPy scalar type as a value: `np.float64` passed as `datatype=np.float64`, then
    /// called (`datatype(1.5)`) or given as `dtype=datatype`.
    ScalarType(DType),
    /// `torch.float32` and friends, and a tensor's `.dtype`.
    TorchDType(DType),
    /// A tensor's `.shape` / `.size()`: `torch.Size([3, 4])`.
    TorchSize(Shape),
    /// A tensor's `.device`.
    Device(Device),
    Module(ModuleKind),
    /// `np.random.default_rng(seed)`: a handle to a generator whose state lives in the runtime.
    Generator,
}

impl Ty {
    /// A scalar held in one machine value (complex scalars are not: see `Ty::Complex`).
    pub fn is_scalar(&self) -> bool {
        match self {
            Ty::NpScalar(d) => !d.is_complex(),
            t => matches!(t, Ty::Int | Ty::Float | Ty::Bool),
        }
    }
    /// An int or bool scalar, Python or NumPy: what Python takes as an index (`__index__`).
    pub fn is_index(&self) -> bool {
        matches!(self, Ty::Int | Ty::Bool | Ty::NpScalar(DType::Bool))
            || matches!(self, Ty::NpScalar(d) if d.is_int())
    }
    /// The dtype a scalar computes in.
    pub fn scalar_dtype(&self) -> Option<DType> {
        match self {
            Ty::Int => Some(DType::I64),
            Ty::Float => Some(DType::F64),
            Ty::Complex => Some(DType::C128),
            Ty::Bool => Some(DType::Bool),
            Ty::NpScalar(d) => Some(*d),
            _ => None,
        }
    }
    pub fn as_array(&self) -> Option<&ArrTy> {
        match self {
            Ty::Array(a) => Some(a),
            _ => None,
        }
    }
    /// Whether values of this type are reference-counted runtime objects.
    /// Complex scalars are too: 0-d arrays (`lower/complex.rs`).
    pub fn is_object(&self) -> bool {
        match self {
            Ty::NpScalar(d) => d.is_complex(),
            t => matches!(
                t,
                Ty::Array(_) | Ty::RunArray(_) | Ty::Str | Ty::Complex | Ty::List(_)
            ),
        }
    }
    pub fn scalar_of(dtype: DType, numpy: bool) -> Ty {
        if numpy {
            return Ty::NpScalar(dtype);
        }
        match dtype {
            DType::Bool => Ty::Bool,
            DType::F64 | DType::F32 => Ty::Float,
            DType::C64 | DType::C128 => Ty::Complex,
            _ => Ty::Int,
        }
    }
}

impl fmt::Display for Ty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Ty::Int => write!(f, "int"),
            Ty::Float => write!(f, "float"),
            Ty::Complex => write!(f, "complex"),
            Ty::Bool => write!(f, "bool"),
            Ty::NpScalar(d) => write!(
                f,
                "numpy.{}",
                if *d == DType::Bool { "bool" } else { d.name() }
            ),
            Ty::Str => write!(f, "str"),
            Ty::None => write!(f, "NoneType"),
            Ty::Array(a) => write!(
                f,
                "{} {} of shape {}",
                a.dtype.name(),
                if a.tensor.is_some() {
                    "tensor"
                } else {
                    "array"
                },
                shape_repr(&a.shape)
            ),
            Ty::RunArray(a) => write!(
                f,
                "{} array of run-time shape {}",
                a.dtype.name(),
                dims_repr(&a.dims)
            ),
            Ty::Tuple(items) => {
                write!(f, "tuple[")?;
                for (i, t) in items.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{t}")?;
                }
                write!(f, "]")
            }
            Ty::DTypeObj(_) => write!(f, "numpy.dtype"),
            Ty::ScalarType(_) => write!(f, "type"),
            Ty::TorchDType(_) => write!(f, "torch.dtype"),
            Ty::TorchSize(_) => write!(f, "torch.Size"),
            Ty::Device(_) => write!(f, "torch.device"),
            Ty::Module(_) => write!(f, "module"),
            Ty::Generator => write!(f, "Generator"),
            Ty::List(l) => write!(f, "list of {} {}", l.elem(), shape_repr(&l.arr.shape)),
            Ty::StrList(_) => write!(f, "list of str"),
        }
    }
}

/// A Python list of scalars of one type (a list of equal-length lists of them for more
/// axes): at run time an array of `arr`'s static shape that only the list owns, whose
/// elements read as Python scalars of its dtype, or as NumPy scalars when `numpy`
/// (`list(np.arange(3))`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ListTy {
    pub arr: ArrTy,
    pub numpy: bool,
}

impl ListTy {
    /// The type of one element (of the innermost lists).
    pub fn elem(&self) -> Ty {
        Ty::scalar_of(self.arr.dtype, self.numpy)
    }
}

/// NumPy's broadcasting of two static shapes; `None` when they do not broadcast.
pub fn broadcast_shapes(a: &[usize], b: &[usize]) -> Option<Shape> {
    let n = a.len().max(b.len());
    let mut out = vec![0; n];
    for i in 0..n {
        let da = if i + a.len() >= n {
            a[i + a.len() - n]
        } else {
            1
        };
        let db = if i + b.len() >= n {
            b[i + b.len() - n]
        } else {
            1
        };
        out[i] = if da == db || db == 1 {
            da
        } else if da == 1 {
            db
        } else {
            return None;
        };
    }
    Some(out)
}

/// torch's `promote_types`: like NumPy's, except that an integer and a float32 give float32.
pub fn torch_promote_types(a: DType, b: DType) -> DType {
    use DType::*;
    match (a, b) {
        (I64, F32) | (F32, I64) => F32,
        _ => promote_types(a, b),
    }
}

/// torch's `result_type`: dimensioned tensors decide unless zero-dim tensors or Python scalars
/// are of a higher category; a Python float then gives torch's default float32.
pub fn torch_result_dtype(dimensioned: &[DType], zero_dim: &[DType], scalars: &[DType]) -> DType {
    let group = |ds: &[DType]| ds.iter().copied().reduce(torch_promote_types);
    let mut r = match (group(dimensioned), group(zero_dim)) {
        (Some(d), Some(z)) if z.kind() > d.kind() => z,
        (Some(d), _) => d,
        (None, Some(z)) => z,
        (None, None) => DType::Bool,
    };
    for &s in scalars {
        if s.kind() > r.kind() {
            r = if s.is_float() { DType::F32 } else { s };
        }
    }
    r
}

#[cfg(test)]
mod tests {
    use super::{promote_types, result_dtype, DType::*};

    #[test]
    fn int32_promotes_as_numpy_2() {
        // np.promote_types over every pair with int32.
        let table = [(Bool, I32), (I32, I32), (I64, I64), (F32, F64), (F64, F64)];
        for (other, want) in table {
            assert_eq!(promote_types(I32, other), want, "int32 with {other:?}");
            assert_eq!(promote_types(other, I32), want, "{other:?} with int32");
        }
        // NEP 50: weak Python scalars only raise the kind.
        assert_eq!(result_dtype(&[I32], &[I64]), I32);
        assert_eq!(result_dtype(&[I32], &[Bool]), I32);
        assert_eq!(result_dtype(&[I32], &[F64]), F64);
        assert_eq!(result_dtype(&[Bool], &[I64]), I64);
    }
}
