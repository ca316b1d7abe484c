# choice(0) has nothing to choose from (size=0 is fine). Known at compile time: nothing runs.
import numpy as np

np.random.seed(0)
x = np.random.choice(0, size=0)
print(np.random.choice(0))
