# str() and repr() of Python values and arrays, concatenated with +.
import numpy as np

x = np.array([1.5, 2.0])
n = 3
print("n = " + str(n))
print("x = " + str(x))
print("repr: " + repr(x))
print("mean " + str(x.mean()) + " / " + repr(x.mean()))
print(str(2.5) + str(True) + str(-7))
print(repr(1.0), repr(10), repr(False), repr(-0.5))
print(str(x.shape) + " " + str(x.dtype) + " " + str(x.size))
s = "a" + "b"
s = s + str(n * 2)
print(s)
print(str(np.arange(3) > 1))
print(str(x[0]) + "0", repr(x[1]) + "0")
print("m" + str(np.arange(6).reshape(2, 3)) + "m")
print(repr(x.shape) + repr(x.ndim))
