# expect-error: 6:7: unsupported: %-formatting of a string not known at compile time
import numpy as np

x = np.arange(4) * 0.5
fmt = "mean = %.3f"
print(fmt % x.mean())
