//! Methods of str (lang-spec/strings.md, "str methods").
//!
//! `FORMAT.format(args)` with `FORMAT` a constant is the f-string it spells: each field names
//! the hidden local its argument was evaluated into (every argument once, in the order
//! written, whether a field uses it or not), so it formats exactly as an f-string does.
//! `SEP.join(items)` of strs known item by item (a display, a comprehension, a tuple, a list
//! of str literals) is the f-string of the items with `SEP` between them. The case and strip
//! methods of a constant str are computed at compile time.

use super::desugar::Build;
use super::{err, mk, seq, unsupported, Result, Sema, SemaError};
use crate::hir::{self, ExprKind as H};
use crate::source::{PyExc, Span};
use crate::syntax::ast::{self, ExprKind as A, FStringPart};
use crate::types::Ty;

/// A field of a format string: which argument, `!r`/`!s`, and the spec.
enum Piece {
    Literal(String),
    Field {
        arg: FieldArg,
        conversion: Option<char>,
        spec: String,
    },
}

enum FieldArg {
    Index(usize),
    Name(String),
}

fn value_error<T>(span: Span, m: &str) -> Result<T> {
    err(span, SemaError::Py(PyExc::ValueError, m.into()))
}

/// CPython's `str.format` parse of `format` (auto and manual numbering, `{{` and `}}`).
fn parse_format(format: &str, span: Span) -> Result<Vec<Piece>> {
    let mut pieces = Vec::new();
    let mut text = String::new();
    let mut chars = format.chars().peekable();
    let mut auto: Option<bool> = None;
    let mut next_auto = 0;
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                text.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                text.push('}');
            }
            '}' => return value_error(span, "Single '}' encountered in format string"),
            '{' => {
                let mut field = String::new();
                let mut depth = 1;
                loop {
                    match chars.next() {
                        None => return value_error(span, "expected '}' before end of string"),
                        Some('{') => {
                            depth += 1;
                            field.push('{');
                        }
                        Some('}') => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                            field.push('}');
                        }
                        Some(c) => field.push(c),
                    }
                }
                if field.contains('{') {
                    return unsupported(span, "replacement fields nested in a format spec");
                }
                let (head, spec) = match field.split_once(':') {
                    Some((h, s)) => (h.to_string(), s.to_string()),
                    None => (field.clone(), String::new()),
                };
                let (name, conversion) = match head.split_once('!') {
                    Some((n, c)) => {
                        let mut cs = c.chars();
                        match (cs.next(), cs.next()) {
                            (Some(c @ ('r' | 's')), None) => (n.to_string(), Some(c)),
                            (Some('a'), None) => return unsupported(span, "the !a conversion"),
                            (None, _) => {
                                return value_error(
                                    span,
                                    "end of string while looking for conversion specifier",
                                )
                            }
                            (Some(_), None) => {
                                return value_error(
                                    span,
                                    &format!("Unknown conversion specifier {c}"),
                                )
                            }
                            _ => {
                                return value_error(span, "expected ':' after conversion specifier")
                            }
                        }
                    }
                    None => (head, None),
                };
                if name.contains(['.', '[']) {
                    return unsupported(span, "attribute or index lookups in a format field");
                }
                let arg = if name.is_empty() {
                    if auto == Some(false) {
                        return value_error(
                            span,
                            "cannot switch from manual field specification to automatic field numbering",
                        );
                    }
                    auto = Some(true);
                    next_auto += 1;
                    FieldArg::Index(next_auto - 1)
                } else if let Ok(i) = name.parse::<usize>() {
                    if auto == Some(true) {
                        return value_error(
                            span,
                            "cannot switch from automatic field numbering to manual field specification",
                        );
                    }
                    auto = Some(false);
                    FieldArg::Index(i)
                } else {
                    FieldArg::Name(name)
                };
                if !text.is_empty() {
                    pieces.push(Piece::Literal(std::mem::take(&mut text)));
                }
                pieces.push(Piece::Field {
                    arg,
                    conversion,
                    spec,
                });
            }
            c => text.push(c),
        }
    }
    if !text.is_empty() {
        pieces.push(Piece::Literal(text));
    }
    Ok(pieces)
}

