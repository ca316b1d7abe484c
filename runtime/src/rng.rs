//! NumPy's random streams, bit for bit.
//!
//! * [`LegacyRandom`]: `np.random.RandomState` / the global `np.random.*` functions (MT19937 with
//!   the legacy distributions: polar Box–Muller with a cached second deviate, masked rejection
//!   for `randint`, `random_interval` Fisher–Yates for `shuffle`).
//! * [`Pcg64Generator`]: `np.random.default_rng(seed)` (`Generator(PCG64(SeedSequence(seed)))`)
//!   with the ziggurat `standard_normal` and Lemire's bounded integers.
//!
//! Every `fill_*` helper draws in the order NumPy fills an output array (C order, element by
//! element), so `fill_normal(loc, scale, &mut out)` equals `np.random.normal(loc, scale, n)`.
//! Scalar calls (`size=None`) consume exactly the same draws as a fill of length 1.
//!
//! Transcendentals (`ln`, `ln_1p`, `exp`) go through the platform libm, as NumPy's C code does;
//! on glibc that reproduces NumPy's wheels exactly.
//!
//! Argument validation (NumPy's `ValueError`s) is the caller's job: see the `# Panics` notes.

use std::time::{SystemTime, UNIX_EPOCH};

// ---------------------------------------------------------------------------------------------
// MT19937 and the legacy RandomState
// ---------------------------------------------------------------------------------------------

const MT_N: usize = 624;
const MT_M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// `np.random.RandomState`: MT19937 plus the legacy Gaussian cache.
#[derive(Clone)]
pub struct LegacyRandom {
    key: [u32; MT_N],
    pos: usize,
    has_gauss: bool,
    gauss: f64,
}

/// The full state, as `np.random.get_state()` returns it:
/// `('MT19937', key, pos, has_gauss, cached_gaussian)`.
#[derive(Clone, Debug, PartialEq)]
pub struct LegacyState {
    pub key: [u32; MT_N],
    pub pos: usize,
    pub has_gauss: bool,
    pub gauss: f64,
}

impl std::fmt::Debug for LegacyRandom {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LegacyRandom")
            .field("pos", &self.pos)
            .field("has_gauss", &self.has_gauss)
            .field("gauss", &self.gauss)
            .finish_non_exhaustive()
    }
}

impl Default for LegacyRandom {
    /// Seeded from OS entropy, like the global state NumPy creates at import.
    fn default() -> Self {
        Self::seed_from_os()
    }
}

/// Smallest all-ones mask covering `max` (numpy's `gen_mask`).
#[inline]
fn gen_mask(max: u64) -> u64 {
    let mut mask = max;
    mask |= mask >> 1;
    mask |= mask >> 2;
    mask |= mask >> 4;
    mask |= mask >> 8;
    mask |= mask >> 16;
    mask |= mask >> 32;
    mask
}

/// `np.random.seed(None)`-style entropy: /dev/urandom, or the clock and the process id.
fn os_entropy_words(n: usize) -> Vec<u32> {
    use std::io::Read;
    let mut bytes = vec![0u8; 4 * n];
    let ok = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut bytes))
        .is_ok();
    if ok {
        return bytes
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
    }
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    // SplitMix64 seeded from the clock and the pid.
    let mut x = (nanos as u64) ^ ((nanos >> 64) as u64) ^ (u64::from(std::process::id()) << 32);
    (0..n)
        .map(|_| {
            x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = x;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            (z ^ (z >> 31)) as u32
        })
        .collect()
}

impl LegacyRandom {
    /// `np.random.RandomState(seed)`.
    pub fn new(seed: u32) -> Self {
        let mut r = LegacyRandom {
            key: [0; MT_N],
            pos: MT_N,
            has_gauss: false,
            gauss: 0.0,
        };
        r.seed(seed);
        r
    }

    /// `np.random.RandomState()`: seeded from OS entropy (not reproducible).
    pub fn seed_from_os() -> Self {
        let mut r = LegacyRandom {
            key: [0; MT_N],
            pos: MT_N,
            has_gauss: false,
            gauss: 0.0,
        };
        r.reseed_from_os();
        r
    }

    /// `np.random.seed(seed)` for an int `0 <= seed < 2**32`: MT19937 `init_genrand`, and the
    /// Gaussian cache is cleared.
    pub fn seed(&mut self, seed: u32) {
        let mut s = seed;
        for pos in 0..MT_N {
            self.key[pos] = s;
            s = 1_812_433_253u32
                .wrapping_mul(s ^ (s >> 30))
                .wrapping_add(pos as u32 + 1);
        }
        self.pos = MT_N;
        self.has_gauss = false;
        self.gauss = 0.0;
    }

    /// `np.random.seed()` / `np.random.seed(None)`: OS entropy in words 1..624 and word 0 set to
    /// `0x80000000` (as NumPy does, so the state is never all zero). Clears the cache.
    pub fn reseed_from_os(&mut self) {
        let words = os_entropy_words(MT_N);
        self.key.copy_from_slice(&words);
        self.key[0] = 0x8000_0000;
        self.pos = MT_N;
        self.has_gauss = false;
        self.gauss = 0.0;
    }

    /// `np.random.get_state()`.
    pub fn get_state(&self) -> LegacyState {
        LegacyState {
            key: self.key,
            pos: self.pos,
            has_gauss: self.has_gauss,
            gauss: self.gauss,
        }
    }

    /// `np.random.set_state(state)`.
    ///
    /// # Panics
    /// If `state.pos > 624`.
    pub fn set_state(&mut self, state: &LegacyState) {
        assert!(state.pos <= MT_N, "set_state: pos must be <= 624");
        self.key = state.key;
        self.pos = state.pos;
        self.has_gauss = state.has_gauss;
        self.gauss = state.gauss;
    }

    fn generate(&mut self) {
        let k = &mut self.key;
        let twist = |y: u32| (y >> 1) ^ (0u32.wrapping_sub(y & 1) & MATRIX_A);
        for i in 0..MT_N - MT_M {
            let y = (k[i] & UPPER_MASK) | (k[i + 1] & LOWER_MASK);
            k[i] = k[i + MT_M] ^ twist(y);
        }
        for i in MT_N - MT_M..MT_N - 1 {
            let y = (k[i] & UPPER_MASK) | (k[i + 1] & LOWER_MASK);
            k[i] = k[i + MT_M - MT_N] ^ twist(y);
        }
        let y = (k[MT_N - 1] & UPPER_MASK) | (k[0] & LOWER_MASK);
        k[MT_N - 1] = k[MT_M - 1] ^ twist(y);
        self.pos = 0;
    }

