import numpy as np

xp = np.array([0.0, 1.0, 2.0])
fp = np.array([1.0, 2.0])
print(np.interp(np.array([0.5]), xp, fp))
