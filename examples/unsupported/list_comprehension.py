# expect-error: 4:15: unsupported: list comprehensions
import numpy as np

sq = np.array([i * i for i in range(5)])
print(sq)
