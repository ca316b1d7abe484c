import numpy as np

x = np.arange(20.0).reshape(4, 5)
for k in range(3):
    col = x.sum(axis=0)
    row = x.mean(axis=1, keepdims=True)
    x = x - row + col.max() / 100.0
    print(k, col[:3], row[0])
best = x[0].max()
for i in range(4):
    m = x[i].max()
    if m > best:
        best = m
print(best, x.argmax(axis=1))
