# The arrays to stack or concatenate may be held in a tuple variable.
import numpy as np

x = np.arange(6.0).reshape(2, 3)
t = (x, x + 1)
print(np.stack(t, axis=1))
print(np.vstack(t).shape, np.hstack(t).shape)
print(np.concatenate(t, axis=None))
print(np.concatenate(t, axis=-1))
pair = (np.arange(3), np.arange(3, 6))
print(np.stack(pair), np.hstack(pair))
