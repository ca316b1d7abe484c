//! Tokens: logos finds the raw tokens of one physical line at a time; `Tokenizer` then does what
//! CPython's tokenizer does on top of them: brackets (implicit line joining), backslash
//! continuations, NEWLINE / INDENT / DEDENT, number and string literals (escapes decoded,
//! f-string fields parsed by re-entering the parser on the field's byte range), and, in
//! notebooks, IPython magics at the start of a logical line.
//!
//! Architecture invariant: the token stream is the only thing the grammar sees, and every token
//! carries the byte range it came from in the *whole* `SourceFile` text, so a notebook cell or an
//! f-string field lexed on its own still reports positions in the joined text.

use std::fmt;
use std::ops::Range;

use logos::Logos;

use super::ast::{BinOp, FStringPart};
use crate::source::{Diagnostic, Span};

/// A token as the grammar sees it.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Name(String),
    /// An integer literal; `None` when it does not fit in 64 bits.
    Int(Option<i64>),
    Float(f64),
    /// An imaginary literal (`1j`): its imaginary part.
    Imag(f64),
    Str(StrLit),
    Newline,
    Indent,
    Dedent,
    /// `%time` at the start of a notebook line: the rest of the line is Python.
    Magic(String),
    /// A notebook line that is not Python (`%matplotlib inline`, `!ls`, a `%%bash` cell): what
    /// it is, for the "unsupported" message.
    RawMagic(String),
    /// Synthetic first token choosing what the grammar parses: a module or one expression.
    StartModule,
    StartExpr,
    /// Synthetic first token: one expression without tuples (for error messages' look-ahead).
    StartTest,
    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
    // Punctuation.
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Comma,
    Colon,
    Semi,
    Dot,
    Ellipsis,
    Arrow,
    ColonEq,
    Plus,
    Minus,
    Star,
    Slash,
    DoubleSlash,
    Percent,
    DoubleStar,
    At,
    LShift,
    RShift,
    Amper,
    VBar,
    Circumflex,
    Tilde,
    Less,
    Greater,
    LessEq,
    GreaterEq,
    EqEq,
    NotEq,
    Eq,
    /// `+=`, `**=`, …: the operator applied.
    AugAssign(BinOp),
    /// Something the grammar never accepts, with the error to give if the parser gets this far
    /// (a bad escape in a string, a stray `$`). Lexing goes on after it, as CPython's does.
    Error(Box<Diagnostic>),
    /// A character no Python token starts with (`$`, `?`, a backquote): the parser fails on it.
    Unknown(char),
}

/// A string literal's value, escapes decoded.
#[derive(Clone, Debug, PartialEq)]
pub enum StrLit {
    Str(String),
    /// `b"…"`: arrc has no bytes type, so the value is dropped.
    Bytes,
    FString(Vec<FStringPart>),
}

impl Tok {
    fn keyword(word: &str) -> Option<Tok> {
        Some(match word {
            "False" => Tok::False,
            "None" => Tok::None,
            "True" => Tok::True,
            "and" => Tok::And,
            "as" => Tok::As,
            "assert" => Tok::Assert,
            "async" => Tok::Async,
            "await" => Tok::Await,
            "break" => Tok::Break,
            "class" => Tok::Class,
            "continue" => Tok::Continue,
            "def" => Tok::Def,
            "del" => Tok::Del,
            "elif" => Tok::Elif,
            "else" => Tok::Else,
            "except" => Tok::Except,
            "finally" => Tok::Finally,
            "for" => Tok::For,
            "from" => Tok::From,
            "global" => Tok::Global,
            "if" => Tok::If,
            "import" => Tok::Import,
            "in" => Tok::In,
            "is" => Tok::Is,
            "lambda" => Tok::Lambda,
            "nonlocal" => Tok::Nonlocal,
            "not" => Tok::Not,
            "or" => Tok::Or,
            "pass" => Tok::Pass,
            "raise" => Tok::Raise,
            "return" => Tok::Return,
            "try" => Tok::Try,
            "while" => Tok::While,
            "with" => Tok::With,
            "yield" => Tok::Yield,
            _ => return None,
        })
    }

    /// How Python spells a keyword or punctuation token.
    pub fn symbol(&self) -> Option<&'static str> {
        Some(match self {
            Tok::False => "False",
            Tok::None => "None",
            Tok::True => "True",
            Tok::And => "and",
            Tok::As => "as",
            Tok::Assert => "assert",
            Tok::Async => "async",
            Tok::Await => "await",
            Tok::Break => "break",
            Tok::Class => "class",
            Tok::Continue => "continue",
            Tok::Def => "def",
            Tok::Del => "del",
            Tok::Elif => "elif",
            Tok::Else => "else",
            Tok::Except => "except",
            Tok::Finally => "finally",
            Tok::For => "for",
            Tok::From => "from",
            Tok::Global => "global",
            Tok::If => "if",
            Tok::Import => "import",
            Tok::In => "in",
            Tok::Is => "is",
            Tok::Lambda => "lambda",
            Tok::Nonlocal => "nonlocal",
            Tok::Not => "not",
            Tok::Or => "or",
            Tok::Pass => "pass",
            Tok::Raise => "raise",
            Tok::Return => "return",
            Tok::Try => "try",
            Tok::While => "while",
            Tok::With => "with",
            Tok::Yield => "yield",
            Tok::LPar => "(",
            Tok::RPar => ")",
            Tok::LSqb => "[",
            Tok::RSqb => "]",
            Tok::LBrace => "{",
            Tok::RBrace => "}",
            Tok::Comma => ",",
            Tok::Colon => ":",
            Tok::Semi => ";",
            Tok::Dot => ".",
            Tok::Ellipsis => "...",
            Tok::Arrow => "->",
            Tok::ColonEq => ":=",
            Tok::Plus => "+",
            Tok::Minus => "-",
            Tok::Star => "*",
            Tok::Slash => "/",
            Tok::DoubleSlash => "//",
            Tok::Percent => "%",
            Tok::DoubleStar => "**",
            Tok::At => "@",
            Tok::LShift => "<<",
            Tok::RShift => ">>",
            Tok::Amper => "&",
            Tok::VBar => "|",
            Tok::Circumflex => "^",
            Tok::Tilde => "~",
            Tok::Less => "<",
            Tok::Greater => ">",
            Tok::LessEq => "<=",
            Tok::GreaterEq => ">=",
            Tok::EqEq => "==",
            Tok::NotEq => "!=",
            Tok::Eq => "=",
            _ => return None,
        })
    }
}

