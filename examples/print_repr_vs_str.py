# str (print) and repr of arrays of each dtype and rank.
import numpy as np

i = np.arange(6).reshape(2, 3)
f = np.arange(6).reshape(2, 3) * 1.5
print(i)
print(repr(i))
print(str(i))
print(f)
print(repr(f))
v = np.array([-1, 10, 100])
print(v)
print(repr(v))
print(str(v) + "!")
print("x = " + repr(v))
t = np.arange(8).reshape(2, 2, 2)
print(t)
print(repr(t))
