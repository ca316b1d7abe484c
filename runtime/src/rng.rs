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
                                                         // The same two constants written as float literals in NumPy's C (`ziggurat_nor_r_f`, …).
#[allow(clippy::excessive_precision)]
const ZIGGURAT_NOR_R_F: f32 = 3.654_152_885_361_008_796_351_947_251_8;
#[allow(clippy::excessive_precision)]
const ZIGGURAT_NOR_INV_R_F: f32 = 0.273_661_237_329_758_272_033_382_475_96;

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

    /// `rng.random(dtype=np.float32)`: `(next_u32 >> 8) * 2**-24` (NumPy's `next_float`).
    #[inline]
    pub fn random_f32(&mut self) -> f32 {
        (self.next_u32() >> 8) as f32 * (1.0 / 16_777_216.0)
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

    /// `rng.standard_normal(dtype=np.float32)`: NumPy's float32 ziggurat (`random_standard_normal_f`),
    /// 32-bit draws and its own tables; the rejection test compares in double, as NumPy's C does.
    pub fn standard_normal_f32(&mut self) -> f32 {
        loop {
            let r = self.next_u32();
            let idx = (r & 0xff) as usize;
            let sign = (r >> 8) & 1;
            let rabs = (r >> 9) & 0x007f_ffff;
            let mut x = rabs as f32 * f32::from_bits(WI_FLOAT[idx]);
            if sign == 1 {
                x = -x;
            }
            if rabs < KI_FLOAT[idx] {
                return x;
            }
            if idx == 0 {
                loop {
                    let xx = -ZIGGURAT_NOR_INV_R_F * (-self.random_f32()).ln_1p();
                    let yy = -(-self.random_f32()).ln_1p();
                    if yy + yy > xx * xx {
                        return if (rabs >> 8) & 1 == 1 {
                            -(ZIGGURAT_NOR_R_F + xx)
                        } else {
                            ZIGGURAT_NOR_R_F + xx
                        };
                    }
                }
            } else {
                let fi1 = f32::from_bits(FI_FLOAT[idx - 1]);
                let fi = f32::from_bits(FI_FLOAT[idx]);
                let lhs = (fi1 - fi) * self.random_f32() + fi;
                let x = f64::from(x);
                if f64::from(lhs) < (-0.5 * x * x).exp() {
                    return x as f32;
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

// NumPy's float32 ziggurat tables (ki_float, wi_float and fi_float as bit patterns), read from
// the `ki_float`/`wi_float`/`fi_float` symbols of NumPy 2.4.6's `_generator` extension.
const KI_FLOAT: [u32; 256] = [
    0x007799ec, 0x00000000, 0x006045f5, 0x006d1aa8, 0x00728fb4, 0x007592af, 0x00777a5c, 0x0078ca38,
    0x0079bf6b, 0x007a7a35, 0x007b0d2f, 0x007b83d4, 0x007be597, 0x007c3788, 0x007c7d33, 0x007cb926,
    0x007ced48, 0x007d1b08, 0x007d437f, 0x007d678b, 0x007d87db, 0x007da4fc, 0x007dbf61, 0x007dd767,
    0x007ded5d, 0x007e0183, 0x007e1411, 0x007e2534, 0x007e3515, 0x007e43d5, 0x007e5193, 0x007e5e67,
    0x007e6a69, 0x007e75aa, 0x007e803e, 0x007e8a32, 0x007e9395, 0x007e9c72, 0x007ea4d5, 0x007eacc6,
    0x007eb44e, 0x007ebb75, 0x007ec243, 0x007ec8bc, 0x007ecee8, 0x007ed4cc, 0x007eda6b, 0x007edfcb,
    0x007ee4ef, 0x007ee9dc, 0x007eee94, 0x007ef31b, 0x007ef774, 0x007efba0, 0x007effa3, 0x007f037f,
    0x007f0736, 0x007f0aca, 0x007f0e3c, 0x007f118f, 0x007f14c4, 0x007f17dc, 0x007f1ada, 0x007f1dbd,
    0x007f2087, 0x007f233a, 0x007f25d7, 0x007f285d, 0x007f2ad0, 0x007f2d2e, 0x007f2f7a, 0x007f31b3,
    0x007f33dc, 0x007f35f3, 0x007f37fb, 0x007f39f3, 0x007f3bdc, 0x007f3db7, 0x007f3f84, 0x007f4145,
    0x007f42f8, 0x007f449f, 0x007f463a, 0x007f47ca, 0x007f494e, 0x007f4ac8, 0x007f4c38, 0x007f4d9d,
    0x007f4ef9, 0x007f504c, 0x007f5195, 0x007f52d5, 0x007f540d, 0x007f553d, 0x007f5664, 0x007f5784,
    0x007f589c, 0x007f59ac, 0x007f5ab5, 0x007f5bb8, 0x007f5cb3, 0x007f5da8, 0x007f5e96, 0x007f5f7e,
    0x007f605f, 0x007f613b, 0x007f6210, 0x007f62e0, 0x007f63aa, 0x007f646f, 0x007f652e, 0x007f65e8,
    0x007f669c, 0x007f674c, 0x007f67f6, 0x007f689c, 0x007f693c, 0x007f69d9, 0x007f6a70, 0x007f6b03,
    0x007f6b91, 0x007f6c1b, 0x007f6ca0, 0x007f6d21, 0x007f6d9e, 0x007f6e17, 0x007f6e8c, 0x007f6efc,
    0x007f6f68, 0x007f6fd1, 0x007f7035, 0x007f7096, 0x007f70f3, 0x007f714c, 0x007f71a1, 0x007f71f2,
    0x007f723f, 0x007f7289, 0x007f72cf, 0x007f7312, 0x007f7350, 0x007f738b, 0x007f73c3, 0x007f73f6,
    0x007f7427, 0x007f7453, 0x007f747c, 0x007f74a1, 0x007f74c3, 0x007f74e0, 0x007f74fb, 0x007f7511,
    0x007f7524, 0x007f7533, 0x007f753f, 0x007f7546, 0x007f754a, 0x007f754b, 0x007f7547, 0x007f753f,
    0x007f7534, 0x007f7524, 0x007f7511, 0x007f74f9, 0x007f74de, 0x007f74be, 0x007f749a, 0x007f7472,
    0x007f7445, 0x007f7414, 0x007f73df, 0x007f73a5, 0x007f7366, 0x007f7323, 0x007f72da, 0x007f728d,
    0x007f723a, 0x007f71e3, 0x007f7186, 0x007f7123, 0x007f70bb, 0x007f704d, 0x007f6fd9, 0x007f6f5f,
    0x007f6edf, 0x007f6e58, 0x007f6dcb, 0x007f6d37, 0x007f6c9c, 0x007f6bf9, 0x007f6b4f, 0x007f6a9c,
    0x007f69e2, 0x007f691f, 0x007f6854, 0x007f677f, 0x007f66a1, 0x007f65b8, 0x007f64c6, 0x007f63c8,
    0x007f62c0, 0x007f61ab, 0x007f608a, 0x007f5f5d, 0x007f5e21, 0x007f5cd8, 0x007f5b7f, 0x007f5a17,
    0x007f589e, 0x007f5713, 0x007f5575, 0x007f53c4, 0x007f51fe, 0x007f5022, 0x007f4e2f, 0x007f4c22,
    0x007f49fa, 0x007f47b6, 0x007f4553, 0x007f42cf, 0x007f4028, 0x007f3d5a, 0x007f3a64, 0x007f3741,
    0x007f33ed, 0x007f3065, 0x007f2ca4, 0x007f28a4, 0x007f245f, 0x007f1fce, 0x007f1aea, 0x007f15a9,
    0x007f1000, 0x007f09e4, 0x007f0346, 0x007efc16, 0x007ef43e, 0x007eeba8, 0x007ee237, 0x007ed7c8,
    0x007ecc2f, 0x007ebf37, 0x007eb09d, 0x007ea00a, 0x007e8d0d, 0x007e7710, 0x007e5d47, 0x007e3e93,
    0x007e1959, 0x007deb2c, 0x007db036, 0x007d6203, 0x007cf4b9, 0x007c4fd2, 0x007b3630, 0x0078d2d2,
];
const WI_FLOAT: [u32; 256] = [
    0x34fa49dc, 0x32dc685f, 0x3312857a, 0x332be5ca, 0x33400fe7, 0x33511861, 0x33600269, 0x336d617b,
    0x33799241, 0x33826991, 0x3387a82a, 0x338c9535, 0x33913d14, 0x3395a972, 0x3399e1fe, 0x339decf6,
    0x33a1cf7c, 0x33a58dda, 0x33a92bab, 0x33acac05, 0x33b0118e, 0x33b35e93, 0x33b69515, 0x33b9b6d7,
    0x33bcc569, 0x33bfc22d, 0x33c2ae63, 0x33c58b25, 0x33c85975, 0x33cb1a3c, 0x33cdce4c, 0x33d07667,
    0x33d3133b, 0x33d5a56b, 0x33d82d8b, 0x33daac24, 0x33dd21b4, 0x33df8eb1, 0x33e1f388, 0x33e4509d,
    0x33e6a650, 0x33e8f4f8, 0x33eb3ce9, 0x33ed7e70, 0x33efb9d5, 0x33f1ef5e, 0x33f41f4a, 0x33f649d6,
    0x33f86f3c, 0x33fa8fb3, 0x33fcab6d, 0x33fec29c, 0x34006ab7, 0x34017208, 0x34027755, 0x34037ab3,
    0x34047c35, 0x34057bec, 0x340679eb, 0x34077642, 0x34087102, 0x34096a38, 0x340a61f5, 0x340b5846,
    0x340c4d39, 0x340d40db, 0x340e3338, 0x340f245d, 0x34101455, 0x3411032c, 0x3411f0ec, 0x3412dda0,
    0x3413c953, 0x3414b40e, 0x34159ddb, 0x341686c3, 0x34176ecf, 0x34185608, 0x34193c77, 0x341a2224,
    0x341b0716, 0x341beb56, 0x341cceeb, 0x341db1de, 0x341e9435, 0x341f75f7, 0x3420572c, 0x342137d9,
    0x34221807, 0x3422f7bc, 0x3423d6fd, 0x3424b5d2, 0x34259440, 0x3426724d, 0x34275001, 0x34282d5f,
    0x34290a70, 0x3429e737, 0x342ac3ba, 0x342ba000, 0x342c7c0e, 0x342d57e9, 0x342e3397, 0x342f0f1c,
    0x342fea7e, 0x3430c5c3, 0x3431a0ef, 0x34327c08, 0x34335713, 0x34343214, 0x34350d11, 0x3435e80f,
    0x3436c313, 0x34379e22, 0x34387940, 0x34395473, 0x343a2fbf, 0x343b0b2a, 0x343be6b8, 0x343cc26e,
    0x343d9e52, 0x343e7a68, 0x343f56b4, 0x3440333d, 0x34411007, 0x3441ed16, 0x3442ca71, 0x3443a81b,
    0x3444861b, 0x34456475, 0x3446432d, 0x3447224b, 0x344801d1, 0x3448e1c7, 0x3449c231, 0x344aa314,
    0x344b8476, 0x344c665c, 0x344d48cd, 0x344e2bcc, 0x344f0f61, 0x344ff391, 0x3450d862, 0x3451bdd9,
    0x3452a3fd, 0x34538ad4, 0x34547263, 0x34555ab2, 0x345643c6, 0x34572da7, 0x3458185a, 0x345903e8,
    0x3459f055, 0x345addaa, 0x345bcbee, 0x345cbb28, 0x345dab5f, 0x345e9c9b, 0x345f8ee5, 0x34608243,
    0x346176bf, 0x34626c61, 0x34636330, 0x34645b37, 0x3465547e, 0x34664f0e, 0x34674af2, 0x34684832,
    0x346946d9, 0x346a46f1, 0x346b4885, 0x346c4ba0, 0x346d504d, 0x346e5698, 0x346f5e8d, 0x34706838,
    0x347173a6, 0x347280e5, 0x34739001, 0x3474a10a, 0x3475b40e, 0x3476c91c, 0x3477e043, 0x3478f994,
    0x347a1520, 0x347b32f9, 0x347c5330, 0x347d75d9, 0x347e9b07, 0x347fc2ce, 0x348076a2, 0x34810d40,
    0x3481a54c, 0x34823ed2, 0x3482d9e0, 0x34837681, 0x348414c4, 0x3484b4b8, 0x3485566c, 0x3485f9ef,
    0x34869f52, 0x348746a6, 0x3487efff, 0x34889b70, 0x3489490d, 0x3489f8eb, 0x348aab22, 0x348b5fca,
    0x348c16fc, 0x348cd0d3, 0x348d8d6c, 0x348e4ce5, 0x348f0f60, 0x348fd4fe, 0x34909de5, 0x34916a3c,
    0x34923a2d, 0x34930de6, 0x3493e598, 0x3494c176, 0x3495a1bb, 0x349686a2, 0x3497706e, 0x34985f67,
    0x349953db, 0x349a4e20, 0x349b4e94, 0x349c559d, 0x349d63ac, 0x349e793e, 0x349f96dd, 0x34a0bd25,
    0x34a1ecc1, 0x34a32672, 0x34a46b14, 0x34a5bb9d, 0x34a71928, 0x34a884fb, 0x34aa008b, 0x34ab8d8d,
    0x34ad2e04, 0x34aee451, 0x34b0b34e, 0x34b29e74, 0x34b4aa06, 0x34b6db5c, 0x34b93948, 0x34bbccab,
    0x34bea170, 0x34c1c818, 0x34c5587e, 0x34c97705, 0x34ce5f70, 0x34d47ee4, 0x34dcc0fa, 0x34e9dda4,
];
const FI_FLOAT: [u32; 256] = [
    0x3f800000, 0x3f7a2356, 0x3f75baa3, 0x3f71f88f, 0x3f6e9b7d, 0x3f6b8490, 0x3f68a24c, 0x3f65e99d,
    0x3f6352f6, 0x3f60d8e7, 0x3f5e775a, 0x3f5c2b2a, 0x3f59f1d4, 0x3f57c952, 0x3f55aff8, 0x3f53a45f,
    0x3f51a558, 0x3f4fb1df, 0x3f4dc914, 0x3f4bea33, 0x3f4a148e, 0x3f48478e, 0x3f4682aa, 0x3f44c56a,
    0x3f430f60, 0x3f416028, 0x3f3fb76a, 0x3f3e14d4, 0x3f3c781a, 0x3f3ae0f8, 0x3f394f30, 0x3f37c286,
    0x3f363ac5, 0x3f34b7bb, 0x3f333939, 0x3f31bf15, 0x3f304925, 0x3f2ed743, 0x3f2d694d, 0x3f2bff21,
    0x3f2a98a0, 0x3f2935ab, 0x3f27d627, 0x3f2679fa, 0x3f25210c, 0x3f23cb43, 0x3f22788a, 0x3f2128cc,
    0x3f1fdbf5, 0x3f1e91f1, 0x3f1d4aad, 0x3f1c0619, 0x3f1ac424, 0x3f1984be, 0x3f1847d8, 0x3f170d63,
    0x3f15d551, 0x3f149f94, 0x3f136c21, 0x3f123aeb, 0x3f110be5, 0x3f0fdf05, 0x3f0eb440, 0x3f0d8b8b,
    0x3f0c64dc, 0x3f0b4029, 0x3f0a1d69, 0x3f08fc92, 0x3f07dd9d, 0x3f06c081, 0x3f05a534, 0x3f048bb1,
    0x3f0373ee, 0x3f025de5, 0x3f01498f, 0x3f0036e4, 0x3efe4bbc, 0x3efc2ced, 0x3efa114e, 0x3ef7f8d4,
    0x3ef5e371, 0x3ef3d11b, 0x3ef1c1c7, 0x3eefb56a, 0x3eedabfa, 0x3eeba56b, 0x3ee9a1b5, 0x3ee7a0ce,
    0x3ee5a2ac, 0x3ee3a746, 0x3ee1ae93, 0x3edfb88c, 0x3eddc527, 0x3edbd45c, 0x3ed9e623, 0x3ed7fa75,
    0x3ed6114a, 0x3ed42a9a, 0x3ed2465f, 0x3ed06492, 0x3ece852b, 0x3ecca824, 0x3ecacd77, 0x3ec8f51d,
    0x3ec71f10, 0x3ec54b4a, 0x3ec379c5, 0x3ec1aa7c, 0x3ebfdd69, 0x3ebe1285, 0x3ebc49cd, 0x3eba833b,
    0x3eb8beca, 0x3eb6fc74, 0x3eb53c35, 0x3eb37e09, 0x3eb1c1ea, 0x3eb007d4, 0x3eae4fc2, 0x3eac99b1,
    0x3eaae59c, 0x3ea9337e, 0x3ea78354, 0x3ea5d51b, 0x3ea428cd, 0x3ea27e67, 0x3ea0d5e7, 0x3e9f2f47,
    0x3e9d8a84, 0x3e9be79b, 0x3e9a4689, 0x3e98a74a, 0x3e9709dc, 0x3e956e3a, 0x3e93d462, 0x3e923c51,
    0x3e90a604, 0x3e8f1178, 0x3e8d7eaa, 0x3e8bed97, 0x3e8a5e3e, 0x3e88d09a, 0x3e8744ab, 0x3e85ba6c,
    0x3e8431dc, 0x3e82aaf9, 0x3e8125c0, 0x3e7f445c, 0x3e7c4084, 0x3e793ff3, 0x3e7642a5, 0x3e734896,
    0x3e7051c1, 0x3e6d5e23, 0x3e6a6db8, 0x3e67807c, 0x3e64966d, 0x3e61af86, 0x3e5ecbc4, 0x3e5beb24,
    0x3e590da3, 0x3e56333d, 0x3e535bf0, 0x3e5087ba, 0x3e4db696, 0x3e4ae883, 0x3e481d7e, 0x3e455585,
    0x3e429094, 0x3e3fceab, 0x3e3d0fc7, 0x3e3a53e5, 0x3e379b04, 0x3e34e522, 0x3e32323d, 0x3e2f8254,
    0x3e2cd564, 0x3e2a2b6d, 0x3e27846d, 0x3e24e063, 0x3e223f4e, 0x3e1fa12c, 0x3e1d05fd, 0x3e1a6dc0,
    0x3e17d874, 0x3e154619, 0x3e12b6ad, 0x3e102a31, 0x3e0da0a5, 0x3e0b1a07, 0x3e089659, 0x3e06159a,
    0x3e0397ca, 0x3e011ceb, 0x3dfd49f6, 0x3df85ff9, 0x3df37be0, 0x3dee9dab, 0x3de9c55e, 0x3de4f2fa,
    0x3de02683, 0x3ddb5ffc, 0x3dd69f67, 0x3dd1e4ca, 0x3dcd3027, 0x3dc88184, 0x3dc3d8e5, 0x3dbf3650,
    0x3dba99cb, 0x3db6035c, 0x3db17309, 0x3dace8db, 0x3da864d8, 0x3da3e70a, 0x3d9f6f79, 0x3d9afe2f,
    0x3d969336, 0x3d922e9a, 0x3d8dd066, 0x3d8978a7, 0x3d852769, 0x3d80dcbd, 0x3d793161, 0x3d70b6aa,
    0x3d684978, 0x3d5fe9f0, 0x3d57983d, 0x3d4f5488, 0x3d471f01, 0x3d3ef7dc, 0x3d36df4e, 0x3d2ed592,
    0x3d26dae8, 0x3d1eef96, 0x3d1713e7, 0x3d0f482d, 0x3d078cc1, 0x3cffc40f, 0x3cf090d7, 0x3ce180cc,
    0x3cd294fa, 0x3cc3ce8e, 0x3cb52ed8, 0x3ca6b758, 0x3c9869c4, 0x3c8a481a, 0x3c78a952, 0x3c5d2469,
    0x3c420820, 0x3c275cb2, 0x3c0d2c91, 0x3be70b08, 0x3bb4f547, 0x3b8450f8, 0x3b2afcfa, 0x3aa5302e,
];
