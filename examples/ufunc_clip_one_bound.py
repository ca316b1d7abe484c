# np.clip with a None bound is np.minimum / np.maximum (NumPy's _clip), with min=/max= keywords
# too; with no bounds it is a copy.
import numpy as np

x = np.array([1.0, -0.0, np.nan, 5.0, -3.0])
print(np.clip(x, None, 2))
print(np.clip(x, 0.0, None))
print(np.clip(x, min=0, max=2))
print(np.clip(x, a_min=-1, a_max=1))
print(np.clip(x, max=2))
print(x.clip(0.5))
print(x.clip(max=2))
print(x.clip(None, 4))
print(np.clip(x, None, None))
n = np.array([1, 5, 9])
print(np.clip(n, None, 2.5))
print(n.clip(min=4))
c = n.clip()
c[0] = 7
print(n, c)
print(repr(np.clip(3, None, 2)))
