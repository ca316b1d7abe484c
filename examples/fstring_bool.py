# Python and NumPy bools: str without a spec, an int with one.
import numpy as np

t = True
f = False
a = np.array([1, 5, 3])
nb = a.max() > 4
print(f"{t} {f} {t:d} {f:>3} {t:+} {t:.2f} {t:x} {t:5} {t!r}")
print(f"{nb} {nb:d} {nb:>6} {nb!r} {nb!s} {not nb}")
print(f"{a > 2}")
