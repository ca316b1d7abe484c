# for over range with one, two and three arguments, including negative steps.
import numpy as np

for i in range(4):
    print(i, end=" ")
print()
for i in range(2, 6):
    print(i, end=" ")
print()
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i in range(0, 10, 4):
    print(i, end=" ")
print()
for i in range(3, 3):
    print("never")
n = 5
x = np.zeros(n)
for i in range(n - 1, -1, -1):
    x[i] = i * i
print(x)
for i in range(-2, 2):
    print(i, x[i])
print(i)
