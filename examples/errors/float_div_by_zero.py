# Python float / 0 raises (NumPy float arrays would give inf instead).
import numpy as np

x = np.array([1.0, 2.0])
scale = float(x.sum()) - 3.0
print(scale)
y = 1.0 / scale
print(y)
