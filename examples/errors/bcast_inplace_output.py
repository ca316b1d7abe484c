# x += y where x + y would be bigger than x: the output cannot hold the result.
import numpy as np

x = np.zeros(4)
y = np.ones((3, 4))
x += y
print(x)