    /// One raw 32-bit MT19937 output.
    #[inline]
    pub fn next_u32(&mut self) -> u32 {
        if self.pos >= MT_N {
            self.generate();
        }
        let mut y = self.key[self.pos];
        self.pos += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// Two 32-bit outputs, the first in the high half (numpy's `mt19937_next64`).
    #[inline]
    pub fn next_u64(&mut self) -> u64 {
        let hi = u64::from(self.next_u32());
        (hi << 32) | u64::from(self.next_u32())
    }

    /// `np.random.random_sample()` / `random()` / `rand()`: a 53-bit double in [0, 1).
    #[inline]
    pub fn random_sample(&mut self) -> f64 {
        let a = f64::from(self.next_u32() >> 5);
        let b = f64::from(self.next_u32() >> 6);
        (a * 67_108_864.0 + b) / 9_007_199_254_740_992.0
    }

    /// `np.random.standard_normal()` / `randn()`: numpy's `legacy_gauss` (polar method; every
    /// second call returns the cached deviate).
    pub fn gauss(&mut self) -> f64 {
        if self.has_gauss {
            let g = self.gauss;
            self.has_gauss = false;
            self.gauss = 0.0;
            return g;
        }
        loop {
            let x1 = 2.0 * self.random_sample() - 1.0;
            let x2 = 2.0 * self.random_sample() - 1.0;
            let r2 = x1 * x1 + x2 * x2;
            if r2 >= 1.0 || r2 == 0.0 {
                continue;
            }
            let f = (-2.0 * r2.ln() / r2).sqrt();
            self.gauss = f * x1;
            self.has_gauss = true;
            return f * x2;
        }
    }

    /// `np.random.normal(loc, scale)` = `loc + scale * gauss()` (NumPy rejects `scale < 0`
    /// with `ValueError: scale < 0` before drawing; that check is the caller's).
    #[inline]
    pub fn normal(&mut self, loc: f64, scale: f64) -> f64 {
        loc + scale * self.gauss()
    }

    /// `np.random.uniform(low, high)` = `low + (high - low) * random_sample()` (NumPy raises
    /// `OverflowError: Range exceeds valid bounds` when `high - low` is not finite).
    #[inline]
    pub fn uniform(&mut self, low: f64, high: f64) -> f64 {
        let range = high - low;
        low + range * self.random_sample()
    }

    /// Masked rejection sampling of `off + [0, rng]` (numpy's `random_bounded_uint64_fill`
    /// with `use_masked = true`, as `RandomState.randint` uses): a range that fits 32 bits draws
    /// 32-bit words, a wider one 64-bit words (two MT outputs, high first).
    #[inline]
    fn bounded_masked(&mut self, off: u64, rng: u64) -> u64 {
        if rng == 0 {
            off
        } else if rng <= 0xffff_ffff {
            if rng == 0xffff_ffff {
                return off.wrapping_add(u64::from(self.next_u32()));
            }
            let mask = gen_mask(rng);
            loop {
                let v = u64::from(self.next_u32()) & mask;
                if v <= rng {
                    return off.wrapping_add(v);
                }
            }
        } else if rng == u64::MAX {
            off.wrapping_add(self.next_u64())
        } else {
            let mask = gen_mask(rng);
            loop {
                let v = self.next_u64() & mask;
                if v <= rng {
                    return off.wrapping_add(v);
                }
            }
        }
    }

    /// `np.random.randint(low, high)` (default dtype int64, `high` exclusive).
    ///
    /// # Panics
    /// If `low >= high` (NumPy: `ValueError: low >= high`).
    #[inline]
    pub fn randint(&mut self, low: i64, high: i64) -> i64 {
        assert!(low < high, "low >= high");
        self.randint_closed(low, high - 1)
    }

    /// `randint` with an inclusive upper bound: `np.random.randint(low, high + 1)`. Covers the
    /// full int64 range (`randint(-2**63, 2**63)` = `randint_closed(i64::MIN, i64::MAX)`).
    ///
    /// # Panics
    /// If `low > high`.
    #[inline]
    pub fn randint_closed(&mut self, low: i64, high: i64) -> i64 {
        assert!(low <= high, "low >= high");
        let rng = (high as u64).wrapping_sub(low as u64);
        self.bounded_masked(low as u64, rng) as i64
    }

    /// numpy's `random_interval(max)`: uniform on `[0, max]` by masked rejection (32-bit draws
    /// when `max` fits 32 bits). The primitive behind `shuffle` and `permutation`.
    #[inline]
    pub fn random_interval(&mut self, max: u64) -> u64 {
        if max == 0 {
            return 0;
        }
        let mask = gen_mask(max);
        if max <= 0xffff_ffff {
            loop {
                let v = u64::from(self.next_u32()) & mask;
                if v <= max {
                    return v;
                }
            }
        } else {
            loop {
                let v = self.next_u64() & mask;
                if v <= max {
                    return v;
                }
            }
        }
    }

    /// `np.random.choice(n)` for an int `n` (with replacement, no `p`): `randint(0, n)`.
    ///
    /// # Panics
    /// If `n <= 0` (NumPy: `ValueError: a must be greater than 0 unless no samples are taken`).
    #[inline]
    pub fn choice(&mut self, n: i64) -> i64 {
        assert!(
            n > 0,
            "a must be greater than 0 unless no samples are taken"
        );
        self.randint(0, n)
    }

    /// `np.random.shuffle(x)` for a 1-D array or list: legacy Fisher–Yates from the end,
    /// `j = random_interval(i)` for `i = n-1 .. 1`.
    pub fn shuffle<T>(&mut self, xs: &mut [T]) {
        for i in (1..xs.len()).rev() {
            let j = self.random_interval(i as u64) as usize;
            xs.swap(i, j);
        }
    }

    /// `np.random.permutation(n)`: `arange(n)` shuffled.
    pub fn permutation(&mut self, n: usize) -> Vec<i64> {
        let mut v: Vec<i64> = (0..n as i64).collect();
        self.shuffle(&mut v);
        v
    }

    /// `np.random.choice(n, k, replace=False)`: `permutation(n)[:k]`.
    ///
    /// # Panics
    /// If `k > n` (NumPy: `ValueError: Cannot take a larger sample than population when
    /// 'replace=False'`).
    pub fn choice_without_replacement(&mut self, n: usize, k: usize) -> Vec<i64> {
        assert!(
            k <= n,
            "Cannot take a larger sample than population when 'replace=False'"
        );
        let mut v = self.permutation(n);
        v.truncate(k);
        v
    }

    /// `np.random.random_sample(size)` / `rand(*shape)` into `out` (C order).
    pub fn fill_random(&mut self, out: &mut [f64]) {
        for o in out {
            *o = self.random_sample();
        }
    }

    /// `np.random.standard_normal(size)` / `randn(*shape)` into `out`.
    pub fn fill_gauss(&mut self, out: &mut [f64]) {
        for o in out {
            *o = self.gauss();
        }
    }

    /// `np.random.normal(loc, scale, size)` into `out`.
    pub fn fill_normal(&mut self, loc: f64, scale: f64, out: &mut [f64]) {
        for o in out {
            *o = self.normal(loc, scale);
        }
    }

    /// `np.random.uniform(low, high, size)` into `out`.
    pub fn fill_uniform(&mut self, low: f64, high: f64, out: &mut [f64]) {
        for o in out {
            *o = self.uniform(low, high);
        }
    }

    /// `np.random.randint(low, high, size)` into `out`.
    ///
    /// # Panics
    /// If `low >= high`.
    pub fn fill_randint(&mut self, low: i64, high: i64, out: &mut [i64]) {
        assert!(low < high, "low >= high");
        for o in out {
            *o = self.randint_closed(low, high - 1);
        }
    }

    /// `np.random.choice(n, size)` (with replacement) into `out`.
    ///
    /// # Panics
    /// If `n <= 0` and `out` is not empty.
    pub fn fill_choice(&mut self, n: i64, out: &mut [i64]) {
        if out.is_empty() {
            return;
        }
        assert!(
            n > 0,
            "a must be greater than 0 unless no samples are taken"
        );
        self.fill_randint(0, n, out);
    }
}

// ---------------------------------------------------------------------------------------------
// SeedSequence, PCG64 and the Generator
// ---------------------------------------------------------------------------------------------

const SS_POOL_SIZE: usize = 4;
const SS_INIT_A: u32 = 0x43b0_d7e5;
const SS_MULT_A: u32 = 0x931e_8875;
const SS_INIT_B: u32 = 0x8b51_f9dd;
const SS_MULT_B: u32 = 0x58f3_8ded;
const SS_MIX_MULT_L: u32 = 0xca01_f9dd;
const SS_MIX_MULT_R: u32 = 0x4973_f715;
const SS_XSHIFT: u32 = 16;

#[inline]
fn ss_hashmix(value: u32, hash_const: &mut u32) -> u32 {
    let mut v = value ^ *hash_const;
    *hash_const = hash_const.wrapping_mul(SS_MULT_A);
    v = v.wrapping_mul(*hash_const);
    v ^ (v >> SS_XSHIFT)
}

#[inline]
fn ss_mix(x: u32, y: u32) -> u32 {
    let r = SS_MIX_MULT_L
        .wrapping_mul(x)
        .wrapping_sub(SS_MIX_MULT_R.wrapping_mul(y));
    r ^ (r >> SS_XSHIFT)
}

/// `np.random.SeedSequence(entropy)` (no spawn key, pool size 4).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SeedSequence {
    pool: [u32; SS_POOL_SIZE],
}

