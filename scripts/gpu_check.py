#!/usr/bin/env python3
"""The GPU check (run by scripts/gpu-check.sh on a machine with an NVIDIA GPU, torch and the CUDA
13 libraries; no Rust needed: the arrc binary is built elsewhere and carried over).

1. (last) Every runnable example under `--device auto` and `--device cuda`: NumPy examples must print
   their `.out` (offloaded kernels are bit-exact), torch examples their `.cuda.out`.
2. The whole seed notebook (scripts/gpu/seed.ipynb) against the output real torch + NumPy
   printed for it (seed.expected.out), with its masks.
3. One table: sgemm 10000x10000 (arrc vs torch, same run), the fused chain
   `exp(-x*x/2)*0.3989 + x**2 - 1` over 2^28 float32 (arrc vs torch eager vs a device-to-device
   copy), and the seed's first %time'd matmul (arrc vs torch's recorded 154 ms on an H200).

Exit status 1 when an output differs. Timings are reported, never asserted.
"""
import argparse
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tools"))
from oracle import mask_output  # noqa: E402  (the masks the golden tests use)

GPU = REPO / "scripts" / "gpu"
TIME_RE = re.compile(r"^Wall time: ([0-9.]+) (ns|µs|ms|s)$", re.M)
UNIT = {"ns": 1e-9, "µs": 1e-6, "ms": 1e-3, "s": 1.0}


def rules_for(path):
    mask = path.with_suffix(".mask")
    return mask.read_text().splitlines() if mask.exists() else []


def run(arrc, args, timeout=300):
    t0 = time.perf_counter()
    p = subprocess.run([arrc, "run", *args], capture_output=True, timeout=timeout)
    return p.returncode, p.stdout.decode(errors="replace"), p.stderr.decode(errors="replace"), \
        time.perf_counter() - t0


def compare(name, expected, actual, rules):
    e, a = mask_output(expected, rules), mask_output(actual, rules)
    if e == a:
        return True
    import difflib
    diff = "".join(list(difflib.unified_diff(e.splitlines(True), a.splitlines(True),
                                             "expected", "arrc"))[:40])
    print(f"FAIL {name}\n{diff}")
    return False


def check_examples(arrc, devices, jobs):
    """Every example under each device, `jobs` at a time; the failures printed, then a count."""
    from concurrent.futures import ThreadPoolExecutor
    cases = []
    for src in sorted((REPO / "examples").glob("*")):
        if src.suffix in (".py", ".ipynb") and src.with_suffix(".out").exists():
            cases.append((src, src.with_suffix(".out")))
    for src in sorted((REPO / "examples" / "torch").glob("*.py")):
        cuda_out = src.with_name(src.stem + ".cuda.out")
        if cuda_out.exists():
            cases.append((src, cuda_out))

    def one(case):
        (src, out), device = case
        name = f"{src.relative_to(REPO)} --device {device}"
        try:
            rc, stdout, stderr, _ = run(arrc, ["--device", device, str(src)], timeout=120)
        except subprocess.TimeoutExpired:
            print(f"FAIL {name}: timed out", flush=True)
            return False
        if rc != 0:
            print(f"FAIL {name}: exit {rc}\n{stderr[-1500:]}", flush=True)
            return False
        return compare(name, out.read_text(), stdout, rules_for(src))

    work = [(c, d) for c in cases for d in devices]
    with ThreadPoolExecutor(jobs) as pool:
        results = list(pool.map(one, work))
    ok = sum(results)
    summary = (f"examples: {ok} passed, {len(results) - ok} failed "
               f"({len(cases)} examples x {len(devices)} devices)")
    print(summary, flush=True)
    return ok == len(results), summary


def wall_times(text):
    return [float(v) * UNIT[u] for v, u in TIME_RE.findall(text)]


