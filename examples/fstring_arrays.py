# {arr} is str(arr): the same printing as print(arr).
import numpy as np

a = np.arange(6).reshape(2, 3)
b = np.array([0.5, 1.25, -3.0])
print(f"a =\n{a}")
print(f"b = {b}, b * 2 = {b * 2}")
print(f"mask: {b > 0} sum: {b.sum()}")
print(f"{a.T!r}")
c = np.zeros((2, 2), dtype=np.float32)
print(f"c: {c} shape {c.shape} dtype {c.dtype}")
