# Dice rolls: counts per face from randint, and their sum.
import numpy as np

np.random.seed(2024)
rolls = np.random.randint(1, 7, size=600)
print(rolls[:12])
for face in range(1, 7):
    n = (rolls == face).sum()
    print(face, n)
print(rolls.sum(), rolls.mean())
