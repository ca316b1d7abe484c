# Float format specs: fixed, exponent, general, widths and signs.
import numpy as np

vals = np.array([3.14159265, -0.001234, 123456.789, 2.0, 1e-7])
for i in range(5):
    v = float(vals[i])
    print(f"[{v:.3f}] [{v:8.2e}] [{v:g}] [{v:+.2f}] [{v:10.4g}] [{v:.0f}] [{v:E}] [{v:.2G}]")
print(f"{1/3:.10f} {2/3:.15g} {1e22:f} {1e-5:.3e} {12345.6789:.1e}")
print(f"{0.1:.20f} {0.1:.17g} {1.0:.0e} {100.0:g} {1e6:g} {1e-4:g} {1e-5:g}")
print(f"{3.0:} {3.0:.1} {123.456:.2} {1e16:.3} {0.5:#.0f} {2.0:#g}")
