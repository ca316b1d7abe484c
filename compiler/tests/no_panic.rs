//! No input makes the compiler panic: every example, mutated thousands of ways, goes through
//! the whole pipeline (parse, sema, lowering, Cranelift) and ends in a program or a diagnostic.

use arrc::driver::{compile, Dumps};
use arrc::source::SourceFile;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const FRAGMENTS: &[&str] = &[
    "x",
    "np.",
    "(",
    ")",
    "[",
    "]",
    ":",
    ",",
    " + ",
    " * ",
    " @ ",
    " ** ",
    " / ",
    " // ",
    " % ",
    "-1",
    "0",
    "3",
    "1.5",
    "\n",
    "\n    ",
    "reshape(",
    "sum()",
    ".T",
    "np.zeros((2, 3))",
    "np.arange(6)",
    "for i in range(3):",
    "if x:",
    "while False:",
    "break",
    "=",
    "+=",
    "[::-1]",
    "[1, 2]",
    "np.dot(",
    "np.concatenate((",
    "axis=",
    "np.where(",
    "np.clip(",
    "np.round(",
    "decimals=",
    "np.sin(",
    "np.maximum(",
    ".clip(",
    "print(",
    "id(",
    "'s'",
    "None",
    "True",
    "%time ",
    "\t",
    "#",
];

fn mutate(rng: &mut Rng, source: &str) -> String {
    let mut s: Vec<char> = source.chars().collect();
    for _ in 0..1 + rng.below(4) {
        if s.is_empty() {
            break;
        }
        let at = rng.below(s.len());
        match rng.below(5) {
            0 => {
                s.remove(at);
            }
            1 => {
                let end = (at + 1 + rng.below(12)).min(s.len());
                s.drain(at..end);
            }
            2 => {
                let frag = FRAGMENTS[rng.below(FRAGMENTS.len())];
                for (k, c) in frag.chars().enumerate() {
                    s.insert(at + k, c);
                }
            }
            3 => {
                let other = rng.below(s.len());
                s.swap(at, other);
            }
            _ => {
                let c = (b' ' + rng.below(95) as u8) as char;
                s.insert(at, c);
            }
        }
    }
    s.into_iter().collect()
}

fn compiles_without_panic(name: &str, text: &str) -> Result<(), String> {
    let src = SourceFile::new(name, text);
    let result = catch_unwind(AssertUnwindSafe(|| {
        if let Ok(c) = compile(src, &Dumps::default()) {
            let _ = arrc::codegen::object_compile(&c.lir, false);
        }
    }));
    result.map_err(|_| format!("panic on input:\n{text}"))
}

#[test]
fn mutated_examples_never_panic() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples");
    let mut seeds: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    seeds.sort();
    assert!(seeds.len() > 10, "examples not found in {}", dir.display());
    std::panic::set_hook(Box::new(|_| {}));
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut failures = Vec::new();
    for round in 0..3000 {
        let seed = &seeds[round % seeds.len()];
        let text = mutate(&mut rng, seed);
        if let Err(e) = compiles_without_panic("mutated.py", &text) {
            failures.push(e);
        }
    }
    for _ in 0..500 {
        let len = rng.below(200);
        let text: String = (0..len)
            .map(|_| FRAGMENTS[rng.below(FRAGMENTS.len())])
            .collect();
        if let Err(e) = compiles_without_panic("random.py", &text) {
            failures.push(e);
        }
    }
    let _ = std::panic::take_hook();
    assert!(
        failures.is_empty(),
        "{} inputs panicked; first:\n{}",
        failures.len(),
        failures[0]
    );
}
