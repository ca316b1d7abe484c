# Centre and scale the columns of a data matrix: per-column statistics in a loop, then
# broadcast back as a row with [None, :] / [np.newaxis, :].
import numpy as np

X = np.array([[1.0, 200.0, 3.0],
              [2.0, 220.0, 1.0],
              [3.0, 180.0, 2.0],
              [6.0, 200.0, 2.0]])
rows, cols = X.shape
means = np.zeros(cols)
stds = np.ones(cols)
for j in range(cols):
    col = X[:, j]
    means[j] = col.mean()
    stds[j] = ((col - col.mean()) ** 2).mean() ** 0.5
print("rows", rows, "cols", cols)
print(means)
print(stds)
Z = (X - means[None, :]) / stds[np.newaxis, :]
print(Z)
print(abs(Z).max(), Z[:, 1])
centred = X - means
print(centred[0], centred.sum())
