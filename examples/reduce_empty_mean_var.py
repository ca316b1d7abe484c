import numpy as np

# Found by tools/difftest.py: mean, var and std of an empty slice are nan (NumPy warns on
# stderr); var with ddof >= n divides by zero.
e = np.zeros((0, 3))
print(e.mean(axis=0), e.var(axis=0), np.std(e, axis=1), e.mean())
if np.std(e) > 8:
    print("big")
else:
    print("not big")
x = np.array([[1.0, 2.0], [3.0, 5.0]])
print(x.var(axis=0, ddof=2), x.std(axis=1, ddof=3))
