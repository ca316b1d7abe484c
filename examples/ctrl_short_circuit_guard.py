# Short-circuit `and` / `or` skip operands that would fail: a division by a zero count, an
# index one past the end. Python evaluates the right operand only when it is needed.
import numpy as np

scores = np.array([3, 0, 7, 10, 0, 4])
seen = 0
total = 0
for i in range(len(scores)):
    s = int(scores[i])
    if s == 0 or s > 9:
        print("skip", i, s)
        continue
    seen += 1
    total += s
    if seen > 0 and total / seen > 4:
        print("running average above 4 at", i, total / seen)
j = 0
while j < len(scores) and scores[j] != 10:
    j += 1
print("first 10 at", j)
k = 0
while k < len(scores) and scores[k] != 99:
    k += 1
print("no 99: stopped at", k)
empty = 0
if empty == 0 or total / empty > 1:
    print("no division by the empty count")
if not (empty > 0 and total // empty > 0):
    print("still no division")