impl SeedSequence {
    /// From entropy already split into 32-bit words, least significant first (how NumPy
    /// splits a Python int; the int 0 is the single word `[0]`).
    pub fn from_words(entropy: &[u32]) -> Self {
        let mut pool = [0u32; SS_POOL_SIZE];
        let mut hc = SS_INIT_A;
        for (i, p) in pool.iter_mut().enumerate() {
            *p = ss_hashmix(entropy.get(i).copied().unwrap_or(0), &mut hc);
        }
        for i_src in 0..SS_POOL_SIZE {
            for i_dst in 0..SS_POOL_SIZE {
                if i_src != i_dst {
                    let h = ss_hashmix(pool[i_src], &mut hc);
                    pool[i_dst] = ss_mix(pool[i_dst], h);
                }
            }
        }
        for &word in entropy.iter().skip(SS_POOL_SIZE) {
            for p in pool.iter_mut() {
                let h = ss_hashmix(word, &mut hc);
                *p = ss_mix(*p, h);
            }
        }
        SeedSequence { pool }
    }

    /// `SeedSequence(seed)` for a non-negative int seed below 2**64.
    pub fn new(seed: u64) -> Self {
        let lo = seed as u32;
        let hi = (seed >> 32) as u32;
        if hi == 0 {
            Self::from_words(&[lo])
        } else {
            Self::from_words(&[lo, hi])
        }
    }

    /// `generate_state(n, np.uint32)`.
    pub fn generate_state_u32(&self, n: usize) -> Vec<u32> {
        let mut hc = SS_INIT_B;
        (0..n)
            .map(|i| {
                let mut v = self.pool[i % SS_POOL_SIZE] ^ hc;
                hc = hc.wrapping_mul(SS_MULT_B);
                v = v.wrapping_mul(hc);
                v ^ (v >> SS_XSHIFT)
            })
            .collect()
    }

    /// `generate_state(n, np.uint64)`: pairs of 32-bit words, low word first.
    pub fn generate_state_u64(&self, n: usize) -> Vec<u64> {
        self.generate_state_u32(2 * n)
            .chunks_exact(2)
            .map(|c| u64::from(c[0]) | (u64::from(c[1]) << 32))
            .collect()
    }
}

const PCG_MULT: u128 = (2_549_297_995_355_413_924u128 << 64) | 4_865_540_595_714_422_341u128;

const ZIGGURAT_NOR_R: f64 = 3.654_152_885_361_009; // 3.6541528853610087963519472518
const ZIGGURAT_NOR_INV_R: f64 = 0.273_661_237_329_758_3; // 0.27366123732975827203338247596

/// `np.random.default_rng(seed)`: a `Generator` over `PCG64(SeedSequence(seed))`.
#[derive(Clone, Debug)]
pub struct Pcg64Generator {
    state: u128,
    inc: u128,
    has_uint32: bool,
    uinteger: u32,
}

impl Pcg64Generator {
    /// `np.random.default_rng(seed)` for `0 <= seed < 2**64`.
    pub fn new(seed: u64) -> Self {
        Self::from_seed_sequence(&SeedSequence::new(seed))
    }

    /// `np.random.default_rng()`: seeded from OS entropy (not reproducible).
    pub fn seed_from_os() -> Self {
        Self::from_seed_sequence(&SeedSequence::from_words(&os_entropy_words(4)))
    }

    /// `Generator(PCG64(seed_seq))`.
    pub fn from_seed_sequence(ss: &SeedSequence) -> Self {
        let v = ss.generate_state_u64(4);
        let initstate = (u128::from(v[0]) << 64) | u128::from(v[1]);
        let initseq = (u128::from(v[2]) << 64) | u128::from(v[3]);
        let mut g = Pcg64Generator {
            state: 0,
            inc: (initseq << 1) | 1,
            has_uint32: false,
            uinteger: 0,
        };
        g.step();
        g.state = g.state.wrapping_add(initstate);
        g.step();
        g
    }

    #[inline]
    fn step(&mut self) {
        self.state = self.state.wrapping_mul(PCG_MULT).wrapping_add(self.inc);
    }

    /// One raw 64-bit PCG64 (XSL-RR) output.
    #[inline]
    pub fn next_u64(&mut self) -> u64 {
        self.step();
        let s = self.state;
        (((s >> 64) as u64) ^ (s as u64)).rotate_right((s >> 122) as u32)
    }

    /// 32-bit output: the low half of a fresh 64-bit word, then its high half on the next call
    /// (the half-word buffer survives across calls, as in NumPy).
    #[inline]
    pub fn next_u32(&mut self) -> u32 {
        if self.has_uint32 {
            self.has_uint32 = false;
            return self.uinteger;
        }
        let next = self.next_u64();
        self.has_uint32 = true;
        self.uinteger = (next >> 32) as u32;
        next as u32
    }

