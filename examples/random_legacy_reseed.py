# Re-seeding with the same value repeats randint, uniform, choice and shuffle exactly.
import numpy as np

for k in range(3):
    seed = k * 2147483647
    np.random.seed(seed)
    a = np.random.randint(0, 50, size=5)
    b = np.random.uniform(-1.0, 1.0, size=2)
    c = np.random.choice(9, size=3)
    x = np.arange(6)
    np.random.shuffle(x)
    print(seed, a, b, c, x)
np.random.seed(0)
print(np.random.randint(0, 50, size=5))
np.random.seed(4294967295)
print(np.random.randint(0, 50, size=5))
