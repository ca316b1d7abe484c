# Batched products of views: transposed stacks, slices, steps and reversed axes.
import numpy as np

a = np.arange(24).reshape(2, 3, 4)
print(a @ a.transpose(0, 2, 1))
print(a[:, :2, ::2] @ a[::-1, :, 1:3].transpose(0, 2, 1)[:, :2, :])
print(a[1, ::-1] @ a[0].T)
t = np.swapaxes(a, 1, 2) @ a
print(t.shape)
print(t[0])
