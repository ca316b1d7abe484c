//! The Python exception types arrc's errors stand for, named as the last line of CPython's
//! traceback names them (`ValueError: ...`, `numpy.exceptions.AxisError: ...`). Shared by the
//! compiler's diagnostics and the runtime's errors, so both print the same names.
//!
//! arrc's own limits (`unsupported: ...`, a value arrc refuses to guess) are no Python
//! exception and carry no type.

/// A Python (or NumPy) exception type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PyExc {
    SyntaxError,
    IndentationError,
    TabError,
    NameError,
    UnboundLocalError,
    TypeError,
    ValueError,
    IndexError,
    KeyError,
    AttributeError,
    ZeroDivisionError,
    OverflowError,
    RecursionError,
    MemoryError,
    RuntimeError,
    AxisError,
    LinAlgError,
    /// NumPy's `x += 1.5` into an int array (a TypeError subclass).
    UFuncOutputCastingError,
    /// A ufunc without a loop for the operand dtypes (a TypeError subclass).
    UFuncNoLoopError,
    /// NumPy's failed allocation (a MemoryError subclass).
    ArrayMemoryError,
}

impl PyExc {
    /// The name a traceback's last line shows: builtins bare, others with their module
    /// (`traceback.TracebackException` prints `__module__` + `__qualname__`).
    pub fn name(self) -> &'static str {
        use PyExc::*;
        match self {
            SyntaxError => "SyntaxError",
            IndentationError => "IndentationError",
            TabError => "TabError",
            NameError => "NameError",
            UnboundLocalError => "UnboundLocalError",
            TypeError => "TypeError",
            ValueError => "ValueError",
            IndexError => "IndexError",
            KeyError => "KeyError",
            AttributeError => "AttributeError",
            ZeroDivisionError => "ZeroDivisionError",
            OverflowError => "OverflowError",
            RecursionError => "RecursionError",
            MemoryError => "MemoryError",
            RuntimeError => "RuntimeError",
            AxisError => "numpy.exceptions.AxisError",
            LinAlgError => "numpy.linalg.LinAlgError",
            UFuncOutputCastingError => "numpy._core._exceptions._UFuncOutputCastingError",
            UFuncNoLoopError => "numpy._core._exceptions._UFuncNoLoopError",
            ArrayMemoryError => "numpy._core._exceptions._ArrayMemoryError",
        }
    }

    /// `TYPE: message`, the traceback's last line (just `TYPE` for an empty message).
    pub fn line(self, message: &str) -> String {
        if message.is_empty() {
            self.name().to_string()
        } else {
            format!("{}: {message}", self.name())
        }
    }
}

/// `TYPE: message` for a typed error, the message alone for one of arrc's own.
pub fn error_line(exc: Option<PyExc>, message: &str) -> String {
    match exc {
        Some(e) => e.line(message),
        None => message.to_string(),
    }
}
