# break and continue in for and while loops.
import numpy as np

v = np.array([2, 7, 1, 8, 2, 8, 1, 8])
for i in range(8):
    if v[i] == 1:
        continue
    if v[i] == 8:
        print("first 8 at", i)
        break
    print("visit", i, v[i])

total = 0
i = 0
while True:
    i = i + 1
    if i % 2 == 0:
        continue
    if i > 9:
        break
    total = total + i
print(total, i)
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print(i, j)