impl Sema {
    /// `recv.attr(args)` with `recv` a str.
    pub(super) fn str_method(
        &mut self,
        recv: hir::Expr,
        attr: &str,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let constant = match &recv.kind {
            H::Str(s) => Some(s.clone()),
            _ => None,
        };
        match (attr, constant) {
            ("format", Some(f)) => self.str_format(&f, args, kwargs, span),
            ("join", Some(sep)) if args.len() == 1 && kwargs.is_empty() => {
                self.str_join(&sep, &args[0], span)
            }
            (
                "upper" | "lower" | "strip" | "lstrip" | "rstrip" | "capitalize" | "title"
                | "swapcase",
                Some(s),
            ) if args.is_empty() && kwargs.is_empty() && s.is_ascii() => {
                let out = match attr {
                    "upper" => s.to_ascii_uppercase(),
                    "lower" => s.to_ascii_lowercase(),
                    "strip" => s.trim_matches(is_py_space).to_string(),
                    "lstrip" => s.trim_start_matches(is_py_space).to_string(),
                    "rstrip" => s.trim_end_matches(is_py_space).to_string(),
                    "swapcase" => s
                        .chars()
                        .map(|c| {
                            if c.is_ascii_uppercase() {
                                c.to_ascii_lowercase()
                            } else {
                                c.to_ascii_uppercase()
                            }
                        })
                        .collect(),
                    "capitalize" => {
                        let lower = s.to_ascii_lowercase();
                        let mut cs = lower.chars();
                        match cs.next() {
                            Some(c) => c.to_ascii_uppercase().to_string() + cs.as_str(),
                            None => String::new(),
                        }
                    }
                    _ => {
                        // CPython's title(): a letter after a non-letter is upper case.
                        let mut prev_letter = false;
                        s.chars()
                            .map(|c| {
                                let r = if prev_letter {
                                    c.to_ascii_lowercase()
                                } else {
                                    c.to_ascii_uppercase()
                                };
                                prev_letter = c.is_ascii_alphabetic();
                                r
                            })
                            .collect()
                    }
                };
                Ok(mk(H::Str(out), Ty::Str, span))
            }
            ("format" | "join", None) => unsupported(
                span,
                format!("str.{attr}() of a str known only at run time"),
            ),
            _ => unsupported(span, format!("the string method str.{attr}()")),
        }
    }

    /// `FORMAT.format(args, name=value)`.
    fn str_format(
        &mut self,
        format: &str,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let pieces = parse_format(format, span)?;
        let mut first = Vec::new();
        let mut names: Vec<(String, hir::LocalId)> = Vec::new();
        let mut bind =
            |s: &mut Sema, e: &ast::Expr, first: &mut Vec<hir::Stmt>| -> Result<String> {
                let v = s.expr(e)?;
                let id = s.hidden_local(v, first);
                let name = format!("fmt·{id}");
                names.push((name.clone(), id));
                Ok(name)
            };
        let mut positional = Vec::new();
        for a in args {
            if matches!(a.kind, A::Starred(_)) {
                return unsupported(a.span, "`*args` in calls");
            }
            positional.push(bind(self, a, &mut first)?);
        }
        let mut named = Vec::new();
        for k in kwargs {
            named.push((k.name.clone(), bind(self, &k.value, &mut first)?));
        }
        let b = Build(span);
        let mut parts = Vec::new();
        for p in pieces {
            match p {
                Piece::Literal(t) => parts.push(FStringPart::Literal(t)),
                Piece::Field {
                    arg,
                    conversion,
                    spec,
                } => {
                    let name = match arg {
                        FieldArg::Index(i) => match positional.get(i) {
                            Some(n) => n.clone(),
                            None => {
                                let m = format!(
                                    "Replacement index {i} out of range for positional args tuple"
                                );
                                return err(span, SemaError::Py(PyExc::IndexError, m));
                            }
                        },
                        FieldArg::Name(n) => match named.iter().find(|(k, _)| *k == n) {
                            Some((_, v)) => v.clone(),
                            None => {
                                return err(span, SemaError::Py(PyExc::KeyError, format!("'{n}'")))
                            }
                        },
                    };
                    parts.push(FStringPart::Field {
                        value: b.name(&name),
                        conversion,
                        spec,
                    });
                }
            }
        }
        let refs: Vec<(&str, hir::LocalId)> =
            names.iter().map(|(n, id)| (n.as_str(), *id)).collect();
        let v = self.with_hidden_names(&refs, |s| s.fstring(&parts, span))?;
        Ok(seq(first, v))
    }

