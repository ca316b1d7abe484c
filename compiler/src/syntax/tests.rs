//! Tests of the syntax layer at its boundary: text in, AST (printed as s-expressions) or a
//! rendered diagnostic out.
//!
//! Fixture files under `compiler/tests/syntax_data/` hold larger inputs next to their expected
//! dump; `ARRC_BLESS=1 cargo test -p arrc --lib syntax` rewrites those dumps (read the diff).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::ast::{Expr, ExprKind, FStringPart, Stmt, StmtKind, UnaryOp};
use super::notebook::load_notebook;
use super::parser::{dump_tokens, parse_notebook, parse_script};
use crate::source::{Diagnostic, SourceFile};

// ---------------------------------------------------------------------------------------------
// An s-expression printer, so expectations are short and readable.

fn sexpr_block(body: &[Stmt], spans: bool) -> String {
    let items: Vec<String> = body.iter().map(|s| sexpr_stmt(s, spans)).collect();
    format!("[{}]", items.join(" "))
}

fn sexpr_stmt(s: &Stmt, spans: bool) -> String {
    let text = match &s.kind {
        StmtKind::Expr { value, shown } => format!(
            "({} {})",
            if *shown { "expr!" } else { "expr" },
            sexpr(value, spans)
        ),
        StmtKind::Assign { targets, value } => {
            let ts: Vec<String> = targets.iter().map(|t| sexpr(t, spans)).collect();
            format!("(= {} {})", ts.join(" "), sexpr(value, spans))
        }
        StmtKind::AugAssign { target, op, value } => {
            format!(
                "({}= {} {})",
                op.symbol(),
                sexpr(target, spans),
                sexpr(value, spans)
            )
        }
        StmtKind::If { test, body, orelse } => {
            format!(
                "(if {} {} {})",
                sexpr(test, spans),
                sexpr_block(body, spans),
                sexpr_block(orelse, spans)
            )
        }
        StmtKind::While { test, body, orelse } => {
            format!(
                "(while {} {} {})",
                sexpr(test, spans),
                sexpr_block(body, spans),
                sexpr_block(orelse, spans)
            )
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
        } => format!(
            "(for {} {} {} {})",
            sexpr(target, spans),
            sexpr(iter, spans),
            sexpr_block(body, spans),
            sexpr_block(orelse, spans)
        ),
        StmtKind::Break => "break".to_string(),
        StmtKind::Continue => "continue".to_string(),
        StmtKind::Pass => "pass".to_string(),
        StmtKind::Import { names } => {
            let ns: Vec<String> = names
                .iter()
                .map(|a| match &a.asname {
                    Some(asname) => format!("{} as {}", a.name, asname),
                    None => a.name.clone(),
                })
                .collect();
            format!("(import {})", ns.join(", "))
        }
        StmtKind::ImportFrom { module, names } => {
            let ns: Vec<String> = names
                .iter()
                .map(|a| match &a.asname {
                    Some(asname) => format!("{} as {}", a.name, asname),
                    None => a.name.clone(),
                })
                .collect();
            format!("(from {} import {})", module, ns.join(", "))
        }
        StmtKind::FunctionDef { name, params, body } => {
            let ps: Vec<String> = params
                .iter()
                .map(|p| match &p.default {
                    Some(d) => format!("{}={}", p.name, sexpr(d, spans)),
                    None => p.name.clone(),
                })
                .collect();
            format!(
                "(def {} ({}) {})",
                name,
                ps.join(" "),
                sexpr_block(body, spans)
            )
        }
        StmtKind::Return { value } => match value {
            Some(v) => format!("(return {})", sexpr(v, spans)),
            None => "(return)".to_string(),
        },
        StmtKind::Magic { name, stmt } => format!("(%{} {})", name, sexpr_stmt(stmt, spans)),
        StmtKind::Block(body) => format!("(block {})", sexpr_block(body, spans)),
        StmtKind::Unsupported { what } => format!("(unsupported {what:?})"),
    };
    if spans {
        format!("{text}@{:?}", s.span)
    } else {
        text
    }
}

fn opt(e: &Option<Box<Expr>>, spans: bool) -> String {
    e.as_ref()
        .map(|e| sexpr(e, spans))
        .unwrap_or_else(|| "_".to_string())
}

