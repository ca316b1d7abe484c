# math.pi, math.e, math.tau, math.inf, math.nan.
import numpy as np
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(repr(math.pi), math.pi * 2 == math.tau, math.inf > 1e308, math.nan == math.nan)
x = np.arange(4) * math.pi
print(x)
print(np.exp(np.array([1.0])) - math.e, math.pi / 4)
print(f"{math.pi:.10f} {math.e:.3e} {math.inf:>8} {math.nan:<5}|")
