# x ** 0.5 on float arrays is sqrt in NumPy: (-0.0) ** 0.5 is -0.0.
import numpy as np
x = -np.zeros(3)
print(x ** 0.5)