fn sexpr(e: &Expr, spans: bool) -> String {
    let list = |v: &[Expr]| {
        v.iter()
            .map(|e| sexpr(e, spans))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let text = match &e.kind {
        ExprKind::Name(n) => n.clone(),
        ExprKind::Int(v) => v.to_string(),
        ExprKind::Float(v) => format!("{v:?}"),
        ExprKind::Imag(v) => format!("{v:?}j"),
        ExprKind::Str(s) => format!("{s:?}"),
        ExprKind::FString(parts) => {
            let ps: Vec<String> = parts
                .iter()
                .map(|p| match p {
                    FStringPart::Literal(s) => format!("{s:?}"),
                    FStringPart::Field {
                        value,
                        conversion,
                        spec,
                    } => {
                        let conv = conversion.map(|c| format!("!{c}")).unwrap_or_default();
                        let spec = if spec.is_empty() {
                            String::new()
                        } else {
                            format!(":{spec}")
                        };
                        format!("{{{}{conv}{spec}}}", sexpr(value, spans))
                    }
                })
                .collect();
            format!("(f {})", ps.join(" "))
        }
        ExprKind::Bool(b) => if *b { "True" } else { "False" }.to_string(),
        ExprKind::None => "None".to_string(),
        ExprKind::Ellipsis => "...".to_string(),
        ExprKind::Tuple(v) => format!("(tuple {})", list(v)).replace("(tuple )", "(tuple)"),
        ExprKind::List(v) => format!("[{}]", list(v)),
        ExprKind::BinOp { op, lhs, rhs } => format!(
            "({} {} {})",
            op.symbol(),
            sexpr(lhs, spans),
            sexpr(rhs, spans)
        ),
        ExprKind::UnaryOp { op, operand } => {
            let name = match op {
                UnaryOp::Neg => "neg",
                UnaryOp::Pos => "pos",
                UnaryOp::Not => "not",
                UnaryOp::Invert => "inv",
            };
            format!("({name} {})", sexpr(operand, spans))
        }
        ExprKind::BoolOp { op, values } => {
            let name = match op {
                super::ast::BoolOp::And => "and",
                super::ast::BoolOp::Or => "or",
            };
            format!("({name} {})", list(values))
        }
        ExprKind::Compare { left, rest } => {
            let mut s = format!("(cmp {}", sexpr(left, spans));
            for (op, e) in rest {
                let _ = write!(s, " {} {}", op.symbol(), sexpr(e, spans));
            }
            s + ")"
        }
        ExprKind::Call { func, args, kwargs } => {
            let mut s = format!("(call {}", sexpr(func, spans));
            for a in args {
                let _ = write!(s, " {}", sexpr(a, spans));
            }
            for k in kwargs {
                let _ = write!(s, " {}={}", k.name, sexpr(&k.value, spans));
            }
            s + ")"
        }
        ExprKind::Attribute { value, attr, .. } => format!("(. {} {attr})", sexpr(value, spans)),
        ExprKind::Subscript { value, index } => {
            format!("(sub {} {})", sexpr(value, spans), sexpr(index, spans))
        }
        ExprKind::Slice { lower, upper, step } => {
            format!(
                "(slice {} {} {})",
                opt(lower, spans),
                opt(upper, spans),
                opt(step, spans)
            )
        }
        ExprKind::IfExp { test, body, orelse } => {
            format!(
                "(ifexp {} {} {})",
                sexpr(test, spans),
                sexpr(body, spans),
                sexpr(orelse, spans)
            )
        }
        ExprKind::Starred(e) => format!("(* {})", sexpr(e, spans)),
        ExprKind::Lambda { params, body } => {
            let ps: Vec<String> = params
                .iter()
                .map(|p| match &p.default {
                    Some(d) => format!("{}={}", p.name, sexpr(d, spans)),
                    None => p.name.clone(),
                })
                .collect();
            format!("(lambda ({}) {})", ps.join(" "), sexpr(body, spans))
        }
        ExprKind::Comprehension {
            element,
            clauses,
            generator,
        } => {
            let cs: Vec<String> = clauses
                .iter()
                .map(|c| match c {
                    crate::syntax::ast::CompClause::For { target, iter } => {
                        format!("(for {} {})", sexpr(target, spans), sexpr(iter, spans))
                    }
                    crate::syntax::ast::CompClause::If(t) => format!("(if {})", sexpr(t, spans)),
                })
                .collect();
            let kind = if *generator { "genexp" } else { "listcomp" };
            format!("({kind} {} {})", sexpr(element, spans), cs.join(" "))
        }
        ExprKind::Unsupported(what) => format!("(unsupported {what:?})"),
    };
    if spans {
        format!("{text}@{:?}", e.span)
    } else {
        text
    }
}

fn script(text: &str) -> SourceFile {
    SourceFile::new("t.py", text)
}

fn parse_dump(text: &str, spans: bool) -> String {
    match parse_script(&script(text)) {
        Ok(m) => m
            .body
            .iter()
            .map(|s| sexpr_stmt(s, spans))
            .collect::<Vec<_>>()
            .join("\n"),
        Err(d) => format!("error: {d:?}"),
    }
}

/// Parses `text` as a script; its statements, one s-expression per line, must be `expect`.
#[track_caller]
fn check(text: &str, expect: &str) {
    assert_eq!(parse_dump(text, false), expect.trim(), "\ninput:\n{text}");
}

/// Like `check`, with every node's span.
#[track_caller]
fn check_spans(text: &str, expect: &str) {
    assert_eq!(parse_dump(text, true), expect.trim(), "\ninput:\n{text}");
}

/// A diagnostic's span must lie on character boundaries of the text, for the renderer.
#[track_caller]
fn assert_span_ok(src: &SourceFile, d: &Diagnostic) {
    let (start, end) = (d.span.start as usize, d.span.end as usize);
    assert!(
        start <= end && end <= src.text.len(),
        "span {:?} out of the text: {d:?}",
        d.span
    );
    assert!(
        src.text.is_char_boundary(start) && src.text.is_char_boundary(end),
        "span {:?} splits a character: {d:?}",
        d.span
    );
}

fn render_error(src: &SourceFile, result: Result<super::ast::Module, Diagnostic>) -> String {
    match result {
        Ok(m) => format!("no error; parsed {} statements", m.body.len()),
        Err(d) => src.render(&d),
    }
}

/// Parsing `text` as a script must fail, rendering as `expect` (file `t.py`).
#[track_caller]
fn check_error(text: &str, expect: &str) {
    let src = script(text);
    let got = render_error(&src, parse_script(&src));
    assert_eq!(got, expect, "\ninput:\n{text}");
}

/// Parsing `text` as a script must fail with `message` at `span` (as `start..end`).
#[track_caller]
fn check_message(text: &str, message: &str, span: &str) {
    match parse_script(&script(text)) {
        Ok(m) => panic!("no error for {text:?}; parsed {} statements", m.body.len()),
        Err(d) => assert_eq!(
            (d.message.as_str(), format!("{:?}", d.span).as_str()),
            (message, span),
            "\ninput:\n{text}"
        ),
    }
}

fn notebook(cells: &[(&str, &str)]) -> SourceFile {
    let cells: Vec<serde_json::Value> = cells
        .iter()
        .map(|(kind, source)| serde_json::json!({"cell_type": kind, "metadata": {}, "source": source}))
        .collect();
    let json =
        serde_json::json!({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5});
    load_notebook("t.ipynb", &json.to_string()).expect("notebook loads")
}

fn notebook_dump(src: &SourceFile) -> String {
    match parse_notebook(src) {
        Ok(m) => m
            .body
            .iter()
            .map(|s| sexpr_stmt(s, false))
            .collect::<Vec<_>>()
            .join("\n"),
        Err(d) => src.render(&d),
    }
}

// ---------------------------------------------------------------------------------------------
// Statements

#[test]
fn simple_statements() {
    check("x", "(expr x)");
    check("x = 1", "(= x 1)");
    check("a = b = c", "(= a b c)");
    check("a, b = b, a", "(= (tuple a b) (tuple b a))");
    check("(a, b) = [c, d] = e", "(= (tuple a b) [c d] e)");
    check("a, *b = c", "(= (tuple a (* b)) c)");
    check("x[1, 2] = y.z = 0", "(= (sub x (tuple 1 2)) (. y z) 0)");
    check(
        "x += 1\ny //= 2\nz @= w\nm **= 2\nb ^= 1",
        "(+= x 1)\n(//= y 2)\n(@= z w)\n(**= m 2)\n(^= b 1)",
    );
    check(
        "x -= 1; y *= 2; z /= 3; a %= 4; b &= 5; c |= 6; d <<= 1; e >>= 2",
        "(-= x 1)\n(*= y 2)\n(/= z 3)\n(%= a 4)\n(&= b 5)\n(|= c 6)\n(<<= d 1)\n(>>= e 2)",
    );
    check("pass; break; continue", "pass\nbreak\ncontinue");
    check("a; b;", "(expr a)\n(expr b)");
    check("\u{FEFF}x = 1", "(= x 1)");
    check("x: int = 5\ny: float", "(= x 5)\npass");
    check("return\nreturn 1, 2", "(return)\n(return (tuple 1 2))");
}

#[test]
fn imports() {
    check("import numpy as np", "(import numpy as np)");
    check("import a.b.c as d, e", "(import a.b.c as d, e)");
    check(
        "from numpy import random as r, linalg",
        "(from numpy import random as r, linalg)",
    );
    check("from x import (a, b as c,)", "(from x import a, b as c)");
    check(
        "from . import x\nfrom ..a.b import y\nfrom ... import z",
        "(from . import x)\n(from ..a.b import y)\n(from ... import z)",
    );
    check("from m import *", "(from m import *)");
}

#[test]
fn compound_statements() {
    check(
        "if a:\n    x = 1\nelif b:\n    x = 2\nelif c: x = 3\nelse:\n    x = 4\n",
        "(if a [(= x 1)] [(if b [(= x 2)] [(if c [(= x 3)] [(= x 4)])])])",
    );
    check("if a: b; c", "(if a [(expr b) (expr c)] [])");
    check(
        "while x < 3:\n    x += 1\nelse:\n    pass",
        "(while (cmp x < 3) [(+= x 1)] [pass])",
    );
    check(
        "for i in range(3):\n    if i:\n        break\n    continue\nelse:\n    y = 1",
        "(for i (call range 3) [(if i [break] []) continue] [(= y 1)])",
    );
    check(
        "for a, b in zip(x, y): pass",
        "(for (tuple a b) (call zip x y) [pass] [])",
    );
    check("for x, in y: pass", "(for (tuple x) y [pass] [])");
    check(
        "def f(a, b=2):\n    return a + b\n",
        "(def f (a b=2) [(return (+ a b))])",
    );
    check(
        "def g(x: int, y: float = 1.0) -> float: return x",
        "(def g (x y=1.0) [(return x)])",
    );
    check("def h(): pass", "(def h () [pass])");
}

#[test]
fn nested_blocks_and_dedents() {
    check(
        "if a:\n    if b:\n        c\n    d\ne\n",
        "(if a [(if b [(expr c)] []) (expr d)] [])\n(expr e)",
    );
    check(
        "if a:\n    if b:\n        if c:\n            d\ne",
        "(if a [(if b [(if c [(expr d)] [])] [])] [])\n(expr e)",
    );
    // Blank lines, comments and odd indentation of comments do not matter.
    check(
        "if a:\n\n        # comment\n    b  # trailing\n  # dedented comment\n\n    c\n",
        "(if a [(expr b) (expr c)] [])",
    );
    // Tabs count to the next multiple of 8.
    check(
        "if a:\n\tb\n\tif c:\n\t\td\n",
        "(if a [(expr b) (if c [(expr d)] [])] [])",
    );
    check(
        "if a:\n\tif b:\n            c\n",
        "(if a [(if b [(expr c)] [])] [])",
    );
    check("if a:\n        b\n\tc\n", "error: Diagnostic { span: 16..17, message: \"inconsistent use of tabs and spaces in indentation\", exc: Some(TabError) }");
    // No newline at the end of the file.
    check("if a:\n    b", "(if a [(expr b)] [])");
    // CRLF line ends.
    check("if a:\r\n    b\r\nc\r\n", "(if a [(expr b)] [])\n(expr c)");
}

#[test]
fn line_joining() {
    check("x = (1 +\n     2)", "(= x (+ 1 2))");
    check(
        "x = [1,\n  2,\n]\ny = {\n}",
        "(= x [1 2])\n(= y (unsupported \"dict displays\"))",
    );
    check("x = 1 + \\\n    2", "(= x (+ 1 2))");
    check("if a and \\\n  b:\n    c", "(if (and a b) [(expr c)] [])");
    check("f(a,  # comment\n  b)", "(expr (call f a b))");
}

#[test]
fn unsupported_statements() {
    check(
        "class A(B):\n    x = 1\n    def f(self): pass\ny = 2",
        "(unsupported \"class definitions\")\n(= y 2)",
    );
    check(
        "try:\n    a\nexcept ValueError as e:\n    b\nexcept:\n    c\nelse:\n    d\nfinally:\n    e\n",
        "(unsupported \"try statements\")",
    );
    check(
        "try:\n    a\nfinally:\n    b",
        "(unsupported \"try statements\")",
    );
    check(
        "with open(f) as g, h:\n    pass",
        "(unsupported \"with statements\")",
    );
    check(
        "@dec\n@dec2(1)\ndef f(): pass",
        "(unsupported \"decorators\")",
    );
    check("async def f(): pass\nasync for x in y: pass\nasync with a: pass", "(unsupported \"async functions\")\n(unsupported \"async for loops\")\n(unsupported \"async with statements\")");
    check("del x, y[0]", "(unsupported \"del statements\")");
    check(
        "global a, b\nnonlocal c",
        "(unsupported \"global statements\")\n(unsupported \"nonlocal statements\")",
    );
    check("assert x, 'msg'", "(unsupported \"assert statements\")");
    check(
        "raise\nraise E from e",
        "(unsupported \"raise statements\")\n(unsupported \"raise statements\")",
    );
    check("yield\nyield x\nyield from g\nx = yield y", "(unsupported \"yield expressions\")\n(unsupported \"yield expressions\")\n(unsupported \"yield expressions\")\n(= x (unsupported \"yield expressions\"))");
    check("def f(*args): pass", "(unsupported \"*args parameters\")");
    check(
        "def f(a, *, b): pass",
        "(unsupported \"keyword-only parameters\")",
    );
    check("def f(**kw): pass", "(unsupported \"**kwargs parameters\")");
    check(
        "def f(a, /, b): pass",
        "(unsupported \"positional-only parameters\")",
    );
    check_spans(
        "def f(a, *args): pass",
        "(unsupported \"*args parameters\")@9..14",
    );
    check_spans(
        "class A:\n    pass\n",
        "(unsupported \"class definitions\")@0..17",
    );
}

// ---------------------------------------------------------------------------------------------
// Expressions

#[test]
fn precedence() {
    check("a + b * c", "(expr (+ a (* b c)))");
    check("a * b + c", "(expr (+ (* a b) c))");
    check("a - b - c", "(expr (- (- a b) c))");
    check("-a ** -b", "(expr (neg (** a (neg b))))");
    check("a ** b ** c", "(expr (** a (** b c)))");
    check(
        "a @ b.T // c % d / e",
        "(expr (/ (% (// (@ a (. b T)) c) d) e))",
    );
    check(
        "a | b ^ c & d << e >> f + g",
        "(expr (| a (^ b (& c (>> (<< d e) (+ f g))))))",
    );
    check("~a + +b", "(expr (+ (inv a) (pos b)))");
    check("not a == b", "(expr (not (cmp a == b)))");
    check("a or b and not c or d", "(expr (or a (and b (not c)) d))");
    check("(a or b) or c", "(expr (or (or a b) c))");
    check("a and b and c", "(expr (and a b c))");
    check("a < b <= c != d", "(expr (cmp a < b <= c != d))");
    check(
        "a is not b is c in d not in e > f >= g == h",
        "(expr (cmp a is not b is c in d not in e > f >= g == h))",
    );
    check(
        "a if b else c if d else e",
        "(expr (ifexp b a (ifexp d c e)))",
    );
    check("x = a if b or c else d", "(= x (ifexp (or b c) a d))");
    check(
        "lambda x, y=1, *a, **k: x",
        "(expr (unsupported \"*args parameters\"))",
    );
    check("lambda x, y=1: x + y", "(expr (lambda (x y=1) (+ x y)))");
    check("f(lambda: 0)", "(expr (call f (lambda () 0)))");
    check("await x", "(expr (unsupported \"await expressions\"))");
    check(
        "if (n := 10) > 5: pass",
        "(if (cmp (unsupported \"assignment expressions\") > 5) [pass] [])",
    );
}

#[test]
fn atoms() {
    check(
        "x = 12, 0x1F, 0o17, 0b101, 1_000, 0",
        "(= x (tuple 12 31 15 5 1000 0))",
    );
    check(
        "x = 1., .5, 1e-3, 1_000.0, 2E+2, 1.5e3, 0.0",
        "(= x (tuple 1.0 0.5 0.001 1000.0 200.0 1500.0 0.0))",
    );
    check("x = 9223372036854775807", "(= x 9223372036854775807)");
    // 2**63 lexes as i64::MIN so that `-9223372036854775808` can be written; sema rejects it bare.
    check("x = 9223372036854775808", "(= x -9223372036854775808)");
    check(
        "x = 9223372036854775809",
        "(= x (unsupported \"integer literals beyond 64 bits\"))",
    );
    check("x = 1j", "(= x 1.0j)");
    check("x = 2.5e1J", "(= x 25.0j)");
    check(
        "x = True, False, None, ...",
        "(= x (tuple True False None ...))",
    );
    check("x = ()", "(= x (tuple))");
    check("x = (1,)", "(= x (tuple 1))");
    check("x = 1,", "(= x (tuple 1))");
    check("x = (1)", "(= x 1)");
    check(
        "x = ((a, b), [c, *d], [])",
        "(= x (tuple (tuple a b) [c (* d)] []))",
    );
    check("x = [1, 2,]", "(= x [1 2])");
    check("x = {'a': 1, **b}", "(= x (unsupported \"dict displays\"))");
    check("x = {1, 2}", "(= x (unsupported \"set displays\"))");
    check(
        "x = [i for i in y if i]",
        "(= x (listcomp i (for i y) (if i)))",
    );
    check(
        "x = {i for i in y}",
        "(= x (unsupported \"set comprehensions\"))",
    );
    check(
        "x = {k: v for k, v in y}",
        "(= x (unsupported \"dict comprehensions\"))",
    );
    check(
        "x = (i for i in y for j in i if j)",
        "(= x (genexp i (for i y) (for j i) (if j)))",
    );
    check(
        "sum(i for i in y)",
        "(expr (call sum (genexp i (for i y))))",
    );
    check("x = 1if y else 2", "(= x (ifexp y 1 2))");
}

#[test]
fn strings() {
    check(r#"x = 'a' "b" '''c''' """d""""#, r#"(= x "abcd")"#);
    check(
        r#"x = '\n\t\\\'\"\x41\101\u00e9\U0001F600\a\q'"#,
        r#"(= x "\n\t\\'\"AAé😀\u{7}\\q")"#,
    );
    check(r#"x = r'\n\'' R"\d""#, r#"(= x "\\n\\'\\d")"#);
    check("x = '''a\nb'''", r#"(= x "a\nb")"#);
    check("x = 'a\\\nb'", r#"(= x "ab")"#);
    check("x = u'é'", r#"(= x "é")"#);
    check("x = '''a\r\nb''' r'''c\r\nd'''", r#"(= x "a\nbc\nd")"#);
    check(
        "x = b'ab' rb'\\d'",
        r#"(= x (unsupported "bytes literals"))"#,
    );
}

#[test]
fn fstrings() {
    check(r#"f"x = {x}""#, r#"(expr (f "x = " {x}))"#);
    check(
        r#"f"{x!r:>{w}} {{y}} {a + b:.2f}!""#,
        r#"(expr (f {x!r:>{w}} " {y} " {(+ a b):.2f} "!"))"#,
    );
    check(
        r#"f"{x=}" f'{y = !s}'"#,
        r#"(expr (f "x=" {x!r} "y = " {y!s}))"#,
    );
    check(r#"'a' f"{b}" 'c'"#, r#"(expr (f "a" {b} "c"))"#);
    check(
        r#"f"{'a' if x else 'b'}\n""#,
        r#"(expr (f {(ifexp x "a" "b")} "\n"))"#,
    );
    check(
        r#"f"{d['k']}{f(a, b)[0]}""#,
        r#"(expr (f {(sub d "k")} {(sub (call f a b) 0)}))"#,
    );
    check(r#"rf"\d{x}""#, r#"(expr (f "\\d" {x}))"#);
    check("f'''{\n x\n}'''", "(expr (f {x}))");
    check(r#"f"{a, b}""#, "(expr (f {(tuple a b)}))");
    check_spans(r#"f"ab{x}""#, r#"(expr (f "ab" {x@5..6})@0..8)@0..8"#);
    check_spans(
        r#"x = 1; f'{ a+b }'"#,
        r#"(= x@0..1 1@4..5)@0..5
(expr (f {(+ a@11..12 b@13..14)@11..14})@7..17)@7..17"#,
    );
}

#[test]
fn calls_and_subscripts() {
    check("f()", "(expr (call f))");
    check(
        "f(a, b, *c, d=1, e=2,)",
        "(expr (call f a b (* c) d=1 e=2))",
    );
    check("f(a=1, *b)", "(expr (call f (* b) a=1))");
    check(
        "f(**k)",
        r#"(expr (call f (unsupported "dictionary unpacking in calls")))"#,
    );
    check(
        "np.random.normal(0, 1, size=(3, 4))",
        "(expr (call (. (. np random) normal) 0 1 size=(tuple 3 4)))",
    );
    check(
        "a.b(c)(d)[e].f",
        "(expr (. (sub (call (call (. a b) c) d) e) f))",
    );
    check("x[1]", "(expr (sub x 1))");
    check("x[1:2]", "(expr (sub x (slice 1 2 _)))");
    check("x[:]", "(expr (sub x (slice _ _ _)))");
    check("x[::]", "(expr (sub x (slice _ _ _)))");
    check("x[::-1]", "(expr (sub x (slice _ _ (neg 1))))");
    check("x[a:]", "(expr (sub x (slice a _ _)))");
    check("x[:b:]", "(expr (sub x (slice _ b _)))");
    check(
        "x[1:2, ::-1, ..., None]",
        "(expr (sub x (tuple (slice 1 2 _) (slice _ _ (neg 1)) ... None)))",
    );
    check("x[1,]", "(expr (sub x (tuple 1)))");
    check(
        "x[i, j] = x[j, i]",
        "(= (sub x (tuple i j)) (sub x (tuple j i)))",
    );
    check("x[*a]", "(expr (sub x (* a)))");
    check(
        "x[0:2, :] = 12",
        "(= (sub x (tuple (slice 0 2 _) (slice _ _ _))) 12)",
    );
}

#[test]
fn spans() {
    check_spans("x = a + b", "(= x@0..1 (+ a@4..5 b@8..9)@4..9)@0..9");
    check_spans(
        "f(a, k=1)",
        "(expr (call f@0..1 a@2..3 k=1@7..8)@0..9)@0..9",
    );
    check_spans("(a)", "(expr a@1..2)@0..3");
    check_spans("(a, b)", "(expr (tuple a@1..2 b@4..5)@0..6)@0..6");
    check_spans("a, b", "(expr (tuple a@0..1 b@3..4)@0..4)@0..4");
    check_spans(
        "x.y[1:]",
        "(expr (sub (. x@0..1 y)@0..3 (slice 1@4..5 _ _)@4..6)@0..7)@0..7",
    );
    check_spans(
        "if a:\n    b\nelse:\n    c\n",
        "(if a@3..4 [(expr b@10..11)@10..11] [(expr c@22..23)@22..23])@0..23",
    );
    check_spans(
        "for i in x:\n    pass\n",
        "(for i@4..5 x@9..10 [pass@16..20] [])@0..20",
    );
}

// ---------------------------------------------------------------------------------------------
// Errors

#[test]
fn rendered_errors() {
    check_error(
        "x = (1,\ny = 2\n",
        "t.py:1:5: error: SyntaxError: '(' was never closed\nx = (1,\n    ^\n",
    );
    check_error("f() = 1\n", "t.py:1:1: error: SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?\nf() = 1\n^^^\n");
    check_error(
        "if x:\n    a\n  b\n",
        "t.py:3:3: error: IndentationError: unindent does not match any outer indentation level\n  b\n  ^\n",
    );
    check_error(
        "if True:\npass\n",
        "t.py:2:1: error: IndentationError: expected an indented block after 'if' statement on line 1\npass\n^^^^\n",
    );
    check_error(
        "x = 1\n    y = 2\n",
        "t.py:2:1: error: IndentationError: unexpected indent\n    y = 2\n^^^^\n",
    );
    check_error(
        "x = 'abc\n",
        "t.py:1:5: error: SyntaxError: unterminated string literal (detected at line 1)\nx = 'abc\n    ^^^^\n",
    );
    check_error(
        "x = 1 +\n",
        "t.py:1:8: error: SyntaxError: invalid syntax\nx = 1 +\n       ^\n",
    );
    check_error(
        "print(a b)\n",
        "t.py:1:7: error: SyntaxError: invalid syntax. Perhaps you forgot a comma?\nprint(a b)\n      ^^^\n",
    );
    check_error("x = [1, 2)\n", "t.py:1:10: error: SyntaxError: closing parenthesis ')' does not match opening parenthesis '['\nx = [1, 2)\n         ^\n");
    check_error("def f():\n\treturn 1\n", "no error; parsed 1 statements");
}

#[test]
fn tokenizer_errors() {
    check_message(")", "unmatched ')'", "0..1");
    check_message(
        "x = (]",
        "closing parenthesis ']' does not match opening parenthesis '('",
        "5..6",
    );
    check_message(
        "x = (\n]",
        "closing parenthesis ']' does not match opening parenthesis '(' on line 1",
        "6..7",
    );
    check_message("x = [1, 2", "'[' was never closed", "4..5");
    check_message("f(a, [1, 2", "'[' was never closed", "5..6");
    check_message(
        "x = \"abc",
        "unterminated string literal (detected at line 1)",
        "4..8",
    );
    check_message(
        "x = '''abc\n\n",
        "unterminated triple-quoted string literal (detected at line 2)",
        "4..7",
    );
    check_message("1abc", "invalid decimal literal", "0..4");
    check_message("x = 1__0", "invalid decimal literal", "4..8");
    check_message("x = 1_", "invalid decimal literal", "4..6");
    check_message("x = 1e", "invalid decimal literal", "4..6");
    check_message("x = 1.5abc", "invalid decimal literal", "4..10");
    check_message("x = 0x", "invalid hexadecimal literal", "4..6");
    check_message("x = 0x1g", "invalid hexadecimal literal", "4..8");
    check_message("x = 0b2", "invalid digit '2' in binary literal", "4..7");
    check_message("x = 0o8", "invalid digit '8' in octal literal", "4..7");
    check_message(
        "x = 0777",
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        "4..8",
    );
    check_message("x = 1 $ 2", "invalid syntax", "6..7");
    check_message("x = 1 ! 2", "invalid syntax", "6..7");
    check_message("x = €", "invalid character '€' (U+20AC)", "4..7");
    check_message(
        "x = \u{a0}1",
        "invalid non-printable character U+00A0",
        "4..6",
    );
    check_message(
        "x = 1\\ y",
        "unexpected character after line continuation character",
        "5..6",
    );
    check_message("x = 1 + \\", "unexpected EOF while parsing", "8..9");
    check_message("x = 1\0", "source code cannot contain null bytes", "5..6");
    check_message(
        "if x:\n    a\n\tb\n",
        "inconsistent use of tabs and spaces in indentation",
        "12..13",
    );
    check_message(
        &format!("x = {}1{}", "(".repeat(201), ")".repeat(201)),
        "too many nested parentheses",
        "204..205",
    );
    check_message(
        &format!("x = {}1", "-".repeat(1500)),
        "expression is too deeply nested",
        "1002..1003",
    );
    check_message(
        &format!("x = f{}", "()".repeat(1500)),
        "expression is too deeply nested",
        "2000..2001",
    );
    check_message(
        &format!("x = a{}", ".b".repeat(1500)),
        "expression is too deeply nested",
        "2001..2002",
    );
    check_message(
        &format!("x = {}", "[".repeat(150) + &"a + ".repeat(900)),
        "expression is too deeply nested",
        "3548..3549",
    );
    check_message(
        r"x = '\x4'",
        r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape",
        "5..8",
    );
    check_message(
        r"x = '\N{DASH}'",
        r"unsupported: \N{...} escapes in string literals",
        "5..7",
    );
    check_message(
        "x = b'é'",
        "bytes can only contain ASCII literal characters",
        "4..9",
    );
    check_message(
        "x = 'a' b'b'",
        "cannot mix bytes and nonbytes literals",
        "4..12",
    );
    // A tokenizer error after the parser's failure point still wins, as in CPython.
    check_message(
        "x = = 1\ny = 'abc\n",
        "unterminated string literal (detected at line 2)",
        "12..16",
    );
    // ... but not over a misplaced indent.
    check_message("x = 1\n  y = 2\nz = 'abc\n", "unexpected indent", "6..8");
}

#[test]
fn fstring_errors() {
    check_message(
        r#"f"{}""#,
        "f-string: valid expression required before '}'",
        "2..4",
    );
    check_message(
        r#"f"{ }""#,
        "f-string: valid expression required before '}'",
        "2..5",
    );
    check_message(
        r#"f"{x!z}""#,
        "f-string: invalid conversion character 'z': expected 's', 'r', or 'a'",
        "4..6",
    );
    check_message(
        r#"f"{x!}""#,
        "f-string: missing conversion character",
        "4..5",
    );
    check_message(r#"f"{x""#, "f-string: expecting '}'", "2..4");
    check_message(r#"f"{x:>10""#, "f-string: expecting '}'", "2..8");
    check_message(r#"f"}""#, "f-string: single '}' is not allowed", "2..3");
    check_message(
        r#"f"{a b}""#,
        "f-string: invalid syntax. Perhaps you forgot a comma?",
        "3..6",
    );
    check_message(
        r#"f"{a +}""#,
        "f-string: expecting '=', or '!', or ':', or '}'",
        "6..6",
    );
    check_message(r#"f"{)}""#, "f-string: unmatched ')'", "3..4");
    check_message(
        r#"f"{x[}""#,
        "f-string: closing parenthesis '}' does not match opening parenthesis '['",
        "5..6",
    );
    check_message(r#"f"{x['}""#, "f-string: unterminated string", "5..7");
    check_message(
        r#"f"{:x}""#,
        "f-string: valid expression required before ':'",
        "2..4",
    );
    check_message(r#"f"{1abc}""#, "invalid decimal literal", "3..7");
}

#[test]
fn parser_errors() {
    check_message("x = = 1", "invalid syntax", "4..5");
    check_message("a b", "invalid syntax", "2..3");
    check_message(
        "x[1 2]",
        "invalid syntax. Perhaps you forgot a comma?",
        "2..5",
    );
    check_message(
        "print \"x\"",
        "Missing parentheses in call to 'print'. Did you mean print(...)?",
        "0..9",
    );
    check_message("if x\n    pass", "expected ':'", "4..5");
    check_message("while x\n    pass", "expected ':'", "7..8");
    check_message("def f(x) pass", "expected ':'", "9..13");
    check_message("class A pass", "invalid syntax", "8..12");
    check_message("class A\n    pass", "expected ':'", "7..8");
    check_message("for x in y pass", "invalid syntax", "11..15");
    check_message(
        "if x = 1:\n pass",
        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
        "3..6",
    );
    check_message("if x =<= 1:\n pass", "invalid syntax", "5..6");
    check_message("if a > b = 1:\n pass", "invalid syntax", "9..10");
    check_message("def f:\n pass", "expected '('", "5..6");
    check_message(
        "def f(*a=1): pass",
        "var-positional argument cannot have default value",
        "8..9",
    );
    check_message("f() = $", "cannot assign to function call", "0..3");
    check_message("f(): int = $", "illegal target for annotation", "0..3");
    check_message("for f() x: pass", "cannot assign to function call", "4..7");
    check_message("x = [f(a)\ny = 2\n", "'[' was never closed", "4..5");
    check_message("x = (a b\n", "'(' was never closed", "4..5");
    check_message(
        "x = (a b)",
        "invalid syntax. Perhaps you forgot a comma?",
        "5..8",
    );
    check_message(
        "x = y if z.",
        "expected 'else' after 'if' expression",
        "4..11",
    );
    check_message(
        "f(a.b=1)",
        "expression cannot contain assignment, perhaps you meant \"==\"?",
        "5..6",
    );
    check_message(
        "x = 1 if 2",
        "expected 'else' after 'if' expression",
        "4..10",
    );
    check_message(
        "from x import a,",
        "trailing comma not allowed without surrounding parentheses",
        "16..16",
    );
    check_message("else:", "invalid syntax", "0..4");
    check_message("x = [1, 2,, 3]", "invalid syntax", "10..11");
    check_message("import a.b as c.d", "invalid syntax", "15..16");
    check_message(
        "if x:\n    pass\n  else:\n    pass",
        "unindent does not match any outer indentation level",
        "17..17",
    );
}

#[test]
fn indented_block_errors() {
    let cases = [
        ("if x:\npass", "'if' statement on line 1"),
        ("if x:\n  pass\nelif y:\npass", "'elif' statement on line 3"),
        ("if x:\n  pass\nelse:\npass", "'else' statement on line 3"),
        ("for x in y:\npass", "'for' statement on line 1"),
        ("while x:\npass", "'while' statement on line 1"),
        ("def f():\nreturn", "function definition on line 1"),
        ("async def f():\nreturn", "function definition on line 1"),
        ("class A:\npass", "class definition on line 1"),
        ("try:\npass", "'try' statement on line 1"),
        ("with x:\npass", "'with' statement on line 1"),
        ("if a:\n    if b:\nc = 1", "'if' statement on line 2"),
        ("x = 1\nif x:\n", "'if' statement on line 2"),
        ("x = 1\nif x:   # comment\n\n", "'if' statement on line 2"),
    ];
    for (text, after) in cases {
        match parse_script(&script(text)) {
            Ok(_) => panic!("no error for {text:?}"),
            Err(d) => assert_eq!(
                d.message,
                format!("expected an indented block after {after}"),
                "input: {text:?}"
            ),
        }
    }
    check_error("if x:\n", "t.py:1:6: error: IndentationError: expected an indented block after 'if' statement on line 1\nif x:\n     ^\n");
}

#[test]
fn target_errors() {
    let cases = [
        (
            "f() = 1",
            "cannot assign to function call here. Maybe you meant '==' instead of '='?",
            "0..3",
        ),
        ("f() = g() = 1", "cannot assign to function call", "0..3"),
        ("x = f() = 1", "cannot assign to function call", "4..7"),
        (
            "a, f() = 1",
            "cannot assign to function call here. Maybe you meant '==' instead of '='?",
            "3..6",
        ),
        ("[a, f()] = 1", "cannot assign to function call", "4..7"),
        (
            "1 = x",
            "cannot assign to literal here. Maybe you meant '==' instead of '='?",
            "0..1",
        ),
        (
            "'s' = x",
            "cannot assign to literal here. Maybe you meant '==' instead of '='?",
            "0..3",
        ),
        ("True = 1", "cannot assign to True", "0..4"),
        ("None = 1", "cannot assign to None", "0..4"),
        (
            "... = 1",
            "cannot assign to ellipsis here. Maybe you meant '==' instead of '='?",
            "0..3",
        ),
        (
            "x + 1 = 2",
            "cannot assign to expression here. Maybe you meant '==' instead of '='?",
            "0..5",
        ),
        ("a < b = 1", "cannot assign to comparison", "0..5"),
        ("a and b = 1", "cannot assign to expression", "0..7"),
        ("not a = 1", "cannot assign to expression", "0..5"),
        (
            "a if b else c = 1",
            "cannot assign to conditional expression",
            "0..13",
        ),
        ("lambda: 1 = 1", "cannot assign to lambda", "0..9"),
        (
            "{} = 1",
            "cannot assign to dict literal here. Maybe you meant '==' instead of '='?",
            "0..2",
        ),
        (
            "[x for x in y] = 1",
            "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?",
            "0..14",
        ),
        (
            "f'{x}' = 1",
            "cannot assign to f-string expression here. Maybe you meant '==' instead of '='?",
            "0..6",
        ),
        (
            "for f() in x: pass",
            "cannot assign to function call",
            "4..7",
        ),
        (
            "*a = 1",
            "starred assignment target must be in a list or tuple",
            "0..2",
        ),
        (
            "*a, *b = 1",
            "multiple starred expressions in assignment",
            "4..6",
        ),
        (
            "f() += 1",
            "'function call' is an illegal expression for augmented assignment",
            "0..3",
        ),
        (
            "(a, b) += 1",
            "'tuple' is an illegal expression for augmented assignment",
            "0..6",
        ),
        (
            "a, b: int",
            "only single target (not tuple) can be annotated",
            "0..4",
        ),
        ("f(): int = 1", "illegal target for annotation", "0..3"),
        ("*a", "can't use starred expression here", "0..2"),
        ("x = *a", "can't use starred expression here", "4..6"),
        ("(*a)", "cannot use starred expression here", "1..3"),
    ];
    for (text, message, span) in cases {
        check_message(text, message, span);
    }
}

#[test]
fn argument_and_parameter_errors() {
    check_message(
        "f(a=1, b)",
        "positional argument follows keyword argument",
        "7..8",
    );
    check_message(
        "f(**k, b)",
        "positional argument follows keyword argument unpacking",
        "7..8",
    );
    check_message(
        "f(**k, *a)",
        "iterable argument unpacking follows keyword argument unpacking",
        "7..9",
    );
    check_message("f(a=1, a=2)", "keyword argument repeated: a", "7..10");
    check_message(
        "f(x for x in y, 1)",
        "Generator expression must be parenthesized",
        "2..14",
    );
    check_message(
        "def f(a=1, b): pass",
        "parameter without a default follows parameter with a default",
        "11..12",
    );
    check_message(
        "def f(a, a): pass",
        "duplicate argument 'a' in function definition",
        "9..10",
    );
    check_message(
        "def f(**k, a): pass",
        "arguments cannot follow var-keyword argument",
        "11..12",
    );
    check_message(
        "def f(*a, *b): pass",
        "* argument may appear only once",
        "10..12",
    );
}

#[test]
fn magics_are_errors_in_scripts() {
    check_message("%time x = 1", "invalid syntax", "0..1");
}

// ---------------------------------------------------------------------------------------------
// Notebooks

#[test]
fn notebook_cells_and_shown() {
    let src = notebook(&[
        ("code", "import numpy as np"),
        ("markdown", "# Title"),
        ("code", "x = np.arange(12)\nx"),
        ("code", "x;  "),
        ("code", "x.shape  # comment"),
        ("code", "y = 1\nx ;# comment"),
        ("code", ""),
        ("code", "if x:\n    y\n"),
        ("code", "a, b"),
    ]);
    let expect = "\
(import numpy as np)
(= x (call (. np arange) 12))
(expr! x)
(expr x)
(expr! (. x shape))
(= y 1)
(expr x)
(if x [(expr y)] [])
(expr! (tuple a b))";
    assert_eq!(notebook_dump(&src), expect);
    let cells: Vec<(usize, usize)> = src
        .cells
        .as_ref()
        .unwrap()
        .iter()
        .map(|c| (c.cell, c.first_line))
        .collect();
    assert_eq!(
        cells,
        vec![
            (1, 0),
            (3, 2),
            (4, 5),
            (5, 7),
            (6, 9),
            (7, 12),
            (8, 14),
            (9, 17)
        ]
    );
}

#[test]
fn notebook_magics() {
    let src = notebook(&[
        ("code", "%time y = x.mm(w.t()); torch.cuda.synchronize()"),
        ("code", "%time y = x @ w"),
        ("code", "%time x.sum()"),
        ("code", "%time x.sum();"),
        ("code", "%matplotlib inline\n!pip install numpy\nx = 1"),
        ("code", "%%bash\necho $HOME (not Python"),
        ("code", "if x:\n    %time f()\n"),
        ("code", "%time"),
        ("code", "%timeit -n 10 f(x)\n%timeit f(x)"),
    ]);
    let expect = r#"
(%time (block [(= y (call (. x mm) (call (. w t)))) (expr (call (. (. torch cuda) synchronize)))]))
(%time (= y (@ x w)))
(%time (expr! (call (. x sum))))
(%time (expr (call (. x sum))))
(unsupported "the %matplotlib magic")
(unsupported "shell commands")
(= x 1)
(unsupported "the %%bash cell magic")
(if x [(%time (expr (call f)))] [])
(%time pass)
(unsupported "the %timeit magic")
(%timeit (expr! (call f x)))"#;
    assert_eq!(notebook_dump(&src), expect.trim());
}

#[test]
fn notebook_errors_name_the_cell() {
    let src = notebook(&[
        ("code", "x = 1"),
        ("markdown", "text"),
        ("code", "y = 2\nz = (1,\n"),
    ]);
    assert_eq!(
        notebook_dump(&src),
        "t.ipynb:cell 3:2:5: error: SyntaxError: '(' was never closed\nz = (1,\n    ^\n"
    );
    let src = notebook(&[("code", "x = 1"), ("code", "if x:\n")]);
    assert_eq!(
        notebook_dump(&src),
        "t.ipynb:cell 2:1:6: error: IndentationError: expected an indented block after 'if' statement on line 1\nif x:\n     ^\n"
    );
    // Each cell is parsed on its own: an open bracket does not run into the next cell.
    let src = notebook(&[("code", "f(1,"), ("code", "2)")]);
    assert_eq!(
        notebook_dump(&src),
        "t.ipynb:cell 1:1:2: error: SyntaxError: '(' was never closed\nf(1,\n ^\n"
    );
    let src = notebook(&[("code", "x = 'a\nb'")]);
    assert_eq!(
        notebook_dump(&src),
        "t.ipynb:cell 1:1:5: error: SyntaxError: unterminated string literal (detected at line 1)\nx = 'a\n    ^^\n"
    );
}

#[test]
fn notebook_loading() {
    let json = r##"{"cells": [
        {"cell_type": "markdown", "source": ["# T"]},
        {"cell_type": "code", "source": ["a = 1\n", "b = 2"]},
        {"cell_type": "code", "source": "c = 3\n"}
    ], "nbformat": 4}"##;
    let src = load_notebook("n.ipynb", json).unwrap();
    assert_eq!(src.text, "a = 1\nb = 2\n\nc = 3\n");
    let cells: Vec<(usize, usize)> = src
        .cells
        .as_ref()
        .unwrap()
        .iter()
        .map(|c| (c.cell, c.first_line))
        .collect();
    assert_eq!(cells, vec![(2, 0), (3, 3)]);
    assert!(load_notebook("n.ipynb", "{")
        .unwrap_err()
        .starts_with("not a valid notebook: "));
    assert!(load_notebook("n.ipynb", "{\"x\": 1}")
        .unwrap_err()
        .contains("no \"cells\" list"));
    assert_eq!(
        load_notebook(
            "n.ipynb",
            r#"{"cells": [{"cell_type": "code", "source": [1]}]}"#
        )
        .unwrap_err(),
        "cell 1: \"source\" holds a non-string"
    );
}

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/syntax_data")
}

/// Compares `got` with the file `name` under `syntax_data/`, or rewrites it under `ARRC_BLESS=1`.
fn check_fixture(name: &str, got: &str) {
    let path = data_dir().join(name);
    if std::env::var_os("ARRC_BLESS").is_some() {
        std::fs::write(&path, got).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        want == got,
        "{} differs (ARRC_BLESS=1 rewrites it):\n--- want\n{want}\n--- got\n{got}",
        path.display()
    );
}

#[test]
fn seed_notebook() {
    // A copy of the project's seed notebook (`shared/seed/seed.ipynb`).
    let json = std::fs::read_to_string(data_dir().join("seed.ipynb")).unwrap();
    let src = load_notebook("seed.ipynb", &json).unwrap();
    let module = parse_notebook(&src).unwrap_or_else(|d| panic!("{}", src.render(&d)));
    let magics: Vec<&Stmt> = module
        .body
        .iter()
        .filter(|s| matches!(s.kind, StmtKind::Magic { .. }))
        .collect();
    assert_eq!(magics.len(), 2);
    let dump = module
        .body
        .iter()
        .map(|s| sexpr_stmt(s, false) + "\n")
        .collect::<String>();
    check_fixture("seed.ast", &dump);
}

#[test]
fn fixture_scripts() {
    let mut names: Vec<PathBuf> = std::fs::read_dir(data_dir())
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    names.sort();
    assert!(!names.is_empty());
    for path in names {
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let src = SourceFile::new(name.clone(), text);
        let dump = match parse_script(&src) {
            Ok(m) => m.body.iter().map(|s| sexpr_stmt(s, true) + "\n").collect(),
            Err(d) => src.render(&d),
        };
        check_fixture(&name.replace(".py", ".ast"), &dump);
    }
}

#[test]
fn token_dump() {
    let src = script("if x:\n    y = 1.5  # c\n");
    let expect = "\
0..2 'if'
3..4 NAME x
4..5 ':'
5..6 NEWLINE
6..10 INDENT
10..11 NAME y
12..13 '='
14..17 FLOAT 1.5
22..23 NEWLINE
22..22 DEDENT
";
    assert_eq!(dump_tokens(&src).unwrap(), expect);
    let src = notebook(&[("code", "%time a += 1")]);
    assert_eq!(
        dump_tokens(&src).unwrap(),
        "0..5 MAGIC %time\n6..7 NAME a\n8..10 '+='\n11..12 INT 1\n12..13 NEWLINE\n"
    );
    assert!(dump_tokens(&script("x = 'a")).is_err());
}

// ---------------------------------------------------------------------------------------------
// Robustness: no input makes the parser panic.

const SAMPLE: &str = r#"import numpy as np
from numpy import linalg as la

def f(a, b=2.5):
    """Doc."""
    if a > b and not (a < 0):
        return a ** 2 - b // 3
    elif a == b:
        return -a
    else:
        return [a, b, *c][1:2:-1]

x = np.arange(12).reshape((3, -1))
for i in range(3):
    while x[i, 0] < 10:
        x[i, ::2] += 1; continue
    else:
        pass
y = x @ x.T if x.size else None
print(f"{y!r:>10} {x.shape[0]}", 'a' "b", 0x1F, 1e-3, 1_000)
class A:
    try:
        del x
    except:
        raise
"#;

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const CHARS: &[u8] = b" \t\n\\'\"#()[]{}:;,.=+-*/%@&|^~<>!$?`0123456789abcxyzfrbj_";

fn mutate(rng: &mut XorShift, text: &str) -> String {
    let mut bytes = text.as_bytes().to_vec();
    let tokens: Vec<&str> = text
        .split(|c: char| c.is_whitespace())
        .filter(|t| !t.is_empty())
        .collect();
    for _ in 0..1 + rng.below(4) {
        let n = bytes.len();
        match rng.below(7) {
            0 if n > 0 => {
                let i = rng.below(n);
                bytes.remove(i);
            }
            1 if n > 0 => {
                let i = rng.below(n);
                let b = bytes[i];
                bytes.insert(i, b);
            }
            2 if n > 1 => {
                let (i, j) = (rng.below(n), rng.below(n));
                bytes.swap(i, j);
            }
            3 => {
                let i = rng.below(n + 1);
                let c = CHARS[rng.below(CHARS.len())];
                bytes.insert(i, c);
            }
            4 if !tokens.is_empty() => {
                let i = rng.below(n + 1);
                let tok = tokens[rng.below(tokens.len())];
                bytes.splice(i..i, tok.bytes());
            }
            5 if n > 0 => {
                let i = rng.below(n);
                let len = rng.below(20).min(n - i);
                bytes.drain(i..i + len);
            }
            _ => {
                let i = rng.below(n + 1);
                bytes.insert(i, rng.below(128) as u8);
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

#[test]
fn no_panics_on_mutated_input() {
    assert!(
        parse_script(&script(SAMPLE)).is_ok(),
        "{}",
        parse_dump(SAMPLE, false)
    );
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let (mut ok, mut err) = (0, 0);
    for round in 0..4000 {
        let text = mutate(&mut rng, SAMPLE);
        let result = std::panic::catch_unwind(|| {
            let src = script(&text);
            let parsed = parse_script(&src);
            if let Err(d) = &parsed {
                assert_span_ok(&src, d);
                let _ = src.render(d);
            }
            let mut nb = src.clone();
            nb.cells = Some(vec![crate::source::CellStart {
                cell: 1,
                first_line: 0,
            }]);
            if let Err(d) = parse_notebook(&nb) {
                assert_span_ok(&nb, &d);
            }
            let _ = dump_tokens(&src);
            parsed.is_ok()
        });
        match result {
            Ok(true) => ok += 1,
            Ok(false) => err += 1,
            Err(_) => panic!("parser panicked on mutation {round}:\n{text}"),
        }
    }
    // Some mutations must still parse, and most must not.
    assert!(ok > 100 && err > 1000, "ok {ok}, err {err}");
}

#[test]
fn no_panics_on_random_bytes() {
    let mut rng = XorShift(0x2545_F491_4F6C_DD1D);
    for round in 0..2000 {
        let len = rng.below(80);
        let bytes: Vec<u8> = (0..len).map(|_| rng.below(256) as u8).collect();
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let result = std::panic::catch_unwind(|| {
            let mut src = script(&text);
            if let Err(d) = parse_script(&src) {
                assert_span_ok(&src, &d);
                let _ = src.render(&d);
            }
            src.cells = Some(vec![crate::source::CellStart {
                cell: 1,
                first_line: 0,
            }]);
            if let Err(d) = parse_notebook(&src) {
                assert_span_ok(&src, &d);
            }
        });
        assert!(
            result.is_ok(),
            "parser panicked on random input {round}: {text:?}"
        );
    }
}

#[test]
fn nesting_limits() {
    let nested_ifs = |n: usize| {
        (0..n)
            .map(|i| format!("{}if x:\n", " ".repeat(i)))
            .collect::<String>()
            + &" ".repeat(n)
            + "pass\n"
    };
    assert!(parse_script(&script(&nested_ifs(99))).is_ok());
    check_message(
        &nested_ifs(100),
        "too many levels of indentation",
        "5550..5650",
    );
    // Deep but within the limits: parses, and the tree drops without exhausting the stack.
    assert!(parse_script(&script(&format!("x = {}1", "-".repeat(990)))).is_ok());
    assert!(parse_script(&script(&format!(
        "x = {}1{}",
        "(".repeat(199),
        ")".repeat(199)
    )))
    .is_ok());
    assert!(parse_script(&script(&format!("x = f{}", "(a)".repeat(900)))).is_ok());
}
