//! The one place where arrc's compile-time error texts live. Where NumPy or CPython raise
//! for the same program, the text is theirs, character for character (trailing spaces too).

use crate::source::PyExc;
use crate::types::{shape_compact, DType, Shape, Ty};
use std::fmt;

#[derive(Clone, Debug, PartialEq)]
pub enum SemaError {
    /// `np.zeros((3,4)) + np.zeros(2)`
    Broadcast(Vec<Shape>),
    /// `x[:] = np.zeros(2)` into a (3, 4) target
    BroadcastInto {
        from: Shape,
        into: Shape,
    },
    /// `x += y` where the result is larger than `x`
    NonBroadcastableOutput {
        out: Shape,
        broadcast: Shape,
    },
    /// `np.arange(12).reshape(5, -1)`
    Reshape {
        size: usize,
        dims: Vec<i64>,
    },
    /// `np.dot(a, b)` with mismatched inner dimensions
    DotNotAligned {
        a: Shape,
        b: Shape,
        ka: usize,
        ka_dim: usize,
        kb: usize,
    },
    /// `a @ b` with mismatched inner dimensions
    MatmulMismatch {
        got: usize,
        expected: usize,
    },
    /// `a @ b` with batch axes that do not broadcast: (2,3,4) @ (3,4,2)
    MatmulBatchBroadcast {
        a: Shape,
        b: Shape,
        n: usize,
        m: usize,
    },
    /// `np.concatenate((a, b))` with different ndim
    ConcatNdim {
        first: usize,
        index: usize,
        ndim: usize,
    },
    /// `np.concatenate((a, b))` with a mismatched non-axis dimension
    ConcatDim {
        dim: usize,
        first: usize,
        index: usize,
        size: usize,
    },
    /// `axis=2` on a 2-D array
    AxisOutOfBounds {
        axis: i64,
        ndim: usize,
    },
    /// `x[5]` on an axis of length 3
    IndexOutOfBounds {
        index: i64,
        axis: usize,
        size: usize,
    },
    /// `x[0, 0, 0]` on a 2-D array
    TooManyIndices {
        ndim: usize,
        given: usize,
    },
    /// `np.array([[1, 2], [3]])`
    Inhomogeneous {
        depth: usize,
        shape: Shape,
    },
    /// `x += 1.5` with an int64 `x`
    CastOutput {
        ufunc: &'static str,
        from: DType,
        to: DType,
    },
    /// `b - b` on bool arrays
    BoolSubtract,
    /// `-b` on a bool array
    BoolNegative,
    /// `if arr:` on a multi-element array
    AmbiguousTruth,
    /// `np.foo`
    NoAttribute(String, String),
    NameNotDefined(String),
    UnexpectedKeyword(String, String),
    BadOperands(String, Ty, Ty),
    BadOperand(String, Ty),
    /// `break` at top level
    OutsideLoop(&'static str),
    /// A loop or branch binds a name to a value of another type than it had before.
    TypeChangeInLoop {
        name: String,
        old: Ty,
        new: Ty,
    },
    UnsupportedModule(String),
    Unsupported(String),
    /// One of arrc's own errors, in its own words (no Python exception type).
    Custom(String),
    /// The Python or NumPy exception `exc` with this message (`SemaError::value(..)` ...).
    Py(PyExc, String),
}

impl SemaError {
    /// `ValueError: message` and the like.
    pub fn value(message: impl Into<String>) -> SemaError {
        SemaError::Py(PyExc::ValueError, message.into())
    }
    pub fn type_error(message: impl Into<String>) -> SemaError {
        SemaError::Py(PyExc::TypeError, message.into())
    }
    pub fn index(message: impl Into<String>) -> SemaError {
        SemaError::Py(PyExc::IndexError, message.into())
    }

    /// The name in a `NameNotDefined` message (`name 'x' is not defined`).
    pub fn undefined_name(message: &str) -> Option<&str> {
        message
            .strip_prefix("name '")?
            .strip_suffix("' is not defined")
    }

