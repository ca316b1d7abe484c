//! The abstract syntax tree: Python as written, a little wider than the language arrc accepts.
//!
//! Constructs outside the language (classes, lambdas, dicts, try, …) still parse where that is
//! cheap, as `Unsupported` nodes, so sema can reject them at the node's span with
//! "unsupported: …" instead of the parser failing with "unexpected token".

use crate::source::Span;

pub type Ident = String;

#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// A bare expression statement. `shown` is set by the notebook loader on a cell's last
    /// statement when Jupyter would display its value (no trailing `;`).
    Expr {
        value: Expr,
        shown: bool,
    },
    /// `a = b = value`: targets in source order; each a Name, Subscript, Attribute or Tuple.
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    /// `target op= value`
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `if test: body` with `elif` chains nested as a single `If` in `orelse`.
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    Break,
    Continue,
    Pass,
    /// `import a.b as c, d`
    Import {
        names: Vec<Alias>,
    },
    /// `from module import a as b, c`
    ImportFrom {
        module: Ident,
        names: Vec<Alias>,
    },
    FunctionDef {
        name: Ident,
        params: Vec<Param>,
        body: Vec<Stmt>,
    },
    Return {
        value: Option<Expr>,
    },
    /// An IPython line magic, e.g. `%time y = x @ w`: `name` is `time`, `stmt` the statement.
    Magic {
        name: Ident,
        stmt: Box<Stmt>,
    },
    /// Several statements standing as one: the body of `%time a; b`.
    Block(Vec<Stmt>),
    /// Python that arrc does not compile (class, try, with, del, global, …): the keyword
    /// that starts it, for the error message.
    Unsupported {
        what: String,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    /// Dotted name as written, e.g. `numpy` or `numpy.random`.
    pub name: Ident,
    pub asname: Option<Ident>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub name: Ident,
    pub default: Option<Expr>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Name(Ident),
    Int(i64),
    Float(f64),
    /// An imaginary literal `2.5j`: its imaginary part.
    Imag(f64),
    /// A string literal (adjacent literals already joined, escapes already decoded).
    Str(String),
    /// An f-string: literal text and `{expr!conv:spec}` fields in order.
    FString(Vec<FStringPart>),
    Bool(bool),
    None,
    /// `...`
    Ellipsis,
    /// `a, b` or `(a, b)` or `()`
    Tuple(Vec<Expr>),
    /// `[a, b]`
    List(Vec<Expr>),
    BinOp {
        op: BinOp,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    /// `a and b and c`
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    /// `a < b <= c`: `left` then each (op, right) pair.
    Compare {
        left: Box<Expr>,
        rest: Vec<(CmpOp, Expr)>,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        kwargs: Vec<Keyword>,
    },
    Attribute {
        value: Box<Expr>,
        attr: Ident,
        attr_span: Span,
    },
    /// `value[index]`; `x[1, 2]` has a Tuple index, `x[1:2]` a Slice index.
    Subscript {
        value: Box<Expr>,
        index: Box<Expr>,
    },
    /// `lower:upper:step`, only inside a subscript.
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
    /// `body if test else orelse`
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// `*args` in a call or tuple display.
    Starred(Box<Expr>),
    /// `lambda PARAMS: BODY` (plain parameters, with or without defaults).
    Lambda {
        params: Vec<Param>,
        body: Box<Expr>,
    },
    /// `[element for ... in ... if ...]` (`generator: false`) or `(element for ...)`.
    Comprehension {
        element: Box<Expr>,
        clauses: Vec<CompClause>,
        generator: bool,
    },
    /// Python that arrc does not compile (dict, set, comprehension, …): what it is.
    Unsupported(String),
}

/// One `for TARGET in ITER` or `if TEST` of a comprehension, in source order.
#[derive(Clone, Debug, PartialEq)]
pub enum CompClause {
    For { target: Expr, iter: Expr },
    If(Expr),
}

#[derive(Clone, Debug, PartialEq)]
pub enum FStringPart {
    Literal(String),
    Field {
        value: Expr,
        conversion: Option<char>,
        spec: String,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    pub name: Ident,
    pub value: Expr,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    MatMul,
    BitAnd,
    BitOr,
    BitXor,
    LShift,
    RShift,
}

impl BinOp {
    /// The operator as Python spells it.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::MatMul => "@",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    Neg,
    Pos,
    Not,
    Invert,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::NotEq => "!=",
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            CmpOp::GtE => ">=",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
        }
    }
}