impl fmt::Display for Tok {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(sym) = self.symbol() {
            return write!(f, "'{sym}'");
        }
        match self {
            Tok::Name(n) => write!(f, "NAME {n}"),
            Tok::Int(Some(v)) => write!(f, "INT {v}"),
            Tok::Int(None) => write!(f, "INT (beyond 64 bits)"),
            Tok::Float(v) => write!(f, "FLOAT {v:?}"),
            Tok::Imag(_) => write!(f, "IMAG"),
            Tok::Str(StrLit::Str(s)) => write!(f, "STRING {s:?}"),
            Tok::Str(StrLit::Bytes) => write!(f, "BYTES"),
            Tok::Str(StrLit::FString(parts)) => write!(f, "FSTRING ({} parts)", parts.len()),
            Tok::Newline => write!(f, "NEWLINE"),
            Tok::Indent => write!(f, "INDENT"),
            Tok::Dedent => write!(f, "DEDENT"),
            Tok::Magic(n) => write!(f, "MAGIC %{n}"),
            Tok::RawMagic(what) => write!(f, "RAW_MAGIC {what}"),
            Tok::StartModule => write!(f, "START_MODULE"),
            Tok::StartExpr => write!(f, "START_EXPR"),
            Tok::StartTest => write!(f, "START_TEST"),
            Tok::AugAssign(op) => write!(f, "'{}='", op.symbol()),
            Tok::Error(d) => write!(f, "ERROR {}", d.message),
            Tok::Unknown(c) => write!(f, "UNKNOWN {c:?}"),
            _ => write!(f, "{self:?}"),
        }
    }
}

/// A token with its byte range, as the lalrpop parser takes it.
pub type Spanned = (usize, Tok, usize);

/// What is being lexed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A `.py` file: `%` at the start of a line is the modulo operator (and a syntax error).
    Script,
    /// A notebook cell: IPython magics and shell escapes are recognised at line starts.
    Notebook,
    /// An f-string field: one expression, newlines ignored, no NEWLINE/INDENT/DEDENT.
    Nested,
}

/// A tokenizer error that stopped the token stream.
#[derive(Clone, Debug, PartialEq)]
pub struct LexError {
    pub diag: Diagnostic,
    pub wins: Wins,
}

/// Whether a tokenizer error replaces a parser error found earlier in the file. After a syntax
/// error CPython tokenizes the rest of the file, and an error its tokenizer raises there wins;
/// errors the tokenizer only flags for the parser (a bad dedent, a stray backslash) do not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wins {
    Always,
    Never,
    /// An unclosed bracket: wins over a parser error on a later line than the bracket's
    /// (1-based, counted like the messages' line numbers).
    IfAfterLine(usize),
}

impl From<Diagnostic> for LexError {
    fn from(diag: Diagnostic) -> LexError {
        LexError {
            diag,
            wins: Wins::Always,
        }
    }
}

fn flagged(start: usize, end: usize, message: &str) -> LexError {
    LexError {
        diag: Diagnostic::new(Span::new(start, end), message),
        wins: Wins::Never,
    }
}

/// The tokens of `text[range]` (positions stay relative to `text`), up to the first error.
///
/// The error, if any, is returned beside the tokens before it rather than instead of them: like
/// CPython, the parser reports its own error when it fails before reaching the bad token, and
/// the tokenizer's error otherwise (see `Wins`).
pub fn tokenize(
    text: &str,
    range: Range<usize>,
    line_origin: usize,
    mode: Mode,
) -> (Vec<Spanned>, Option<LexError>) {
    let mut t = Tokenizer::new(text, range, line_origin, mode);
    let err = t.run().err();
    (t.out, err)
}

/// Deepest bracket nesting, as CPython's tokenizer (`MAXLEVEL`).
const MAX_BRACKETS: usize = 200;
/// Deepest block nesting, as CPython's tokenizer (`MAXINDENT`).
const MAX_INDENT: usize = 100;
/// A bound on how deep one expression's tree may get; keeps every later recursive pass (and
/// dropping the tree) well inside the stack.
const MAX_EXPR_DEPTH: u32 = 1000;

#[derive(Logos, Clone, Copy, Debug, PartialEq)]
#[logos(skip r"[ \t\x0C\r]+")]
enum Raw {
    #[token("\n")]
    Newline,
    #[regex(r"#[^\n]*", allow_greedy = true)]
    Comment,
    #[regex(r"\\\r?\n")]
    Continuation,
    #[token("\\")]
    Backslash,
    #[regex(r"[_\p{XID_Start}]\p{XID_Continue}*")]
    Name,
    #[regex(r#"([rRuUfFbB]|[bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])?['"]"#)]
    StringStart,
    #[regex(r"[0-9]|\.[0-9]")]
    Number,
    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token(";")]
    Semi,
    #[token(".")]
    Dot,
    #[token("...")]
    Ellipsis,
    #[token("->")]
    Arrow,
    #[token(":=")]
    ColonEq,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("**")]
    DoubleStar,
    #[token("@")]
    At,
    #[token("<<")]
    LShift,
    #[token(">>")]
    RShift,
    #[token("&")]
    Amper,
    #[token("|")]
    VBar,
    #[token("^")]
    Circumflex,
    #[token("~")]
    Tilde,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("<=")]
    LessEq,
    #[token(">=")]
    GreaterEq,
    #[token("==")]
    EqEq,
    #[token("!=")]
    NotEq,
    #[token("<>")]
    LessGreater,
    #[token("=")]
    Eq,
    #[token("!")]
    Bang,
    #[token("+=")]
    PlusEq,
    #[token("-=")]
    MinusEq,
    #[token("*=")]
    StarEq,
    #[token("/=")]
    SlashEq,
    #[token("//=")]
    DoubleSlashEq,
    #[token("%=")]
    PercentEq,
    #[token("**=")]
    DoubleStarEq,
    #[token("@=")]
    AtEq,
    #[token("&=")]
    AmperEq,
    #[token("|=")]
    VBarEq,
    #[token("^=")]
    CircumflexEq,
    #[token("<<=")]
    LShiftEq,
    #[token(">>=")]
    RShiftEq,
}

