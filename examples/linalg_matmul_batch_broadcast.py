# Batch axes broadcast like elementwise operands: a 2-D matrix applies to each batch, and
# length-1 batch axes stretch.
import numpy as np

stack = np.arange(12).reshape(2, 2, 3)
m = np.array([[1, 0], [0, 1], [2, -1]])
print(stack @ m)
left = np.array([[2, 0], [1, 1]])
print(left @ stack)
a = np.arange(6).reshape(1, 2, 3)
b = np.arange(18).reshape(3, 3, 2)
r = a @ b
print(r.shape)
print(r)
x = np.ones((2, 1, 2, 2))
y = np.arange(12.0).reshape(3, 2, 2)
print((x @ y).shape)
print((x @ y)[1, 2])
