# Fields with calls, conditional expressions and nested f-strings.
import numpy as np
import math

a = np.array([2.0, 8.0, 18.0])
print(f"{math.sqrt(a.sum()):.4f} {str(a.max())} {len(a)} {round(a.mean(), 2)}")
print(f"{f'{a[0]:.1f}':>8}|{'big' if a.max() > 10 else 'small'}")
print(f"{int(a.mean()):03d} {float(len(a)):.1f} {abs(-a[1]):g}")