impl Raw {
    /// The grammar token for punctuation that needs no further work.
    fn punct(self) -> Option<Tok> {
        Some(match self {
            Raw::Comma => Tok::Comma,
            Raw::Colon => Tok::Colon,
            Raw::Semi => Tok::Semi,
            Raw::Dot => Tok::Dot,
            Raw::Ellipsis => Tok::Ellipsis,
            Raw::Arrow => Tok::Arrow,
            Raw::ColonEq => Tok::ColonEq,
            Raw::Plus => Tok::Plus,
            Raw::Minus => Tok::Minus,
            Raw::Star => Tok::Star,
            Raw::Slash => Tok::Slash,
            Raw::DoubleSlash => Tok::DoubleSlash,
            Raw::Percent => Tok::Percent,
            Raw::DoubleStar => Tok::DoubleStar,
            Raw::At => Tok::At,
            Raw::LShift => Tok::LShift,
            Raw::RShift => Tok::RShift,
            Raw::Amper => Tok::Amper,
            Raw::VBar => Tok::VBar,
            Raw::Circumflex => Tok::Circumflex,
            Raw::Tilde => Tok::Tilde,
            Raw::Less => Tok::Less,
            Raw::Greater => Tok::Greater,
            Raw::LessEq => Tok::LessEq,
            Raw::GreaterEq => Tok::GreaterEq,
            Raw::EqEq => Tok::EqEq,
            Raw::NotEq => Tok::NotEq,
            Raw::Eq => Tok::Eq,
            Raw::PlusEq => Tok::AugAssign(BinOp::Add),
            Raw::MinusEq => Tok::AugAssign(BinOp::Sub),
            Raw::StarEq => Tok::AugAssign(BinOp::Mul),
            Raw::SlashEq => Tok::AugAssign(BinOp::Div),
            Raw::DoubleSlashEq => Tok::AugAssign(BinOp::FloorDiv),
            Raw::PercentEq => Tok::AugAssign(BinOp::Mod),
            Raw::DoubleStarEq => Tok::AugAssign(BinOp::Pow),
            Raw::AtEq => Tok::AugAssign(BinOp::MatMul),
            Raw::AmperEq => Tok::AugAssign(BinOp::BitAnd),
            Raw::VBarEq => Tok::AugAssign(BinOp::BitOr),
            Raw::CircumflexEq => Tok::AugAssign(BinOp::BitXor),
            Raw::LShiftEq => Tok::AugAssign(BinOp::LShift),
            Raw::RShiftEq => Tok::AugAssign(BinOp::RShift),
            _ => return None,
        })
    }
}

/// Magics whose argument is a Python statement line; any other magic (or one given `-options`)
/// is kept as `RawMagic`.
const CODE_MAGICS: &[&str] = &["time", "timeit"];

/// Expression-depth bookkeeping for one open bracket (or the logical line itself).
#[derive(Clone, Copy, Default)]
struct Nesting {
    /// Operator-like tokens in the current comma-separated element at this level.
    ops: u32,
    /// Deepest bound of a closed bracket group inside the current element.
    inner: u32,
}

struct Tokenizer<'a> {
    text: &'a str,
    range: Range<usize>,
    line_origin: usize,
    mode: Mode,
    out: Vec<Spanned>,
    /// Open brackets: the character and where it is.
    brackets: Vec<(char, Span)>,
    /// Indentation levels: (column with tabs to multiples of 8, column with tabs as 1).
    indents: Vec<(usize, usize)>,
    /// No token yet on the current logical line.
    at_line_start: bool,
    nesting: Vec<Nesting>,
}

fn err<T>(start: usize, end: usize, message: impl Into<String>) -> Result<T, Diagnostic> {
    Err(Diagnostic::new(Span::new(start, end), message))
}

fn raised(start: usize, end: usize, message: impl Into<String>) -> Result<(), LexError> {
    Err(LexError {
        diag: Diagnostic::new(Span::new(start, end), message),
        wins: Wins::Always,
    })
}

