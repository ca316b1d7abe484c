# A one-element array (of any shape) is a valid if/while condition: its single value decides.
import numpy as np

flag = np.array([True])
if flag:
    print("flag is set")
level = np.zeros(1)
if level:
    print("level non-zero")
else:
    print("level is zero")
budget = np.array([10])
steps = 0
while budget:
    take = 3 if int(budget[0]) >= 3 else int(budget[0])
    budget -= take
    steps += 1
print("steps", steps, "budget", budget)
grid = np.arange(9).reshape(3, 3)
corner = grid[2:, 2:]
print(corner.shape, "nonzero corner" if corner else "zero corner")
print(bool(corner), not corner, bool(grid[:1, :1]), not grid[:1, :1])
if grid[1:2, 1:2] > 3 and grid[0:1, 2:3] == 2:
    print("centre above 3, top right is 2")
