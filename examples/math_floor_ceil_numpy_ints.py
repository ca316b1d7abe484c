# math.floor/math.ceil of NumPy integer scalars go through their float value (NumPy ints have no
# __floor__/__ceil__), of Python ints and bools through the int itself.
import numpy as np, math
print(math.ceil(np.int64(2**62+1)), math.floor(np.int32(7)), math.ceil(np.bool_(True)), math.floor(True), math.ceil(3))
x = np.arange(3)
print(math.floor(x[2]), math.ceil(x.sum()))
