# np.einsum's common forms on integer arrays: row-wise dot, matrix product, diagonal, trace,
# transpose, inner and outer products, a batched contraction, implicit output.
import numpy as np

a = np.arange(12).reshape(3, 4)
b = np.arange(12, 24).reshape(3, 4)
c = np.arange(8).reshape(4, 2)
s = np.arange(9).reshape(3, 3)
u = np.array([1, -2, 3])
w = np.array([4, 5])
print(np.einsum('ij,ij->i', a, b))
print(np.einsum('ij,jk->ik', a, c))
print(np.einsum('ij,jk', a, c))
print(np.einsum('ii->i', s))
print(repr(np.einsum('ii', s)))
print(np.einsum('ij->ji', a))
print(repr(np.einsum('i,i', u, u)))
print(np.einsum('i,j->ij', u, w))
T = np.arange(24).reshape(2, 3, 4)
print(np.einsum('ijk,ik->ij', T, np.arange(8).reshape(2, 4)))
print(np.einsum('ij->', a), np.einsum('ij->j', a), np.einsum('ij', a).shape)
print(np.einsum('ji', a).shape, np.einsum('ba', a)[0])
print(np.einsum('ij,jk,kl->il', a, c, np.array([[1, 0], [0, 1]])))
print(np.einsum('bij,bjk->bik', T, np.ones((2, 4, 2), dtype=np.int64)))
t = np.einsum('ij->ji', a)      # a view, as in NumPy
a[0, 0] = 99
print(t[0])
print(np.einsum('i,i->i', u, u), np.einsum('ij,j->i', a, np.array([1, 0, 0, 1])))
