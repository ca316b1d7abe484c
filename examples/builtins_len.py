# len() of arrays (first axis), tuples and strings.
import numpy as np

a = np.zeros((4, 3))
print(len(a), len(a[0]), len(a.T), len(a.shape), len((1, 2, 3)))
s = "hello"
print(len(s), len(""), len(s + " world"), len("héllo"), len(f"{a.sum():.3f}"))
t = str(np.arange(10))
print(t, len(t), len(repr(2.5)))