    /// `SEP.join(items)`.
    fn str_join(&mut self, sep: &str, items: &ast::Expr, span: Span) -> Result<hir::Expr> {
        // The items: a comprehension's, a display's, or those of a value.
        let (first, values) = match &items.kind {
            A::Comprehension { .. } => self.unrolled_values(items)?,
            A::List(elts) | A::Tuple(elts) => {
                let mut vals = Vec::new();
                for e in elts {
                    vals.push(self.expr(e)?);
                }
                (Vec::new(), vals)
            }
            _ => {
                let v = self.expr(items)?;
                self.join_values(v, span)?
            }
        };
        let mut parts = Vec::new();
        for (k, v) in values.into_iter().enumerate() {
            if v.ty != Ty::Str {
                let m = format!(
                    "sequence item {k}: expected str instance, {} found",
                    super::py_type_name(&v.ty)
                );
                return err(span, SemaError::Py(PyExc::TypeError, m));
            }
            if k > 0 && !sep.is_empty() {
                parts.push(hir::FStringPart::Literal(sep.to_string()));
            }
            parts.push(match v.kind {
                H::Str(s) => hir::FStringPart::Literal(s),
                _ => hir::FStringPart::Text {
                    value: v,
                    repr: false,
                },
            });
        }
        let v = match parts.as_slice() {
            [] => mk(H::Str(String::new()), Ty::Str, span),
            [hir::FStringPart::Literal(t)] => mk(H::Str(t.clone()), Ty::Str, span),
            _ if parts
                .iter()
                .all(|p| matches!(p, hir::FStringPart::Literal(_))) =>
            {
                let text: String = parts
                    .iter()
                    .map(|p| match p {
                        hir::FStringPart::Literal(t) => t.as_str(),
                        _ => unreachable!(),
                    })
                    .collect();
                mk(H::Str(text), Ty::Str, span)
            }
            _ => mk(H::FString(parts), Ty::Str, span),
        };
        Ok(seq(first, v))
    }

    /// The items of a typed iterable of strs for `join`.
    fn join_values(
        &mut self,
        v: hir::Expr,
        span: Span,
    ) -> Result<(Vec<hir::Stmt>, Vec<hir::Expr>)> {
        match &v.ty {
            Ty::StrList(items) => Ok((
                Vec::new(),
                items
                    .iter()
                    .map(|s| mk(H::Str(s.clone()), Ty::Str, span))
                    .collect(),
            )),
            Ty::Str => match &v.kind {
                H::Str(s) => Ok((
                    Vec::new(),
                    s.chars()
                        .map(|c| mk(H::Str(c.to_string()), Ty::Str, span))
                        .collect(),
                )),
                _ => unsupported(span, "str.join() of a str known only at run time"),
            },
            Ty::Tuple(_) => {
                let mut first = Vec::new();
                let v = self.bind_temp(v, &mut first);
                let items = self.tuple_items(v);
                Ok((first, items))
            }
            Ty::List(l) => {
                let m = format!(
                    "sequence item 0: expected str instance, {} found",
                    super::py_type_name(&l.elem())
                );
                err(span, SemaError::Py(PyExc::TypeError, m))
            }
            t => unsupported(span, format!("str.join() of a {t}")),
        }
    }
}

/// The characters `str.strip()` removes by default (ASCII here).
fn is_py_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' | '\x1c'..='\x1f'
    )
}
