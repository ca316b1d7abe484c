//! Generates the parser from `src/syntax/grammar.lalrpop` into `$OUT_DIR/syntax/grammar.rs`.

fn main() {
    lalrpop::Configuration::new()
        .use_cargo_dir_conventions()
        .emit_rerun_directives(true)
        .process()
        .expect("failed to generate the parser from grammar.lalrpop");
}
