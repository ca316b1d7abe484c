# An augmented assignment evaluates its target's object and index once: the element (or
# view) read is the one written back, and each draw in the index happens once.
import numpy as np

np.random.seed(0)
counts = np.zeros(6, dtype=np.int64)
for _ in range(600):
    counts[np.random.randint(0, 6)] += 1
print(counts, counts.sum())


def pick(name, i):
    print("index", name)
    return i


def amount(v):
    print("amount", v)
    return v


grid = np.zeros((3, 4))
grid[pick("row", 1), pick("col", 2)] += amount(5.0)
grid[pick("row", 2)] -= amount(1.5)
grid[:, pick("col", 3)] *= amount(2.0)
grid[pick("row", 0)][pick("col", 1)] += amount(0.25)
print(grid)

hist = np.zeros(4, dtype=np.int64)
rng = np.random.default_rng(7)
for _ in range(100):
    hist[rng.integers(0, 4)] += 1
print(hist, hist.sum())

totals = np.zeros((2, 3))
for k in range(12):
    totals[np.random.randint(0, 2), np.random.randint(0, 3)] += k
print(totals, totals.sum())