def torch_bench():
    """sgemm and the chain in torch eager, and a device-to-device copy: min seconds of 5."""
    import torch
    torch.backends.cuda.matmul.allow_tf32 = False

    def timed(f, reps=5):
        times = []
        for _ in range(reps):
            torch.cuda.synchronize()
            a, b = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
            a.record()
            f()
            b.record()
            torch.cuda.synchronize()
            times.append(a.elapsed_time(b) / 1e3)
        return min(times)

    x = torch.randn(10000, 10000, device="cuda")
    w = torch.randn(10000, 10000, device="cuda")
    x.mm(w.t())
    sgemm = timed(lambda: x.mm(w.t()))
    del x, w
    v = torch.rand(2 ** 28, device="cuda")
    chain = timed(lambda: torch.exp(-v * v / 2) * 0.3989 + v ** 2 - 1)
    dst = torch.empty_like(v)
    copy = timed(lambda: dst.copy_(v))
    return sgemm, chain, copy, torch.cuda.get_device_name()


TORCH_FIRST_MATMUL = """
import time, torch
x = torch.randn(10000, 10000).to("cuda")
w = torch.randn(10000, 10000).to("cuda")
torch.cuda.synchronize()
t0 = time.perf_counter()
y = x.mm(w.t()); torch.cuda.synchronize()
print(time.perf_counter() - t0)
"""


def torch_first_matmul():
    """The seed's first %time'd matmul in a fresh torch process (cuBLAS set-up included)."""
    p = subprocess.run([sys.executable, "-c", TORCH_FIRST_MATMUL], capture_output=True, text=True,
                       timeout=120)
    return float(p.stdout.strip()) if p.returncode == 0 else float("nan")


TORCH_TRANSFER = """
import time, torch
up, down = [], []
for _ in range(3):
    x = torch.randn(10000, 10000)
    torch.cuda.synchronize()
    t0 = time.perf_counter(); y = x.to("cuda"); torch.cuda.synchronize(); up.append(time.perf_counter() - t0)
    z = y * 2.0; torch.cuda.synchronize()
    t0 = time.perf_counter(); w = z.to("cpu"); down.append(time.perf_counter() - t0)
print(min(up), min(down))
"""


