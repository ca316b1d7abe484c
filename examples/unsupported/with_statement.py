# expect-error: 5:1: unsupported: with statements
import numpy as np

x = np.arange(5)
with open("out.txt", "w") as f:
    f.write(str(x))
