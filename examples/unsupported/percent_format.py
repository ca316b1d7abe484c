# expect-error: 5:7: unsupported: %-formatting of strings
import numpy as np

x = np.arange(4) * 0.5
print("mean = %.3f" % x.mean())
