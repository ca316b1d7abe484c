# expect-error: 6:10: unsupported: replacement fields nested in a format spec
# A width taken from a variable: the spec is no longer a constant.
import numpy as np

w = 8
print(f"{np.pi:>{w}.3f}")
