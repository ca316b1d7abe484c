# expect-error: 4:10: unsupported: dict displays
import numpy as np

params = {"lr": 0.1, "steps": 10}
w = np.zeros(3)
print(w)
