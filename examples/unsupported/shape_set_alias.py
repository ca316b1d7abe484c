# expect-error: 7:1: unsupported: setting the shape of an array that another name or a view also refers to
# Another name holds the array whose shape is set: arrc rebinds the name, so it refuses.
import numpy as np

a = np.arange(6)
b = a
a.shape = (3, 2)
print(b.shape)
