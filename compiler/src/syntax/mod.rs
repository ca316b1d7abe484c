//! Syntax: source text → tokens (logos + an indentation pass) → AST (lalrpop).
//! Knows nothing of NumPy, types or shapes.

pub mod ast;
pub mod lexer;
pub mod notebook;
pub mod parser;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, unused_parens)]
    grammar,
    "/syntax/grammar.rs"
);

#[cfg(test)]
mod tests;
