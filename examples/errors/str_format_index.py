# str.format with more fields than arguments.
import numpy as np

m = np.mean([1.0, 2.0])
print('{} and {}'.format(m))
