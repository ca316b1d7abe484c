# expect-error: 4:9: unsupported: lists outside np.array(...)
import numpy as np

sizes = [3, 4]
x = np.zeros(sizes[0])
print(x)