fn is_ident_char(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

impl<'a> Tokenizer<'a> {
    fn new(text: &'a str, range: Range<usize>, line_origin: usize, mode: Mode) -> Tokenizer<'a> {
        let end = range.end.min(text.len());
        let start = range.start.min(end);
        Tokenizer {
            text,
            range: start..end,
            line_origin: line_origin.min(start),
            mode,
            out: Vec::new(),
            brackets: Vec::new(),
            indents: vec![(0, 0)],
            at_line_start: true,
            nesting: vec![Nesting::default()],
        }
    }

    /// 1-based line of an offset, counted from `line_origin` (the start of the file or cell).
    fn line_of(&self, offset: usize) -> usize {
        let offset = offset.clamp(self.line_origin, self.text.len());
        self.text.as_bytes()[self.line_origin..offset]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    }

    fn push(&mut self, start: usize, tok: Tok, end: usize) -> Result<(), Diagnostic> {
        self.track_depth(&tok, start, end)?;
        self.out.push((start, tok, end));
        Ok(())
    }

    fn run(&mut self) -> Result<(), LexError> {
        // A UTF-8 byte order mark is not part of the program.
        let bom = if self.text[self.range.clone()].starts_with('\u{FEFF}') {
            '\u{FEFF}'.len_utf8()
        } else {
            0
        };
        let base = self.range.start + bom;
        let slice = &self.text[base..self.range.end];
        if let Some(pos) = slice.find('\0') {
            let span = Span::new(base + pos, base + pos + 1);
            return Err(Diagnostic::new(span, "source code cannot contain null bytes").into());
        }
        let mut lex = Raw::lexer(slice);
        while let Some(raw) = lex.next() {
            let Range { start, end } = lex.span();
            let (start, end) = (start + base, end + base);
            // `None`: a character no token starts with.
            let raw = raw.ok();
            match raw {
                Some(Raw::Comment | Raw::Continuation) => continue,
                Some(Raw::Newline) => {
                    if !self.at_line_start && self.brackets.is_empty() && self.mode != Mode::Nested
                    {
                        self.push(start, Tok::Newline, end)?;
                        self.at_line_start = true;
                    }
                    continue;
                }
                Some(Raw::Backslash) => {
                    let rest = self.text[end..self.range.end].trim_start_matches('\r');
                    if rest.is_empty() {
                        return Err(flagged(start, end, "unexpected EOF while parsing"));
                    }
                    return Err(flagged(
                        start,
                        end,
                        "unexpected character after line continuation character",
                    ));
                }
                _ => {}
            }
            if self.at_line_start && self.brackets.is_empty() && self.mode != Mode::Nested {
                self.indentation(start)?;
                self.at_line_start = false;
                if let (Mode::Notebook, Some(raw)) = (self.mode, raw) {
                    if let Some(skip_to) = self.magic(start, raw)? {
                        lex.bump(skip_to - base - lex.span().end);
                        continue;
                    }
                }
            }
            self.at_line_start = false;
            let Some(raw) = raw else {
                self.bad_character(start)?;
                continue;
            };
            match raw {
                Raw::Name => {
                    let word = lex.slice();
                    let tok = Tok::keyword(word).unwrap_or_else(|| Tok::Name(word.to_string()));
                    self.push(start, tok, end)?;
                }
                Raw::Number => {
                    let (num_end, tok) = self.number(start)?;
                    lex.bump(num_end - end);
                    self.push(start, tok, num_end)?;
                }
                Raw::StringStart => {
                    let (str_end, tok) = self.string(start, end - 1)?;
                    lex.bump(str_end - end);
                    self.push(start, tok, str_end)?;
                }
                Raw::LPar | Raw::LSqb | Raw::LBrace => {
                    let (c, tok) = match raw {
                        Raw::LPar => ('(', Tok::LPar),
                        Raw::LSqb => ('[', Tok::LSqb),
                        _ => ('{', Tok::LBrace),
                    };
                    if self.brackets.len() >= MAX_BRACKETS {
                        return raised(start, end, "too many nested parentheses");
                    }
                    self.brackets.push((c, Span::new(start, end)));
                    self.push(start, tok, end)?;
                }
                Raw::RPar | Raw::RSqb | Raw::RBrace => {
                    let (c, tok) = match raw {
                        Raw::RPar => (')', Tok::RPar),
                        Raw::RSqb => (']', Tok::RSqb),
                        _ => ('}', Tok::RBrace),
                    };
                    let Some((open, open_span)) = self.brackets.pop() else {
                        return raised(start, end, format!("unmatched '{c}'"));
                    };
                    if matches!((open, c), ('(', ')') | ('[', ']') | ('{', '}')) {
                        self.push(start, tok, end)?;
                    } else {
                        let open_line = self.line_of(open_span.start as usize);
                        let message = if open_line == self.line_of(start) {
                            format!("closing parenthesis '{c}' does not match opening parenthesis '{open}'")
                        } else {
                            format!("closing parenthesis '{c}' does not match opening parenthesis '{open}' on line {open_line}")
                        };
                        return raised(start, end, message);
                    }
                }
                _ => match raw.punct() {
                    Some(tok) => self.push(start, tok, end)?,
                    None => self.push(
                        start,
                        Tok::Unknown(self.text[start..].chars().next().unwrap_or('!')),
                        end,
                    )?,
                },
            }
        }
        self.finish()
    }

    fn finish(&mut self) -> Result<(), LexError> {
        if let Some(&(c, span)) = self.brackets.last() {
            let wins = Wins::IfAfterLine(self.line_of(span.start as usize));
            return Err(LexError {
                diag: Diagnostic::new(span, format!("'{c}' was never closed")),
                wins,
            });
        }
        if self.mode == Mode::Nested {
            return Ok(());
        }
        let end = self.range.end;
        if !self.at_line_start {
            self.push(end, Tok::Newline, end)?;
        }
        // Dedents at EOF sit where the last line's text ends, so that an error there is shown
        // on that line rather than on an empty one after it.
        let at = match self.out.last() {
            Some((s, Tok::Newline, _)) => *s,
            _ => end,
        };
        while self.indents.len() > 1 {
            self.indents.pop();
            self.push(at, Tok::Dedent, at)?;
        }
        Ok(())
    }

    /// A character no token starts with.
    fn bad_character(&mut self, start: usize) -> Result<(), Diagnostic> {
        let c = self.text[start..].chars().next().unwrap_or(' ');
        let end = start + c.len_utf8();
        if c.is_ascii_graphic() {
            // `$`, `?`, a backquote: CPython's tokenizer lets the parser fail on them.
            self.push(start, Tok::Unknown(c), end)
        } else if c.is_control() || c.is_whitespace() || (c as u32) == 0xFEFF {
            err(
                start,
                end,
                format!("invalid non-printable character U+{:04X}", c as u32),
            )
        } else {
            err(
                start,
                end,
                format!("invalid character '{c}' (U+{:04X})", c as u32),
            )
        }
    }

    /// Emits INDENT / DEDENT for the first token of a logical line, at `start`.
    fn indentation(&mut self, start: usize) -> Result<(), LexError> {
        let line_start = self.text[self.range.start..start]
            .rfind('\n')
            .map(|p| self.range.start + p + 1)
            .unwrap_or(self.range.start);
        let (mut col, mut alt) = (0usize, 0usize);
        for c in self.text[line_start..start].chars() {
            match c {
                ' ' => {
                    col += 1;
                    alt += 1;
                }
                '\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                '\x0C' => {
                    col = 0;
                    alt = 0;
                }
                _ => {}
            }
        }
        let &(top, top_alt) = self.indents.last().unwrap_or(&(0, 0));
        let tab_error = || {
            Err(flagged(
                line_start,
                start,
                "inconsistent use of tabs and spaces in indentation",
            ))
        };
        if col == top {
            if alt != top_alt {
                return tab_error();
            }
        } else if col > top {
            if alt <= top_alt {
                return tab_error();
            }
            if self.indents.len() >= MAX_INDENT {
                return Err(flagged(line_start, start, "too many levels of indentation"));
            }
            self.indents.push((col, alt));
            self.push(line_start, Tok::Indent, start)?;
        } else {
            // Check the level exists before emitting any DEDENT, as the parser must see the
            // error rather than a dedent it might complain about first.
            let Some(level) = self.indents.iter().rposition(|&(c, _)| c <= col) else {
                return Err(flagged(
                    start,
                    start,
                    "unindent does not match any outer indentation level",
                ));
            };
            let (target, target_alt) = self.indents[level];
            if col != target {
                return Err(flagged(
                    start,
                    start,
                    "unindent does not match any outer indentation level",
                ));
            }
            if alt != target_alt {
                return tab_error();
            }
            while self.indents.len() > level + 1 {
                self.indents.pop();
                self.push(start, Tok::Dedent, start)?;
            }
        }
        Ok(())
    }

    /// At the start of a notebook line: a magic or shell escape. Returns where raw lexing must
    /// resume when the line (or cell) is not Python, `None` when it is.
    fn magic(&mut self, start: usize, raw: Raw) -> Result<Option<usize>, Diagnostic> {
        let line_end = self.text[start..self.range.end]
            .find('\n')
            .map(|p| start + p)
            .unwrap_or(self.range.end);
        let line_end_trimmed = start + self.text[start..line_end].trim_end().len();
        let ident_len = |from: usize| {
            self.text[from..line_end]
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(line_end - from)
        };
        match raw {
            Raw::Percent | Raw::PercentEq => {
                let bytes = self.text.as_bytes();
                if start + 1 < self.range.end && bytes[start + 1] == b'%' {
                    // A cell magic: the rest of the cell belongs to it, and need not be Python.
                    let n = ident_len(start + 2);
                    let name = &self.text[start + 2..start + 2 + n];
                    self.push(
                        start,
                        Tok::RawMagic(format!("the %%{name} cell magic")),
                        line_end_trimmed,
                    )?;
                    self.push(line_end_trimmed, Tok::Newline, line_end_trimmed)?;
                    self.at_line_start = true;
                    return Ok(Some(self.range.end));
                }
                let n = ident_len(start + 1);
                if n == 0 || bytes[start + 1].is_ascii_digit() {
                    return Ok(None);
                }
                let name = self.text[start + 1..start + 1 + n].to_string();
                let options = self.text[start + 1 + n..line_end]
                    .trim_start()
                    .starts_with('-');
                if CODE_MAGICS.contains(&name.as_str()) && !options {
                    self.push(start, Tok::Magic(name), start + 1 + n)?;
                    // Lexing goes on right after the name.
                    return Ok(Some(start + 1 + n));
                }
                self.push(
                    start,
                    Tok::RawMagic(format!("the %{name} magic")),
                    line_end_trimmed,
                )?;
                Ok(Some(line_end))
            }
            Raw::Bang | Raw::NotEq => {
                self.push(
                    start,
                    Tok::RawMagic("shell commands".to_string()),
                    line_end_trimmed,
                )?;
                Ok(Some(line_end))
            }
            _ => Ok(None),
        }
    }

    /// Tracks an upper bound on the depth of the expression tree being built (see
    /// `MAX_EXPR_DEPTH`): each operator-like token may nest one level, each bracket one more.
    fn track_depth(&mut self, tok: &Tok, start: usize, end: usize) -> Result<(), Diagnostic> {
        match tok {
            Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Str(_)
            | Tok::Indent
            | Tok::Dedent => {
                return Ok(());
            }
            Tok::Newline => {
                self.nesting = vec![Nesting::default()];
                return Ok(());
            }
            Tok::LPar | Tok::LSqb | Tok::LBrace => self.nesting.push(Nesting::default()),
            Tok::RPar | Tok::RSqb | Tok::RBrace => {
                if self.nesting.len() > 1 {
                    let inner = self.nesting.pop().unwrap_or_default();
                    let bound = inner.ops + inner.inner + 1;
                    if let Some(cur) = self.nesting.last_mut() {
                        cur.inner = cur.inner.max(bound);
                        // A call or subscript nests what it follows: `f()()()`.
                        cur.ops += 1;
                    }
                }
            }
            Tok::Comma | Tok::Semi => {
                if let Some(cur) = self.nesting.last_mut() {
                    *cur = Nesting::default();
                }
            }
            _ => {
                if let Some(cur) = self.nesting.last_mut() {
                    cur.ops += 1;
                }
            }
        }
        let open: u32 = self.nesting.iter().map(|n| n.ops + 1).sum();
        let inner = self.nesting.last().map(|n| n.inner).unwrap_or(0);
        if open + inner > MAX_EXPR_DEPTH {
            return err(start, end, "expression is too deeply nested");
        }
        Ok(())
    }

    /// Scans the number literal starting at `start`: its end and its token.
    fn number(&self, start: usize) -> Result<(usize, Tok), Diagnostic> {
        let b = self.text.as_bytes();
        let limit = self.range.end;
        let at = |i: usize| if i < limit { b[i] } else { 0 };
        let mut i = start;
        if at(i) == b'0' && matches!(at(i + 1), b'x' | b'X' | b'o' | b'O' | b'b' | b'B') {
            let (radix, kind) = match at(i + 1) {
                b'x' | b'X' => (16, "hexadecimal"),
                b'o' | b'O' => (8, "octal"),
                _ => (2, "binary"),
            };
            i += 2;
            let mut value: Option<u128> = Some(0);
            let mut digits = 0;
            loop {
                let c = at(i);
                if c == b'_' {
                    i += 1;
                    if !(at(i) as char).is_digit(radix) {
                        return self.bad_number(start, i, kind, radix);
                    }
                    continue;
                }
                match (c as char).to_digit(radix) {
                    Some(d) => {
                        value = value
                            .and_then(|v| v.checked_mul(radix as u128))
                            .and_then(|v| v.checked_add(d as u128));
                        digits += 1;
                        i += 1;
                    }
                    None => break,
                }
            }
            if digits == 0 {
                return self.bad_number(start, i, kind, radix);
            }
            self.end_of_number(start, i, kind, radix)?;
            let value = value.and_then(int_literal_value);
            return Ok((i, Tok::Int(value)));
        }
        // Decimal: digits, then maybe a fraction, an exponent, a `j`.
        let digit_part = |mut i: usize| -> Result<usize, Diagnostic> {
            while at(i).is_ascii_digit() {
                i += 1;
                if at(i) == b'_' {
                    if !at(i + 1).is_ascii_digit() {
                        return self.bad_number(start, i, "decimal", 10);
                    }
                    i += 1;
                }
            }
            Ok(i)
        };
        i = digit_part(i)?;
        let int_end = i;
        let mut is_float = false;
        if at(i) == b'.' {
            is_float = true;
            i += 1;
            if at(i).is_ascii_digit() {
                i = digit_part(i)?;
            }
        }
        if matches!(at(i), b'e' | b'E') {
            let mut j = i + 1;
            if matches!(at(j), b'+' | b'-') {
                j += 1;
            }
            if at(j).is_ascii_digit() {
                i = digit_part(j)?;
                is_float = true;
            } else if at(j) == b'_' || (j > i + 1) {
                return self.bad_number(start, j, "decimal", 10);
            }
        }
        if matches!(at(i), b'j' | b'J') {
            self.end_of_number(start, i + 1, "decimal", 10)?;
            let mut s: String = self.text[start..i].chars().filter(|&c| c != '_').collect();
            if s.starts_with('.') {
                s.insert(0, '0');
            }
            s = s.replace(".e", ".0e").replace(".E", ".0E");
            if s.ends_with('.') {
                s.push('0');
            }
            let v: f64 = s.parse().map_err(|_| {
                Diagnostic::new(Span::new(start, i + 1), "invalid imaginary literal")
            })?;
            return Ok((i + 1, Tok::Imag(v)));
        }
        let int_digits = &self.text[start..int_end];
        if !is_float
            && int_digits.starts_with('0')
            && int_digits.bytes().any(|c| c.is_ascii_digit() && c != b'0')
        {
            return err(
                start,
                int_end,
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            );
        }
        self.end_of_number(start, i, "decimal", 10)?;
        let digits: String = self.text[start..i].chars().filter(|&c| c != '_').collect();
        if is_float {
            let mut s = digits;
            if s.starts_with('.') {
                s.insert(0, '0');
            }
            s = s.replace(".e", ".0e").replace(".E", ".0E");
            if s.ends_with('.') {
                s.push('0');
            }
            let v: f64 = s
                .parse()
                .map_err(|_| Diagnostic::new(Span::new(start, i), "invalid decimal literal"))?;
            return Ok((i, Tok::Float(v)));
        }
        let mut value: Option<u128> = Some(0);
        for d in digits.bytes() {
            value = value
                .and_then(|v| v.checked_mul(10))
                .and_then(|v| v.checked_add((d - b'0') as u128));
        }
        Ok((i, Tok::Int(value.and_then(int_literal_value))))
    }

    /// A number may not run straight into a name, except into the keywords CPython still
    /// accepts there (`1if x else 2`).
    fn end_of_number(
        &self,
        start: usize,
        i: usize,
        kind: &str,
        radix: u32,
    ) -> Result<(), Diagnostic> {
        let rest = &self.text[i..self.range.end];
        match rest.chars().next() {
            Some(c) if is_ident_char(c) => {
                for kw in ["and", "else", "for", "if", "in", "is", "not", "or"] {
                    if rest.starts_with(kw) {
                        return Ok(());
                    }
                }
                self.bad_number(start, i, kind, radix)
            }
            _ => Ok(()),
        }
    }

    fn bad_number<T>(
        &self,
        start: usize,
        i: usize,
        kind: &str,
        radix: u32,
    ) -> Result<T, Diagnostic> {
        let rest = &self.text[i..self.range.end];
        let run = rest.find(|c: char| !is_ident_char(c)).unwrap_or(rest.len());
        let end = (i + run)
            .max(i + rest.chars().next().map(|c| c.len_utf8()).unwrap_or(0))
            .max(start + 1);
        if radix != 10 {
            if let Some(c) = rest.chars().next() {
                if c.is_ascii_digit() {
                    return err(start, end, format!("invalid digit '{c}' in {kind} literal"));
                }
            }
        }
        err(start, end, format!("invalid {kind} literal"))
    }

    /// Scans the string literal whose prefix starts at `start` and whose opening quote is at
    /// `quote`: its end and its token.
    fn string(&self, start: usize, quote: usize) -> Result<(usize, Tok), Diagnostic> {
        let b = self.text.as_bytes();
        let limit = self.range.end;
        let q = b[quote];
        let prefix = self.text[start..quote].to_ascii_lowercase();
        let (raw, bytes, fstring) = (
            prefix.contains('r'),
            prefix.contains('b'),
            prefix.contains('f'),
        );
        let triple = quote + 2 < limit && b[quote + 1] == q && b[quote + 2] == q;
        let body_start = quote + if triple { 3 } else { 1 };
        let mut i = body_start;
        let body_end;
        loop {
            if i >= limit {
                let kind = if triple {
                    "triple-quoted string literal"
                } else {
                    "string literal"
                };
                let line = self.line_of(limit.saturating_sub(1).max(start));
                let end = if triple { body_start } else { limit };
                return err(
                    start,
                    end,
                    format!("unterminated {kind} (detected at line {line})"),
                );
            }
            match b[i] {
                b'\\' if b.get(i + 1) == Some(&b'\r') && b.get(i + 2) == Some(&b'\n') => i += 3,
                b'\\' => i += 2,
                b'\n' if !triple => {
                    let line = self.line_of(i);
                    let end = if i > start && b[i - 1] == b'\r' {
                        i - 1
                    } else {
                        i
                    };
                    return err(
                        start,
                        end,
                        format!("unterminated string literal (detected at line {line})"),
                    );
                }
                c if c == q => {
                    if !triple {
                        body_end = i;
                        i += 1;
                        break;
                    }
                    if i + 2 < limit && b[i + 1] == q && b[i + 2] == q {
                        body_end = i;
                        i += 3;
                        break;
                    }
                    i += 1;
                }
                _ => i += 1,
            }
        }
        let end = i;
        // What is wrong inside a literal is the parser's business in CPython: it is reported
        // only if the parse gets this far.
        let value = || -> Result<StrLit, Diagnostic> {
            Ok(if bytes {
                if !raw {
                    decode_escapes(self.text, body_start, body_end, true)?;
                }
                if self.text[body_start..body_end].contains(|c: char| !c.is_ascii()) {
                    return err(
                        start,
                        end,
                        "bytes can only contain ASCII literal characters",
                    );
                }
                StrLit::Bytes
            } else if fstring {
                StrLit::FString(self.fstring(body_start, body_end, raw)?)
            } else if raw {
                StrLit::Str(self.text[body_start..body_end].replace("\r\n", "\n"))
            } else {
                StrLit::Str(decode_escapes(self.text, body_start, body_end, false)?)
            })
        };
        let tok = match value() {
            Ok(lit) => Tok::Str(lit),
            Err(d) => Tok::Error(Box::new(d)),
        };
        Ok((end, tok))
    }

    /// The parts of an f-string body `text[start..end]`.
    fn fstring(&self, start: usize, end: usize, raw: bool) -> Result<Vec<FStringPart>, Diagnostic> {
        let b = self.text.as_bytes();
        let mut parts = Vec::new();
        let mut lit = String::new();
        let flush =
            |lit: &mut String, parts: &mut Vec<FStringPart>, at: usize| -> Result<(), Diagnostic> {
                if !lit.is_empty() {
                    let text = if raw {
                        lit.clone()
                    } else {
                        let first = self.text[at..]
                            .chars()
                            .next()
                            .map(|c| c.len_utf8())
                            .unwrap_or(0);
                        decode_escapes(lit, 0, lit.len(), false)
                            .map_err(|d| Diagnostic::new(Span::new(at, at + first), d.message))?
                    };
                    parts.push(FStringPart::Literal(text));
                    lit.clear();
                }
                Ok(())
            };
        let mut i = start;
        let mut lit_start = start;
        while i < end {
            match b[i] {
                b'{' if i + 1 < end && b[i + 1] == b'{' => {
                    lit.push('{');
                    i += 2;
                }
                b'}' if i + 1 < end && b[i + 1] == b'}' => {
                    lit.push('}');
                    i += 2;
                }
                b'}' => return err(i, i + 1, "f-string: single '}' is not allowed"),
                b'{' => {
                    flush(&mut lit, &mut parts, lit_start)?;
                    i = self.fstring_field(i, end, &mut parts, 0)?;
                    lit_start = i;
                }
                b'\\' if !raw && i + 1 < end && !matches!(b[i + 1], b'{' | b'}') => {
                    // Keep the escape whole, so an escaped quote or backslash stays one.
                    let n = self.text[i + 1..]
                        .chars()
                        .next()
                        .map(|c| c.len_utf8())
                        .unwrap_or(1);
                    lit.push_str(&self.text[i..i + 1 + n]);
                    i += 1 + n;
                }
                _ => {
                    let c = self.text[i..].chars().next().unwrap_or(' ');
                    lit.push(c);
                    i += c.len_utf8();
                }
            }
        }
        flush(&mut lit, &mut parts, lit_start)?;
        Ok(parts)
    }

    /// Parses the field `{expr=!c:spec}` whose `{` is at `open`; returns the offset after `}`.
    /// `nesting`: how many fields this one is inside (a field in a format spec is in one).
    fn fstring_field(
        &self,
        open: usize,
        end: usize,
        parts: &mut Vec<FStringPart>,
        nesting: u32,
    ) -> Result<usize, Diagnostic> {
        let b = self.text.as_bytes();
        let expecting = |at: usize| err(open, at.max(open + 1), "f-string: expecting '}'");
        let expr_start = open + 1;
        let mut i = expr_start;
        let mut stack: Vec<(u8, usize)> = Vec::new();
        let mut debug_end = None;
        // Find where the expression ends: at depth 0, `}`, `!` (not `!=`), `:` or a debug `=`.
        let expr_end = loop {
            if i >= end {
                return expecting(i);
            }
            let depth = stack.len();
            match b[i] {
                c @ (b'(' | b'[' | b'{') => stack.push((c, i)),
                b'}' if depth == 0 => break i,
                c @ (b')' | b']' | b'}') => {
                    let want = match c {
                        b')' => b'(',
                        b']' => b'[',
                        _ => b'{',
                    };
                    match stack.pop() {
                        Some((o, _)) if o == want => {}
                        Some((o, _)) => {
                            let message = format!(
                                "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                                c as char, o as char
                            );
                            return err(i, i + 1, message);
                        }
                        None => {
                            return err(i, i + 1, format!("f-string: unmatched '{}'", c as char))
                        }
                    }
                }
                q @ (b'\'' | b'"') => {
                    let triple = i + 2 < end && b[i + 1] == q && b[i + 2] == q;
                    let mut j = i + if triple { 3 } else { 1 };
                    loop {
                        if j >= end {
                            return err(i, end, "f-string: unterminated string");
                        }
                        if b[j] == b'\\' {
                            j += 2;
                        } else if b[j] == q
                            && (!triple || (j + 2 < end && b[j + 1] == q && b[j + 2] == q))
                        {
                            j += if triple { 3 } else { 1 };
                            break;
                        } else {
                            j += 1;
                        }
                    }
                    i = j;
                    continue;
                }
                b'!' if depth == 0 && b.get(i + 1) != Some(&b'=') => break i,
                b':' if depth == 0 => break i,
                b'=' if depth == 0 => {
                    let prev = if i > expr_start { b[i - 1] } else { 0 };
                    let next = b.get(i + 1).copied().unwrap_or(0);
                    if !matches!(prev, b'=' | b'!' | b'<' | b'>') && next != b'=' {
                        let mut j = i + 1;
                        while j < end && matches!(b[j], b' ' | b'\t' | b'\n' | b'\r') {
                            j += 1;
                        }
                        if j >= end || matches!(b[j], b'}' | b'!' | b':') {
                            debug_end = Some(j);
                            break i;
                        }
                    }
                }
                _ => {}
            }
            i += 1;
        };
        if self.text[expr_start..expr_end].trim().is_empty() {
            let at = (expr_end + 1).min(end.max(expr_end));
            let before = self.text[expr_end..].chars().next().unwrap_or('}');
            return err(
                open,
                at.max(open + 1),
                format!("f-string: valid expression required before '{before}'"),
            );
        }
        let value =
            super::parser::parse_fstring_field(self.text, expr_start..expr_end, self.line_origin)?;
        let mut i = expr_end;
        if let Some(j) = debug_end {
            parts.push(FStringPart::Literal(self.text[expr_start..j].to_string()));
            i = j;
        }
        let mut conversion = None;
        if i < end && b[i] == b'!' {
            let c = self.text[i + 1..end].chars().next();
            match c {
                Some(c @ ('s' | 'r' | 'a')) => conversion = Some(c),
                Some(c) if c != '}' && c != ':' => {
                    return err(i, i + 1 + c.len_utf8(), format!("f-string: invalid conversion character '{c}': expected 's', 'r', or 'a'"));
                }
                _ => return err(i, i + 1, "f-string: missing conversion character"),
            }
            i += 2;
        }
        let mut spec = String::new();
        if i < end && b[i] == b':' {
            // The spec is kept as written; fields nested in it (`{x:>{width}}`) are checked.
            let spec_start = i + 1;
            i = spec_start;
            loop {
                if i >= end {
                    return expecting(i);
                }
                match b[i] {
                    b'{' => {
                        if nesting >= 1 {
                            return err(i, i + 1, "f-string: expressions nested too deeply");
                        }
                        i = self.fstring_field(i, end, &mut Vec::new(), nesting + 1)?;
                        continue;
                    }
                    b'}' => break,
                    _ => {}
                }
                i += 1;
            }
            spec = self.text[spec_start..i].to_string();
        }
        if i >= end || b[i] != b'}' {
            return expecting(i);
        }
        if debug_end.is_some() && conversion.is_none() && spec.is_empty() {
            conversion = Some('r');
        }
        parts.push(FStringPart::Field {
            value,
            conversion,
            spec,
        });
        Ok(i + 1)
    }
}

/// Decodes the backslash escapes of `text[start..end]` (a string literal's body).
fn decode_escapes(text: &str, start: usize, end: usize, bytes: bool) -> Result<String, Diagnostic> {
    let body = &text[start..end];
    let mut out = String::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\r' && matches!(chars.peek(), Some(&(_, '\n'))) {
            // Source lines end in `\n`, as CPython reads them.
            continue;
        }
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            out.push('\\');
            break;
        };
        let bad = |len: usize, what: &str| -> Diagnostic {
            let (a, b) = (start + i, (start + i + len).min(end).max(start + i + 1));
            if bytes {
                Diagnostic::new(
                    Span::new(a, b),
                    format!("(value error) invalid \\x escape at position {i}"),
                )
            } else {
                Diagnostic::new(
                    Span::new(a, b),
                    format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {what}", i, i + len - 1),
                )
            }
        };
        match e {
            '\n' => {}
            '\r' => {
                if let Some(&(_, '\n')) = chars.peek() {
                    chars.next();
                }
            }
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0C'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0B'),
            '0'..='7' => {
                let mut v = e as u32 - '0' as u32;
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&(_, d @ '0'..='7')) => {
                            v = v * 8 + (d as u32 - '0' as u32);
                            chars.next();
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
            }
            'x' | 'u' | 'U' if !(bytes && e != 'x') => {
                let (n, what) = match e {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut v = 0u32;
                for k in 0..n {
                    match chars.peek() {
                        Some(&(_, d)) if d.is_ascii_hexdigit() => {
                            v = v * 16 + d.to_digit(16).unwrap_or(0);
                            chars.next();
                        }
                        _ => return Err(bad(2 + k, what)),
                    }
                }
                match char::from_u32(v) {
                    Some(c) => out.push(c),
                    None => return Err(bad(2 + n, "illegal Unicode character")),
                }
            }
            'N' if !bytes => {
                return Err(Diagnostic::new(
                    Span::new(start + i, start + i + 2),
                    "unsupported: \\N{...} escapes in string literals",
                ));
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// An integer literal's value as i64. 2**63 comes out as `i64::MIN` so that `-9223372036854775808`
/// (the only way to write int64's minimum) survives; sema rejects the bare literal.
fn int_literal_value(v: u128) -> Option<i64> {
    if v == 1u128 << 63 {
        Some(i64::MIN)
    } else {
        i64::try_from(v).ok()
    }
}
