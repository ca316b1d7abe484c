# threshold, edgeitems and linewidth, given by keyword or position.
import numpy as np

x = np.arange(20)
np.set_printoptions(threshold=10)
print(x)
np.set_printoptions(edgeitems=2)
print(x)
np.set_printoptions(threshold=1000, linewidth=30)
print(x)
np.set_printoptions(4, 1000, 3, 75)
print(x * 0.1)
np.set_printoptions(precision=None)
print(np.array([1 / 7]))
np.set_printoptions(threshold=np.inf, linewidth=75)
print(np.arange(1200).reshape(40, 30)[0:2])
big = np.arange(1001) % 7
print(big)