    /// `rng.random()`: `(next_u64 >> 11) * 2**-53`.
    #[inline]
    pub fn random(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `rng.standard_normal()`: NumPy's 256-layer ziggurat.
    pub fn standard_normal(&mut self) -> f64 {
        loop {
            let mut r = self.next_u64();
            let idx = (r & 0xff) as usize;
            r >>= 8;
            let sign = r & 1;
            let rabs = (r >> 1) & 0x000f_ffff_ffff_ffff;
            let mut x = rabs as f64 * f64::from_bits(WI_DOUBLE[idx]);
            if sign & 1 == 1 {
                x = -x;
            }
            if rabs < KI_DOUBLE[idx] {
                return x;
            }
            if idx == 0 {
                loop {
                    let xx = -ZIGGURAT_NOR_INV_R * (-self.random()).ln_1p();
                    let yy = -(-self.random()).ln_1p();
                    if yy + yy > xx * xx {
                        return if (rabs >> 8) & 1 == 1 {
                            -(ZIGGURAT_NOR_R + xx)
                        } else {
                            ZIGGURAT_NOR_R + xx
                        };
                    }
                }
            } else {
                let fi1 = f64::from_bits(FI_DOUBLE[idx - 1]);
                let fi = f64::from_bits(FI_DOUBLE[idx]);
                if (fi1 - fi) * self.random() + fi < (-0.5 * x * x).exp() {
                    return x;
                }
            }
        }
    }

    /// `rng.normal(loc, scale)` = `loc + scale * standard_normal()`.
    #[inline]
    pub fn normal(&mut self, loc: f64, scale: f64) -> f64 {
        loc + scale * self.standard_normal()
    }

    /// `rng.uniform(low, high)` = `low + (high - low) * random()`.
    #[inline]
    pub fn uniform(&mut self, low: f64, high: f64) -> f64 {
        let range = high - low;
        low + range * self.random()
    }

    /// Lemire's bounded integers on `off + [0, rng]` (numpy's `random_bounded_uint64_fill`
    /// with `use_masked = false`, as `Generator.integers` uses).
    fn bounded_lemire(&mut self, off: u64, rng: u64) -> u64 {
        if rng == 0 {
            off
        } else if rng < 0xffff_ffff {
            let rng = rng as u32;
            let rng_excl = rng + 1;
            let mut m = u64::from(self.next_u32()) * u64::from(rng_excl);
            let mut leftover = m as u32;
            if leftover < rng_excl {
                let threshold = (u32::MAX - rng) % rng_excl;
                while leftover < threshold {
                    m = u64::from(self.next_u32()) * u64::from(rng_excl);
                    leftover = m as u32;
                }
            }
            off.wrapping_add(m >> 32)
        } else if rng == 0xffff_ffff {
            off.wrapping_add(u64::from(self.next_u32()))
        } else if rng == u64::MAX {
            off.wrapping_add(self.next_u64())
        } else {
            let rng_excl = rng + 1;
            let mut m = u128::from(self.next_u64()) * u128::from(rng_excl);
            let mut leftover = m as u64;
            if leftover < rng_excl {
                let threshold = (u64::MAX - rng) % rng_excl;
                while leftover < threshold {
                    m = u128::from(self.next_u64()) * u128::from(rng_excl);
                    leftover = m as u64;
                }
            }
            off.wrapping_add((m >> 64) as u64)
        }
    }

    /// `rng.integers(low, high)` (int64, `high` exclusive).
    ///
    /// # Panics
    /// If `low >= high` (NumPy: `ValueError: low >= high`).
    #[inline]
    pub fn integers(&mut self, low: i64, high: i64) -> i64 {
        assert!(low < high, "low >= high");
        self.integers_closed(low, high - 1)
    }

    /// `rng.integers(low, high, endpoint=True)` (inclusive `high`).
    ///
    /// # Panics
    /// If `low > high`.
    #[inline]
    pub fn integers_closed(&mut self, low: i64, high: i64) -> i64 {
        assert!(low <= high, "low > high");
        let rng = (high as u64).wrapping_sub(low as u64);
        self.bounded_lemire(low as u64, rng) as i64
    }

    /// numpy's `random_interval(max)` over this stream: uniform on `[0, max]` by masked
    /// rejection (buffered 32-bit draws when `max` fits 32 bits).
    #[inline]
    pub fn random_interval(&mut self, max: u64) -> u64 {
        if max == 0 {
            return 0;
        }
        let mask = gen_mask(max);
        if max <= 0xffff_ffff {
            loop {
                let v = u64::from(self.next_u32()) & mask;
                if v <= max {
                    return v;
                }
            }
        } else {
            loop {
                let v = self.next_u64() & mask;
                if v <= max {
                    return v;
                }
            }
        }
    }

    /// `rng.choice(n)` for an int `n` (with replacement, no `p`): `integers(0, n)`.
    ///
    /// # Panics
    /// If `n <= 0` (NumPy: `ValueError: a must be greater than 0 unless no samples are taken`).
    #[inline]
    pub fn choice(&mut self, n: i64) -> i64 {
        assert!(
            n > 0,
            "a must be greater than 0 unless no samples are taken"
        );
        self.integers(0, n)
    }

    /// `rng.shuffle(x)` for a 1-D array: Fisher–Yates from the end with
    /// `j = random_interval(i)`.
    pub fn shuffle<T>(&mut self, xs: &mut [T]) {
        for i in (1..xs.len()).rev() {
            let j = self.random_interval(i as u64) as usize;
            xs.swap(i, j);
        }
    }

    /// `rng.permutation(n)`: `arange(n)` shuffled.
    pub fn permutation(&mut self, n: usize) -> Vec<i64> {
        let mut v: Vec<i64> = (0..n as i64).collect();
        self.shuffle(&mut v);
        v
    }

    /// `rng.choice(n, size)` (with replacement) into `out`.
    ///
    /// # Panics
    /// If `n <= 0` and `out` is not empty.
    pub fn fill_choice(&mut self, n: i64, out: &mut [i64]) {
        if out.is_empty() {
            return;
        }
        assert!(
            n > 0,
            "a must be greater than 0 unless no samples are taken"
        );
        self.fill_integers(0, n, out);
    }

    /// `rng.random(size)` into `out` (C order).
    pub fn fill_random(&mut self, out: &mut [f64]) {
        for o in out {
            *o = self.random();
        }
    }

    /// `rng.standard_normal(size)` into `out`.
    pub fn fill_standard_normal(&mut self, out: &mut [f64]) {
        for o in out {
            *o = self.standard_normal();
        }
    }

    /// `rng.normal(loc, scale, size)` into `out`.
    pub fn fill_normal(&mut self, loc: f64, scale: f64, out: &mut [f64]) {
        for o in out {
            *o = self.normal(loc, scale);
        }
    }

    /// `rng.uniform(low, high, size)` into `out`.
    pub fn fill_uniform(&mut self, low: f64, high: f64, out: &mut [f64]) {
        for o in out {
            *o = self.uniform(low, high);
        }
    }

    /// `rng.integers(low, high, size)` into `out`.
    ///
    /// # Panics
    /// If `low >= high`.
    pub fn fill_integers(&mut self, low: i64, high: i64, out: &mut [i64]) {
        assert!(low < high, "low >= high");
        for o in out {
            *o = self.integers_closed(low, high - 1);
        }
    }
}

// NumPy's ziggurat tables (numpy/random/src/distributions/ziggurat_constants.h: ki_double,
// wi_double, fi_double), as bit patterns taken from NumPy 2.4's libnpyrandom.a.
const KI_DOUBLE: [u64; 256] = [
    0x000ef33d8025ef6a,
    0x0000000000000000,
    0x000c08be98fbc6a8,
    0x000da354fabd8142,
    0x000e51f67ec1eeea,
    0x000eb255e9d3f77e,
    0x000eef4b817ecab9,
    0x000f19470afa44aa,
    0x000f37ed61ffcb18,
    0x000f4f469561255c,
    0x000f61a5e41ba396,
    0x000f707a755396a4,
    0x000f7cb2ec28449a,
    0x000f86f10c6357d3,
    0x000f8fa6578325de,
    0x000f9724c74dd0da,
    0x000f9da907dbf509,
    0x000fa360f581fa74,
    0x000fa86fde5b4bf8,
    0x000facf160d354dc,
    0x000fb0fb6718b90f,
    0x000fb49f8d5374c6,
    0x000fb7ec2366fe77,
    0x000fbaece9a1e50e,
    0x000fbdab9d040bed,
    0x000fc03060ff6c57,
    0x000fc2821037a248,
    0x000fc4a67ae25bd1,
    0x000fc6a2977aee31,
    0x000fc87aa92896a4,
    0x000fca325e4bde85,
    0x000fcbcce902231a,
    0x000fcd4d12f839c4,
    0x000fceb54d8fec99,
    0x000fd007bf1dc930,
    0x000fd1464dd6c4e6,
    0x000fd272a8e2f450,
    0x000fd38e4ff0c91e,
    0x000fd49a9990b478,
    0x000fd598b8920f53,
    0x000fd689c08e99ec,
    0x000fd76ea9c8e832,
    0x000fd848547b08e8,
    0x000fd9178bad2c8c,
    0x000fd9dd07a7add2,
    0x000fda9970105e8c,
    0x000fdb4d5dc02e20,
    0x000fdbf95c5bfcd0,
    0x000fdc9debb99a7d,
    0x000fdd3b8118729d,
    0x000fddd288342f90,
    0x000fde6364369f64,
    0x000fdeee708d514e,
    0x000fdf7401a6b42e,
    0x000fdff46599ed40,
    0x000fe06fe4bc24f2,
    0x000fe0e6c225a258,
    0x000fe1593c28b84c,
    0x000fe1c78cbc3f99,
    0x000fe231e9db1caa,
    0x000fe29885da1b91,
    0x000fe2fb8fb54186,
    0x000fe35b33558d4a,
    0x000fe3b799d0002a,
    0x000fe410e99ead7f,
    0x000fe46746d47734,
    0x000fe4bad34c095c,
    0x000fe50baed29524,
    0x000fe559f74ebc78,
    0x000fe5a5c8e41212,
    0x000fe5ef3e138689,
    0x000fe6366fd91078,
    0x000fe67b75c6d578,
    0x000fe6be661e11aa,
    0x000fe6ff55e5f4f2,
    0x000fe73e5900a702,
    0x000fe77b823e9e39,
    0x000fe7b6e37070a2,
    0x000fe7f08d774243,
    0x000fe8289053f08c,
    0x000fe85efb35173a,
    0x000fe893dc840864,
    0x000fe8c741f0cebc,
    0x000fe8f9387d4ef6,
    0x000fe929cc879b1d,
    0x000fe95909d388ea,
    0x000fe986fb939aa2,
    0x000fe9b3ac714866,
    0x000fe9df2694b6d5,
    0x000fea0973abe67c,
    0x000fea329cf166a4,
    0x000fea5aab32952c,
    0x000fea81a6d5741a,
    0x000feaa797de1cf0,
    0x000feacc85f3d920,
    0x000feaf07865e63c,
    0x000feb13762fec13,
    0x000feb3585fe2a4a,
    0x000feb56ae3162b4,
    0x000feb76f4e284fa,
    0x000feb965fe62014,
    0x000febb4f4cf9d7c,
    0x000febd2b8f449d0,
    0x000febefb16e2e3e,
    0x000fec0be31ebde8,
    0x000fec2752b15a15,
    0x000fec42049dafd3,
    0x000fec5bfd29f196,
    0x000fec75406ceef4,
    0x000fec8dd2500cb4,
    0x000feca5b6911f12,
    0x000fecbcf0c427fe,
    0x000fecd38454fb15,
    0x000fece97488c8b3,
    0x000fecfec47f91b7,
    0x000fed1377358528,
    0x000fed278f844903,
    0x000fed3b10242f4c,
    0x000fed4dfbad586e,
    0x000fed605498c3dd,
    0x000fed721d414fe8,
    0x000fed8357e4a982,
    0x000fed9406a42cc8,
    0x000feda42b85b704,
    0x000fedb3c8746ab4,
    0x000fedc2df416652,
    0x000fedd171a46e52,
    0x000feddf813c8ad3,
    0x000feded0f909980,
    0x000fedfa1e0fd414,
    0x000fee06ae124bc4,
    0x000fee12c0d95a06,
    0x000fee1e579006e0,
    0x000fee29734b6524,
    0x000fee34150ae4bc,
    0x000fee3e3db89b3c,
    0x000fee47ee2982f4,
    0x000fee51271db086,
    0x000fee59e9407f41,
    0x000fee623528b42e,
    0x000fee6a0b5897f1,
    0x000fee716c3e077a,
    0x000fee7858327b82,
    0x000fee7ecf7b06ba,
    0x000fee84d2484ab2,
    0x000fee8a60b66343,
    0x000fee8f7accc851,
    0x000fee94207e25da,
    0x000fee9851a829ea,
    0x000fee9c0e13485c,
    0x000fee9f557273f4,
    0x000feea22762ccae,
    0x000feea4836b42ac,
    0x000feea668fc2d71,
    0x000feea7d76ed6fa,
    0x000feea8ce04fa0a,
    0x000feea94be8333b,
    0x000feea950296410,
    0x000feea8d9c0075e,
    0x000feea7e7897654,
    0x000feea678481d24,
    0x000feea48aa29e83,
    0x000feea21d22e4da,
    0x000fee9f2e352024,
    0x000fee9bbc26af2e,
    0x000fee97c524f2e4,
    0x000fee93473c0a3a,
    0x000fee8e40557516,
    0x000fee88ae369c7a,
    0x000fee828e7f3dfd,
    0x000fee7bdea7b888,
    0x000fee749bff37ff,
    0x000fee6cc3a9bd5e,
    0x000fee64529e007e,
    0x000fee5b45a32888,
    0x000fee51994e57b6,
    0x000fee474a0006cf,
    0x000fee3c53e12c50,
    0x000fee30b2e02ad8,
    0x000fee2462ad8205,
    0x000fee175eb83c5a,
    0x000fee09a22a1447,
    0x000fedfb27e349cc,
    0x000fedebea76216c,
    0x000feddbe422047e,
    0x000fedcb0ece39d3,
    0x000fedb964042cf4,
    0x000feda6dce938c9,
    0x000fed937237e98d,
    0x000fed7f1c38a836,
    0x000fed69d2b9c02b,
    0x000fed538d06ae00,
    0x000fed3c41dea422,
    0x000fed23e76a2fd8,
    0x000fed0a732fe644,
    0x000fecefda07fe34,
    0x000fecd4100eb7b8,
    0x000fecb708956eb4,
    0x000fec98b61230c1,
    0x000fec790a0da978,
    0x000fec57f50f31fe,
    0x000fec356686c962,
    0x000fec114cb4b335,
    0x000febeb948e6fd0,
    0x000febc429a0b692,
    0x000feb9af5ee0cdc,
    0x000feb6fe1c98542,
    0x000feb42d3ad1f9e,
    0x000feb13b00b2d4b,
    0x000feae2591a02e9,
    0x000feaaeae992257,
    0x000fea788d8ee326,
    0x000fea3fcffd73e5,
    0x000fea044c8dd9f6,
    0x000fe9c5d62f563b,
    0x000fe9843ba947a4,
    0x000fe93f471d4728,
    0x000fe8f6bd76c5d6,
    0x000fe8aa5dc4e8e6,
    0x000fe859e07ab1ea,
    0x000fe804f690a940,
    0x000fe7ab488233c0,
    0x000fe74c751f6aa5,
    0x000fe6e8102aa202,
    0x000fe67da0b6abd8,
    0x000fe60c9f38307e,
    0x000fe5947338f742,
    0x000fe51470977280,
    0x000fe48bd436f458,
    0x000fe3f9bffd1e37,
    0x000fe35d35eeb19c,
    0x000fe2b5122fe4fe,
    0x000fe20003995557,
    0x000fe13c82788314,
    0x000fe068c4ee67b0,
    0x000fdf82b02b71aa,
    0x000fde87c57efeaa,
    0x000fdd7509c63bfd,
    0x000fdc46e529bf13,
    0x000fdaf8f82e0282,
    0x000fd985e1b2ba75,
    0x000fd7e6ef48cf04,
    0x000fd613adbd650b,
    0x000fd40149e2f012,
    0x000fd1a1a7b4c7ac,
    0x000fcee204761f9e,
    0x000fcba8d85e11b2,
    0x000fc7d26ecd2d22,
    0x000fc32b2f1e22ed,
    0x000fbd6581c0b83a,
    0x000fb606c4005434,
    0x000fac40582a2874,
    0x000f9e971e014598,
    0x000f89fa48a41dfc,
    0x000f66c5f7f0302c,
    0x000f1a5a4b331c4a,
];
const WI_DOUBLE: [u64; 256] = [
    0x3ccf493b7815d979,
    0x3c8b8d0be3fdf6c6,
    0x3c9250af3c2c5bb4,
    0x3c957cb938443b61,
    0x3c9801fce82fa70c,
    0x3c9a230c2e4cd0bc,
    0x3c9c004d2f3861f7,
    0x3c9dac2f5a747274,
    0x3c9f32482d4cd5c3,
    0x3ca04d32278ebbad,
    0x3ca0f5053b025d43,
    0x3ca192a697413677,
    0x3ca227a28f7a1af5,
    0x3ca2b52e3863d880,
    0x3ca33c3fc05791f5,
    0x3ca3bd9ec1a2b12f,
    0x3ca439ef8dff9b55,
    0x3ca4b1bb363dfea7,
    0x3ca52575621ad374,
    0x3ca59580a707ce96,
    0x3ca60231cfd97eea,
    0x3ca66bd261a37c3d,
    0x3ca6d2a292000570,
    0x3ca736dad346f8a6,
    0x3ca798ad10b32a77,
    0x3ca7f845ad46f543,
    0x3ca855cc53430a77,
    0x3ca8b1649e7b769a,
    0x3ca90b2ea94ecf98,
    0x3ca96347822c1eea,
    0x3ca9b9c98e38c546,
    0x3caa0eccdca4a72c,
    0x3caa62676d77cd59,
    0x3caab4ad6e101630,
    0x3cab05b16d136c9c,
    0x3cab558487427a29,
    0x3caba4368e529f3a,
    0x3cabf1d62abf8232,
    0x3cac3e70f9594ef3,
    0x3cac8a13a5323b61,
    0x3cacd4c9fe72268b,
    0x3cad1e9f0e80b748,
    0x3cad679d29e41f10,
    0x3cadafce0023b8c3,
    0x3cadf73aa9f17653,
    0x3cae3debb5d2edfe,
    0x3cae83e9337a6f00,
    0x3caec93abdf982ce,
    0x3caf0de784f06226,
    0x3caf51f654d8f688,
    0x3caf956d9e87d7ae,
    0x3cafd8537dfa2eac,
    0x3cb00d56e04234ec,
    0x3cb02e40f5398f9a,
    0x3cb04eea9e16a5fc,
    0x3cb06f565b72a010,
    0x3cb08f869071f40b,
    0x3cb0af7d84bc6113,
    0x3cb0cf3d664bcc7f,
    0x3cb0eec84b16086b,
    0x3cb10e20329515ee,
    0x3cb12d4707310fbe,
    0x3cb14c3e9f8e9141,
    0x3cb16b08bfc4201e,
    0x3cb189a71a78da34,
    0x3cb1a81b51ee6d88,
    0x3cb1c666f8f82acb,
    0x3cb1e48b93e0d42e,
    0x3cb2028a9940a09f,
    0x3cb2206572c4c6e9,
    0x3cb23e1d7de9c31f,
    0x3cb25bb40ca96bfb,
    0x3cb2792a661dd37f,
    0x3cb29681c719d71b,
    0x3cb2b3bb62b82eda,
    0x3cb2d0d862e1b853,
    0x3cb2edd9e8cba98e,
    0x3cb30ac10d6e48d7,
    0x3cb3278ee1f4b930,
    0x3cb3444470265ea1,
    0x3cb360e2baca52d5,
    0x3cb37d6abe05586a,
    0x3cb399dd6fb2b264,
    0x3cb3b63bbfb83d03,
    0x3cb3d28698561de0,
    0x3cb3eebede725a83,
    0x3cb40ae571e09e74,
    0x3cb426fb2da6745d,
    0x3cb44300e83c30a4,
    0x3cb45ef773cac75d,
    0x3cb47adf9e66c336,
    0x3cb496ba32488f2f,
    0x3cb4b287f602415d,
    0x3cb4ce49acb311dc,
    0x3cb4ea001638a605,
    0x3cb505abef5e5562,
    0x3cb5214df20a8b5a,
    0x3cb53ce6d56a664f,
    0x3cb558774e1bb2c8,
    0x3cb574000e555f78,
    0x3cb58f81c60e8514,
    0x3cb5aafd23241b59,
    0x3cb5c672d17d733d,
    0x3cb5e1e37b2f8cd3,
    0x3cb5fd4fc89f5e38,
    0x3cb618b860a31fc3,
    0x3cb6341de8a2b0a2,
    0x3cb64f8104b7260b,
    0x3cb66ae257c99672,
    0x3cb6864283b13137,
    0x3cb6a1a22950b2b1,
    0x3cb6bd01e8b343bb,
    0x3cb6d8626128d352,
    0x3cb6f3c43161f854,
    0x3cb70f27f78b68eb,
    0x3cb72a8e516914c6,
    0x3cb745f7dc70eedc,
    0x3cb7616535e5731f,
    0x3cb77cd6faeff449,
    0x3cb7984dc8babd93,
    0x3cb7b3ca3c8b1409,
    0x3cb7cf4cf3db22fb,
    0x3cb7ead68c73dee7,
    0x3cb80667a486ea1f,
    0x3cb82200dac88676,
    0x3cb83da2ce899f15,
    0x3cb8594e1fd1f5bd,
    0x3cb875036f7a7ec5,
    0x3cb890c35f47f72d,
    0x3cb8ac8e9205c043,
    0x3cb8c865aba10c9c,
    0x3cb8e44951446a27,
    0x3cb9003a2973b58f,
    0x3cb91c38dc288347,
    0x3cb9384612ef0afc,
    0x3cb954627903a28a,
    0x3cb9708ebb70d5ee,
    0x3cb98ccb892e2a31,
    0x3cb9a919933f99bf,
    0x3cb9c5798cd5d92c,
    0x3cb9e1ec2b6f7411,
    0x3cb9fe7226fad24a,
    0x3cba1b0c39f93692,
    0x3cba37bb21a2c85b,
    0x3cba547f9e0bbb88,
    0x3cba715a724aa9a4,
    0x3cba8e4c64a0313d,
    0x3cbaab563e9ff108,
    0x3cbac878cd5af5ce,
    0x3cbae5b4e18bb336,
    0x3cbb030b4fc3a11a,
    0x3cbb207cf09a985b,
    0x3cbb3e0aa0e00c00,
    0x3cbb5bb541ce3d03,
    0x3cbb797db93f8927,
    0x3cbb9764f1e5f73c,
    0x3cbbb56bdb85256e,
    0x3cbbd3936b2ec0a2,
    0x3cbbf1dc9b81ae83,
    0x3cbc10486cec16a0,
    0x3cbc2ed7e5f07a2d,
    0x3cbc4d8c136e0d1c,
    0x3cbc6c6608ec8705,
    0x3cbc8b66e0eba617,
    0x3cbcaa8fbd36a2ab,
    0x3cbcc9e1c73bd690,
    0x3cbce95e3068e037,
    0x3cbd0906328b8f6e,
    0x3cbd28db1037ef20,
    0x3cbd48de1533c647,
    0x3cbd691096e7f123,
    0x3cbd8973f4d7fba5,
    0x3cbdaa0999206e70,
    0x3cbdcad2f8fc490e,
    0x3cbdebd195522e37,
    0x3cbe0d06fb49d21c,
    0x3cbe2e74c4ea46f6,
    0x3cbe501c99c1d188,
    0x3cbe72002f97fe25,
    0x3cbe94214b2abf0a,
    0x3cbeb681c0f76f08,
    0x3cbed9237610a73a,
    0x3cbefc086101eca9,
    0x3cbf1f328ac25321,
    0x3cbf42a40fb74d6d,
    0x3cbf665f20c90168,
    0x3cbf8a6604899782,
    0x3cbfaebb187122bf,
    0x3cbfd360d22fe785,
    0x3cbff859c118f60b,
    0x3cc00ed447d3a075,
    0x3cc021a8028fc947,
    0x3cc034a983a902ab,
    0x3cc047da4e3ef5c7,
    0x3cc05b3bf6adb37e,
    0x3cc06ed023a72668,
    0x3cc082988f632e17,
    0x3cc0969708e8a254,
    0x3cc0aacd7571c0c4,
    0x3cc0bf3dd1eed448,
    0x3cc0d3ea34aa3d30,
    0x3cc0e8d4cf116593,
    0x3cc0fdffefa69fb6,
    0x3cc1136e04207041,
    0x3cc129219bbb5d35,
    0x3cc13f1d69c4096d,
    0x3cc1556448602e3b,
    0x3cc16bf93b9deef3,
    0x3cc182df74d21261,
    0x3cc19a1a564eebac,
    0x3cc1b1ad777f2f8e,
    0x3cc1c99ca971a694,
    0x3cc1e1ebfbe4ae39,
    0x3cc1fa9fc2e2d901,
    0x3cc213bc9d04cc81,
    0x3cc22d477a6fd3ee,
    0x3cc24745a4ac9c24,
    0x3cc261bcc77658e0,
    0x3cc27cb2faa8592e,
    0x3cc2982ecd770e78,
    0x3cc2b437532a0a52,
    0x3cc2d0d43196db97,
    0x3cc2ee0db1a978f5,
    0x3cc30becd256aeee,
    0x3cc32a7b5e68a4a3,
    0x3cc349c405ae12a3,
    0x3cc369d27a33a840,
    0x3cc38ab39256410a,
    0x3cc3ac7570ae88fa,
    0x3cc3cf27b31704a6,
    0x3cc3f2dbaa60f475,
    0x3cc417a49cb9e5da,
    0x3cc43d9815545e94,
    0x3cc464ce44a73a15,
    0x3cc48d62759c43bc,
    0x3cc4b7739d6b5a27,
    0x3cc4e3250dcd8902,
    0x3cc5109f53e9ac41,
    0x3cc54011523a7e42,
    0x3cc571b1a94ae41b,
    0x3cc5a5c08b718dd9,
    0x3cc5dc8a243ad0fe,
    0x3cc61669cf861e4c,
    0x3cc653ce7b006aea,
    0x3cc69540be9fe5c3,
    0x3cc6db6b8d09e232,
    0x3cc72728f05f7a34,
    0x3cc7799556090673,
    0x3cc7d42df4d6ce8c,
    0x3cc839030529f234,
    0x3cc8ab0fbfaa7c14,
    0x3cc92ee0946f4496,
    0x3cc9cbee014057ab,
    0x3cca8fdc7894775a,
    0x3ccb981f3878fdb1,
    0x3ccd3bb48209ad33,
];
const FI_DOUBLE: [u64; 256] = [
    0x3ff0000000000000,
    0x3fef446ac979f087,
    0x3feeb7545b6ca915,
    0x3fee3f11e027f077,
    0x3fedd36fa704de95,
    0x3fed70920657bcf2,
    0x3fed144978a119dc,
    0x3fecbd33a8a72deb,
    0x3fec6a5ecea9787f,
    0x3fec1b1cd9eebaea,
    0x3febceeb4ee1dc82,
    0x3feb85653a8ff552,
    0x3feb3e3a8234dd10,
    0x3feaf92a3f6ce8a2,
    0x3feab5fef17a2504,
    0x3fea748bd550c9e1,
    0x3fea34aafdf5af0f,
    0x3fe9f63bee651fd8,
    0x3fe9b9228d240681,
    0x3fe97d4657617ac1,
    0x3fe94291c21b7a47,
    0x3fe908f1bd31714f,
    0x3fe8d0554fe60aa8,
    0x3fe898ad48badf02,
    0x3fe861ebfc37bcac,
    0x3fe82c050f56cf6e,
    0x3fe7f6ed4b20e2cb,
    0x3fe7c29a779c6858,
    0x3fe78f033ca0b0d5,
    0x3fe75c1f0770d856,
    0x3fe729e5f43f6d12,
    0x3fe6f850baea7aee,
    0x3fe6c7589e635a89,
    0x3fe696f75e513b2a,
    0x3fe667272a92e323,
    0x3fe637e298550c18,
    0x3fe6092498802665,
    0x3fe5dae86f4aff6a,
    0x3fe5ad29acc85c89,
    0x3fe57fe4264c8d8f,
    0x3fe55313f08d9e46,
    0x3fe526b55a656cd5,
    0x3fe4fac4e820b667,
    0x3fe4cf3f4f494ec0,
    0x3fe4a42172dc5278,
    0x3fe479685fdf5012,
    0x3fe44f114a493679,
    0x3fe425198a355fe3,
    0x3fe3fb7e99585b82,
    0x3fe3d23e10af31a3,
    0x3fe3a955a662cd0e,
    0x3fe380c32bda00d5,
    0x3fe358848bf550e9,
    0x3fe33097c9703a35,
    0x3fe308fafd6438ef,
    0x3fe2e1ac55ea3bee,
    0x3fe2baaa14d7954a,
    0x3fe293f28e93cd15,
    0x3fe26d84290504ed,
    0x3fe2475d5a90db84,
    0x3fe2217ca92ff7f2,
    0x3fe1fbe0a9929620,
    0x3fe1d687fe549969,
    0x3fe1b171573fd111,
    0x3fe18c9b709b3c50,
    0x3fe16805128639da,
    0x3fe143ad105ea99c,
    0x3fe11f9248311f38,
    0x3fe0fbb3a2325913,
    0x3fe0d810104142a0,
    0x3fe0b4a68d70d9ae,
    0x3fe091761d995d81,
    0x3fe06e7dccf03c36,
    0x3fe04bbcafa63f2e,
    0x3fe02931e18b822a,
    0x3fe006dc85b8cac4,
    0x3fdfc9778c7bbda1,
    0x3fdf859da7a900ca,
    0x3fdf4229cb2f7af3,
    0x3fdeff1a717e8f95,
    0x3fdebc6e20bd1f54,
    0x3fde7a236a4ec3c5,
    0x3fde3838ea5f9b85,
    0x3fddf6ad47763a09,
    0x3fddb57f320b56b1,
    0x3fdd74ad6426de33,
    0x3fdd3436a1021080,
    0x3fdcf419b4ae5b6d,
    0x3fdcb45573c0a848,
    0x3fdc74e8bb00d7c7,
    0x3fdc35d26f1d2cb8,
    0x3fdbf7117c616a17,
    0x3fdbb8a4d6716d91,
    0x3fdb7a8b7807131b,
    0x3fdb3cc462b331ca,
    0x3fdaff4e9ea18552,
    0x3fdac2293a5f5a9e,
    0x3fda85534aa4d880,
    0x3fda48cbea20c04d,
    0x3fda0c923946843e,
    0x3fd9d0a55e1e93df,
    0x3fd995048418c0c6,
    0x3fd959aedbe09f93,
    0x3fd91ea39b33cb17,
    0x3fd8e3e1fcb9f115,
    0x3fd8a9693fde9188,
    0x3fd86f38a8ac5ab6,
    0x3fd8354f7faa0dd9,
    0x3fd7fbad11b8d911,
    0x3fd7c250aff414b0,
    0x3fd78939af9252eb,
    0x3fd7506769c7b1ed,
    0x3fd717d93ba9614c,
    0x3fd6df8e86124caa,
    0x3fd6a786ad88de21,
    0x3fd66fc11a25cbe2,
    0x3fd6383d377be515,
    0x3fd600fa7480d2c8,
    0x3fd5c9f84376c244,
    0x3fd5933619d6eebe,
    0x3fd55cb3703d0100,
    0x3fd5266fc2533bed,
    0x3fd4f06a8ebf6d92,
    0x3fd4baa357109ca2,
    0x3fd485199fad6ad4,
    0x3fd44fccefc324fe,
    0x3fd41abcd1357a19,
    0x3fd3e5e8d08ed2db,
    0x3fd3b1507cf143ae,
    0x3fd37cf368081379,
    0x3fd348d125f9d19e,
    0x3fd314e94d5af62f,
    0x3fd2e13b77210766,
    0x3fd2adc73e963fdd,
    0x3fd27a8c414db11e,
    0x3fd2478a1f17de89,
    0x3fd214c079f7cc9e,
    0x3fd1e22ef6188116,
    0x3fd1afd539c2f050,
    0x3fd17db2ed5454e8,
    0x3fd14bc7bb34ee67,
    0x3fd11a134fcf2423,
    0x3fd0e895598709c4,
    0x3fd0b74d88b242da,
    0x3fd0863b8f904336,
    0x3fd0555f2242e9d9,
    0x3fd024b7f6c7747e,
    0x3fcfe88b89df93c5,
    0x3fcf88108cb83235,
    0x3fcf27fe6ce998d2,
    0x3fcec854a4c99c44,
    0x3fce6912b2283cdd,
    0x3fce0a3816457184,
    0x3fcdabc455c7900a,
    0x3fcd4db6f8b2514f,
    0x3fccf00f8a5e6fcc,
    0x3fcc92cd9971df53,
    0x3fcc35f0b7d89d47,
    0x3fcbd9787abe18a1,
    0x3fcb7d647a8731aa,
    0x3fcb21b452ccd13a,
    0x3fcac667a2571807,
    0x3fca6b7e0b19267e,
    0x3fca10f7322d7e3d,
    0x3fc9b6d2bfd2fe5a,
    0x3fc95d105f6a7c27,
    0x3fc903afbf74fa69,
    0x3fc8aab09192815b,
    0x3fc852128a819a38,
    0x3fc7f9d5621f7175,
    0x3fc7a1f8d368a323,
    0x3fc74a7c9c7ab5a6,
    0x3fc6f3607e964716,
    0x3fc69ca43e21f25c,
    0x3fc64647a2adf19c,
    0x3fc5f04a76f883f9,
    0x3fc59aac88f31d6c,
    0x3fc5456da9c86835,
    0x3fc4f08dade31fc1,
    0x3fc49c0c6cf5ce2d,
    0x3fc447e9c20375d5,
    0x3fc3f4258b6931ae,
    0x3fc3a0bfaae8d7ee,
    0x3fc34db805b4ab88,
    0x3fc2fb0e847c2a65,
    0x3fc2a8c3137a071a,
    0x3fc256d5a2835eb7,
    0x3fc2054625183c34,
    0x3fc1b41492757d42,
    0x3fc16340e5a82d63,
    0x3fc112cb1da26eb9,
    0x3fc0c2b33d5209ba,
    0x3fc072f94bb8bf85,
    0x3fc0239d54067d2a,
    0x3fbfa93ecb6b222c,
    0x3fbf0bff29520e1c,
    0x3fbe6f7bf29aa54b,
    0x3fbdd3b56176e88f,
    0x3fbd38abb9bd91e5,
    0x3fbc9e5f493b740a,
    0x3fbc04d0680b1015,
    0x3fbb6bff78f2e233,
    0x3fbad3ece9caf633,
    0x3fba3c9933ea6286,
    0x3fb9a604dc9d5b19,
    0x3fb9103075a4a0ab,
    0x3fb87b1c9dbf2852,
    0x3fb7e6ca013eefd6,
    0x3fb753395aaa1176,
    0x3fb6c06b73694a4c,
    0x3fb62e6124854d18,
    0x3fb59d1b577466a4,
    0x3fb50c9b06fa2bae,
    0x3fb47ce1401b2213,
    0x3fb3edef23269a86,
    0x3fb35fc5e4d93e70,
    0x3fb2d266cf9b3111,
    0x3fb245d344dd0d91,
    0x3fb1ba0cbe97897d,
    0x3fb12f14d0f2179d,
    0x3fb0a4ed2c159625,
    0x3fb01b979e30e497,
    0x3faf262c2b6c6e35,
    0x3fae16d547b25181,
    0x3fad092efeadf162,
    0x3fabfd3e0f282a2c,
    0x3faaf30790385f70,
    0x3fa9ea90f9295563,
    0x3fa8e3e02a68b5ab,
    0x3fa7defb77af271e,
    0x3fa6dbe9b398d064,
    0x3fa5dab23cf2add4,
    0x3fa4db5d0e11275d,
    0x3fa3ddf2ce98eecb,
    0x3fa2e27ce83df497,
    0x3fa1e9059f1f6abc,
    0x3fa0f1982e968011,
    0x3f9ff881d718a5c4,
    0x3f9e121adb828c75,
    0x3f9c301983cd091a,
    0x3f9a529f4e22ebf8,
    0x3f9879d1b600c10a,
    0x3f96a5daf40bbf82,
    0x3f94d6eaf2fbb064,
    0x3f930d388dab5e13,
    0x3f91490334603012,
    0x3f8f152a4f72dd49,
    0x3f8ba48d274f8fac,
    0x3f8841040d8da478,
    0x3f84eb96421acfe0,
    0x3f81a59229952f92,
    0x3f7ce160f8ec6837,
    0x3f769ea8d90cb85d,
    0x3f708a1f03b0b1fd,
    0x3f655f9f43c1b067,
    0x3f54a605b6b9f70f,
];
