import numpy as np

# Arithmetic between 0-d arrays returns NumPy scalars, but warns with the array
# operation's words (not "scalar divide").
print(np.array(0) / np.array(0))
print(np.array(0) // np.array(0))
print(np.array(1.0) / np.array(0.0))
print(np.array([np.nan]).astype(int).astype(float))
x = np.array(3.0)
y = x - x
print(x / y, repr(y))