def transfers(arrc):
    """400 MB up and down: arrc with pinned staging, arrc without, torch (min of 3 each)."""
    import os
    res = {}
    for name, env in (("pinned", {}), ("pageable", {"ARRC_GPU_PINNED": "0"})):
        p = subprocess.run([arrc, "run", str(GPU / "transfer.ipynb")], capture_output=True,
                           text=True, timeout=120, env={**os.environ, **env})
        t = wall_times(p.stdout)
        res[name] = (min(t[0::2]), min(t[1::2])) if len(t) == 6 else (float("nan"),) * 2
        print(f"transfer.ipynb ({name}): {p.stdout.splitlines()[-1:]}")  # torch.equal checks
        if p.returncode:
            print(p.stderr[-1000:])
    p = subprocess.run([sys.executable, "-c", TORCH_TRANSFER], capture_output=True, text=True,
                       timeout=120)
    res["torch"] = tuple(map(float, p.stdout.split())) if p.returncode == 0 else (float("nan"),) * 2
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--arrc", default=str(REPO / "target" / "release" / "arrc"))
    ap.add_argument("--skip-examples", action="store_true")
    ap.add_argument("--devices", default="auto,cuda", help="comma-separated --device values")
    ap.add_argument("--jobs", type=int, default=8, help="examples run at a time")
    args = ap.parse_args()
    arrc = str(Path(args.arrc).resolve())
    good = True
    t_start = time.perf_counter()

    print("== the seed notebook ==", flush=True)
    seed = GPU / "seed.ipynb"
    rc, out, err, secs = run(arrc, [str(seed)])
    if rc != 0:
        print(f"FAIL seed.ipynb: exit {rc}\n{err[-2000:]}")
        good = False
        seed_line = f"seed notebook: FAILED (exit {rc})"
    else:
        same = compare("seed.ipynb", (GPU / "seed.expected.out").read_text(), out, rules_for(seed))
        good &= same
        seed_line = f"seed notebook: {'same output as torch + NumPy' if same else 'OUTPUT DIFFERS'}" \
            f" ({secs:.1f} s)"
    print(seed_line, flush=True)
    seed_times = wall_times(out)

    print("== benchmarks ==", flush=True)
    _, sg_out, sg_err, _ = run(arrc, [str(GPU / "sgemm.ipynb")])
    _, ch_out, ch_err, _ = run(arrc, [str(GPU / "chain.ipynb")])
    print(sg_out[-600:], ch_out[-600:])
    arrc_sgemm = min(wall_times(sg_out) or [float("nan")])
    arrc_chain = min(wall_times(ch_out) or [float("nan")])
    if sg_err or ch_err:
        print(sg_err[-1000:], ch_err[-1000:])
    try:
        t_sgemm, t_chain, t_copy, device = torch_bench()
    except Exception as e:  # torch missing or failing: report arrc's side alone
        print(f"torch benchmark failed: {e}")
        t_sgemm = t_chain = t_copy = float("nan")
        device = "?"
    flops = 2 * 10000 ** 3
    gib = 2 * 4 * 2 ** 28  # bytes read + written by the chain and by the copy
    # The first %time'd matmul, in fresh processes taking turns (GPU clocks ramp up after idle,
    # so a lone cold run says little): the seed's first cell (= sgemm.ipynb's first) and torch.
    firsts, torch_firsts = [], []
    for _ in range(3):
        _, out1, _, _ = run(arrc, [str(GPU / "sgemm.ipynb")])
        firsts += wall_times(out1)[:1]
        try:
            torch_firsts.append(torch_first_matmul())
        except Exception as e:
            print(f"torch first matmul failed: {e}")
    print(f"first matmul, arrc: {firsts}; torch: {torch_firsts}; in the seed run: {seed_times[:1]}")
    first = statistics.median(firsts) if firsts else float("nan")
    torch_first = statistics.median(torch_firsts) if torch_firsts else float("nan")
    tr = transfers(arrc)
    mb = 4e8 / 1e9  # GB moved
    tr_rows = [
        f"| {what} 10000x10000 fp32 (400 MB) | {tr['pinned'][i]*1e3:.0f} ms "
        f"({mb/tr['pinned'][i]:.1f} GB/s); pageable {tr['pageable'][i]*1e3:.0f} ms "
        f"| {tr['torch'][i]*1e3:.0f} ms ({mb/tr['torch'][i]:.1f} GB/s) "
        f"| arrc/torch time {tr['pinned'][i]/tr['torch'][i]:.2f} |"
        for i, what in enumerate(["upload .to('cuda')", "download .to('cpu')"])]
    table = "\n".join([
        f"device: {device}",
        "| benchmark | arrc | torch | ratio |",
        "|---|---|---|---|",
        f"| sgemm 10000x10000 fp32 | {arrc_sgemm*1e3:.1f} ms ({flops/arrc_sgemm/1e12:.1f} TFLOP/s) "
        f"| {t_sgemm*1e3:.1f} ms ({flops/t_sgemm/1e12:.1f} TFLOP/s) "
        f"| arrc/torch time {arrc_sgemm/t_sgemm:.3f} |",
        f"| fused chain 2^28 fp32 | {arrc_chain*1e3:.2f} ms ({gib/arrc_chain/1e12:.2f} TB/s) "
        f"| eager {t_chain*1e3:.2f} ms | torch/arrc {t_chain/arrc_chain:.1f}x |",
        f"| device copy 2^28 fp32 | | {t_copy*1e3:.2f} ms ({gib/t_copy/1e12:.2f} TB/s) "
        f"| arrc at {t_copy/arrc_chain*100:.0f}% of copy bandwidth |",
        f"| seed's first %time'd matmul (median of 3 fresh processes each) | {first*1e3:.0f} ms "
        f"| {torch_first*1e3:.0f} ms (154 ms recorded on an H200) "
        f"| arrc/torch time {first/torch_first:.2f} |",
        *tr_rows,
        "(arrc times are %time wall times, min of 5 incl. launch and synchronize; torch times "
        "are CUDA events, min of 5)",
    ])
    print(table, flush=True)

    summary = "examples: skipped"
    if not args.skip_examples:
        print("== examples ==", flush=True)
        ok, summary = check_examples(arrc, args.devices.split(","), args.jobs)
        good &= ok

    print(f"\n== summary ({time.perf_counter() - t_start:.0f} s) ==\n{seed_line}\n{summary}\n{table}")
    return 0 if good else 1


if __name__ == "__main__":
    sys.exit(main())
