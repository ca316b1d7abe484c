# !r and !s conversions, alone and with a spec.
import numpy as np

s = "it's"
x = 1.25
a = np.array([1, 2, 3])
m = a.mean()
print(f"{s} {s!r} {s!s} {x!r} {x!s}")
print(f"{m!r} {m!s} {m}")
print(f"{a!r}")
print(f"{a!s}")
print(f"[{s!r:>10}] [{m!r:<22}] [{x!r:^9}]")
t = (1, 2.5)
print(f"{t} {t!r}")
