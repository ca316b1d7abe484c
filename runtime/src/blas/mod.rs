//! Level-1 and level-2 BLAS kernels whose results match NumPy's bundled OpenBLAS bit for bit.
//!
//! NumPy hands `np.dot` of vectors to `cblas_ddot`/`cblas_sdot` and matrix-vector products to
//! `cblas_dgemv`/`cblas_sgemv`. OpenBLAS picks a kernel per CPU at load time (its
//! `DYNAMIC_ARCH` build), and each kernel sums in its own order: FMA accumulators of a fixed
//! width over a prefix of the vector, a plain tail, and a split across threads for long
//! vectors. A different order changes the last bits of the result, which NumPy's `repr`
//! shows. So arrc chooses the kernel family the same way (`Core`), runs the same order in
//! its own code (written from OpenBLAS's `kernel/x86_64` sources, not copied), and splits
//! long vectors where OpenBLAS's threads would (`openblas_threads`).

pub mod dot;
pub mod gemv;

use std::sync::OnceLock;

/// The OpenBLAS kernel family NumPy's OpenBLAS runs on this CPU (`driver/others/dynamic.c`).
/// "Generic" also stands for the older x86 families (Sandy Bridge, Bulldozer, ...), whose
/// kernels arrc has no order for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Core {
    /// Intel with AVX-512 (SKYLAKEX, COOPERLAKE, SAPPHIRERAPIDS) and AMD Zen 5: 512-bit
    /// accumulators.
    SkylakeX,
    /// AVX2 with FMA (HASWELL and ZEN, which share the Haswell micro-kernels).
    Haswell,
    /// Anything older: OpenBLAS's generic C kernels.
    Generic,
}

/// The kernel family, detected once.
pub fn core() -> Core {
    static CORE: OnceLock<Core> = OnceLock::new();
    *CORE.get_or_init(detect_core)
}

/// OpenBLAS's `OPENBLAS_CORETYPE` (`driver/others/dynamic.c`, `force_coretype`): a kernel
/// family named by the environment replaces the detected one; a name OpenBLAS does not know
/// is ignored.
#[cfg(target_arch = "x86_64")]
fn forced_core() -> Option<Core> {
    let name = std::env::var("OPENBLAS_CORETYPE")
        .ok()?
        .trim()
        .to_ascii_lowercase();
    match name.as_str() {
        "haswell" | "zen" => Some(Core::Haswell),
        "skylakex" | "cooperlake" | "sapphirerapids" => Some(Core::SkylakeX),
        "katmai" | "coppermine" | "northwood" | "prescott" | "banias" | "atom" | "core2"
        | "penryn" | "dunnington" | "nehalem" | "athlon" | "opteron" | "opteron_sse3"
        | "barcelona" | "nano" | "sandybridge" | "bobcat" | "bulldozer" | "piledriver"
        | "steamroller" | "excavator" => Some(Core::Generic),
        _ => None,
    }
}

#[cfg(target_arch = "x86_64")]
fn detect_core() -> Core {
    use std::arch::x86_64::__cpuid;
    if let Some(forced) = forced_core() {
        // OpenBLAS falls back to older kernels where the CPU lacks the forced one's ISA.
        let avx2 = is_x86_feature_detected!("avx2") && is_x86_feature_detected!("fma");
        let avx512 = avx2 && is_x86_feature_detected!("avx512vl");
        return match forced {
            Core::SkylakeX if !avx512 => Core::Generic,
            Core::Haswell if !avx2 => Core::Generic,
            c => c,
        };
    }
    let avx2 = is_x86_feature_detected!("avx2") && is_x86_feature_detected!("fma");
    // OpenBLAS's `support_avx512`: AVX2, AVX512VL and the OS saving zmm state (which
    // `is_x86_feature_detected` checks through xgetbv).
    let avx512 = avx2 && is_x86_feature_detected!("avx512vl");
    let (vendor, family) = {
        let v = __cpuid(0);
        let f = __cpuid(1);
        let base = (f.eax >> 8) & 0xf;
        let ext = (f.eax >> 20) & 0xff;
        (
            (v.ebx, v.edx, v.ecx),
            base + if base == 0xf { ext } else { 0 },
        )
    };
    // "AuthenticAMD" / "HygonGenuine": Zen 1-4 (families 0x17, 0x19) take the ZEN kernels
    // whatever their vector width; Zen 5 (0x1a) takes SKYLAKEX when it has AVX-512.
    let amd = vendor == (0x6874_7541, 0x6974_6e65, 0x444d_4163)
        || vendor == (0x6f67_7948, 0x6e65_476e, 0x656e_6975);
    if amd && (family == 0x17 || family == 0x18 || family == 0x19) {
        return if avx2 { Core::Haswell } else { Core::Generic };
    }
    if avx512 {
        Core::SkylakeX
    } else if avx2 {
        Core::Haswell
    } else {
        Core::Generic
    }
}

#[cfg(not(target_arch = "x86_64"))]
fn detect_core() -> Core {
    Core::Generic
}

/// How many threads NumPy's OpenBLAS uses (`blas_get_cpu_number`): `OPENBLAS_NUM_THREADS`,
/// else `GOTO_NUM_THREADS`, else `OMP_NUM_THREADS`, capped by the CPUs this process may run
/// on and by the build's 64.
pub fn openblas_threads() -> usize {
    static N: OnceLock<usize> = OnceLock::new();
    *N.get_or_init(|| {
        let env = |name: &str| {
            std::env::var(name)
                .ok()
                .and_then(|v| v.trim().parse::<i64>().ok())
                .filter(|&n| n > 0)
        };
        let asked = env("OPENBLAS_NUM_THREADS")
            .or_else(|| env("GOTO_NUM_THREADS"))
            .or_else(|| env("OMP_NUM_THREADS"))
            .unwrap_or(64) as usize;
        asked.min(cpus_available()).clamp(1, 64)
    })
}

/// OpenBLAS's `get_num_procs` on Linux: configured CPUs, lowered to the affinity mask's count.
#[cfg(target_os = "linux")]
fn cpus_available() -> usize {
    extern "C" {
        fn sysconf(name: i32) -> i64;
        fn sched_getaffinity(pid: i32, size: usize, mask: *mut u8) -> i32;
    }
    const SC_NPROCESSORS_CONF: i32 = 83;
    // SAFETY: plain libc queries into a buffer of the size passed.
    unsafe {
        let conf = sysconf(SC_NPROCESSORS_CONF).max(0) as usize;
        let mut mask = [0u8; 1024];
        let mut n = conf;
        if sched_getaffinity(0, mask.len(), mask.as_mut_ptr()) == 0 {
            let set: usize = mask.iter().map(|b| b.count_ones() as usize).sum();
            if set > 0 && set < n {
                n = set;
            }
        }
        if n > 0 {
            n
        } else {
            2
        }
    }
}

#[cfg(not(target_os = "linux"))]
fn cpus_available() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get())
}
