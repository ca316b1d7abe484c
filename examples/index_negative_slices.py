# Negative slice bounds and negative steps, and bounds past the end.
import numpy as np

v = np.arange(8)
print(v[::-1])
print(v[-3:])
print(v[:-2])
print(v[-5:-1])
print(v[::-2])
print(v[6:1:-2])
print(v[-1:-4:-1])
print(v[3:100])
print(v[100:])
print(repr(v[5:2]))

x = np.arange(12).reshape(3, 4)
print(x[::-1])
print(x[::-1, ::-1])
print(x[-2:, :-1])