    /// The exception CPython raises for this error; None for arrc's own limits.
    pub fn exc(&self) -> Option<PyExc> {
        use SemaError::*;
        Some(match self {
            Broadcast(_)
            | BroadcastInto { .. }
            | NonBroadcastableOutput { .. }
            | Reshape { .. }
            | DotNotAligned { .. }
            | MatmulMismatch { .. }
            | MatmulBatchBroadcast { .. }
            | ConcatNdim { .. }
            | ConcatDim { .. }
            | Inhomogeneous { .. }
            | AmbiguousTruth => PyExc::ValueError,
            AxisOutOfBounds { .. } => PyExc::AxisError,
            IndexOutOfBounds { .. } | TooManyIndices { .. } => PyExc::IndexError,
            CastOutput { .. } => PyExc::UFuncOutputCastingError,
            BoolSubtract
            | BoolNegative
            | UnexpectedKeyword(..)
            | BadOperands(..)
            | BadOperand(..) => PyExc::TypeError,
            NoAttribute(..) => PyExc::AttributeError,
            NameNotDefined(_) => PyExc::NameError,
            OutsideLoop(_) => PyExc::SyntaxError,
            Py(e, _) => *e,
            TypeChangeInLoop { .. } | UnsupportedModule(_) | Unsupported(_) | Custom(_) => {
                return None
            }
        })
    }
}

/// NumPy's `convert_shape_to_string` for reshape errors: leading unknown (-1) dimensions are
/// dropped, later ones print as `newaxis`, and only a one-element shape gets a trailing comma.
fn shape_with_newaxis(dims: &[i64]) -> String {
    let first = dims.iter().position(|&d| d >= 0);
    let Some(first) = first else {
        return "()".to_string();
    };
    let mut s = dims[first].to_string();
    for &d in &dims[first + 1..] {
        if d < 0 {
            s.push_str(",newaxis");
        } else {
            s.push_str(&format!(",{d}"));
        }
    }
    if dims.len() == 1 {
        format!("({s},)")
    } else {
        format!("({s})")
    }
}

impl fmt::Display for SemaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use SemaError::*;
        match self {
            Broadcast(shapes) => {
                write!(f, "operands could not be broadcast together with shapes ")?;
                for s in shapes {
                    write!(f, "{} ", shape_compact(s))?;
                }
                Ok(())
            }
            BroadcastInto { from, into } => {
                write!(f, "could not broadcast input array from shape {} into shape {}", shape_compact(from), shape_compact(into))
            }
            NonBroadcastableOutput { out, broadcast } => write!(
                f,
                "non-broadcastable output operand with shape {} doesn't match the broadcast shape {}",
                shape_compact(out),
                shape_compact(broadcast)
            ),
            Reshape { size, dims } => write!(f, "cannot reshape array of size {size} into shape {}", shape_with_newaxis(dims)),
            DotNotAligned { a, b, ka, ka_dim, kb } => write!(
                f,
                "shapes {} and {} not aligned: {ka} (dim {ka_dim}) != {kb} (dim 0)",
                shape_compact(a),
                shape_compact(b)
            ),
            MatmulMismatch { got, expected } => write!(
                f,
                "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size {got} is different from {expected})"
            ),
            MatmulBatchBroadcast { a, b, n, m } => {
                let remapped = |s: &Shape| {
                    let batch: Vec<String> = s[..s.len() - 2].iter().map(|d| d.to_string()).collect();
                    format!("{}->({},newaxis,newaxis)", shape_compact(s), batch.join(","))
                };
                write!(
                    f,
                    "operands could not be broadcast together with remapped shapes [original->remapped]: {} {}  and requested shape ({n},{m})",
                    remapped(a),
                    remapped(b)
                )
            }
            ConcatNdim { first, index, ndim } => write!(
                f,
                "all the input arrays must have same number of dimensions, but the array at index 0 has {first} dimension(s) and the array at index {index} has {ndim} dimension(s)"
            ),
            ConcatDim { dim, first, index, size } => write!(
                f,
                "all the input array dimensions except for the concatenation axis must match exactly, but along dimension {dim}, the array at index 0 has size {first} and the array at index {index} has size {size}"
            ),
            AxisOutOfBounds { axis, ndim } => write!(f, "axis {axis} is out of bounds for array of dimension {ndim}"),
            IndexOutOfBounds { index, axis, size } => write!(f, "index {index} is out of bounds for axis {axis} with size {size}"),
            TooManyIndices { ndim, given } => {
                write!(f, "too many indices for array: array is {ndim}-dimensional, but {given} were indexed")
            }
            Inhomogeneous { depth, shape } => write!(
                f,
                "setting an array element with a sequence. The requested array has an inhomogeneous shape after {depth} dimensions. The detected shape was {} + inhomogeneous part.",
                crate::types::shape_repr(shape)
            ),
            CastOutput { ufunc, from, to } => write!(
                f,
                "Cannot cast ufunc '{ufunc}' output from dtype('{}') to dtype('{}') with casting rule 'same_kind'",
                from.name(),
                to.name()
            ),
            BoolSubtract => write!(
                f,
                "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead."
            ),
            BoolNegative => write!(
                f,
                "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead."
            ),
            AmbiguousTruth => write!(
                f,
                "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()"
            ),
            NoAttribute(module, attr) if module.starts_with("numpy") && !module.contains('.') || module == "numpy.random" || module == "numpy.linalg" => {
                write!(f, "module '{module}' has no attribute '{attr}'")
            }
            NoAttribute(ty, attr) => write!(f, "'{ty}' object has no attribute '{attr}'"),
            NameNotDefined(n) => write!(f, "name '{n}' is not defined"),
            UnexpectedKeyword(func, kw) => write!(f, "{func}() got an unexpected keyword argument '{kw}'"),
            BadOperands(op, a, b) => write!(f, "unsupported operand type(s) for {op}: '{a}' and '{b}'"),
            BadOperand(op, a) => write!(f, "bad operand type for {op}: '{a}'"),
            OutsideLoop(kw) => write!(f, "'{kw}' outside loop"),
            TypeChangeInLoop { name, old, new } => write!(
                f,
                "variable '{name}' changes type inside a loop or branch: it is {} before and {} here (arrc needs one static shape and dtype per variable there)", with_article(old), with_article(new)
            ),
            UnsupportedModule(m) => write!(f, "unsupported: import of module '{m}' (only numpy is supported)"),
            Unsupported(what) => write!(f, "unsupported: {what}"),
            Custom(m) | Py(_, m) => write!(f, "{m}"),
        }
    }
}

/// "an int", "a float64 array of shape (3,)".
fn with_article(t: &Ty) -> String {
    let text = t.to_string();
    let article = if text.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {text}")
}
