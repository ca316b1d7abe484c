# print's sep= and end= keywords.
import numpy as np

x = np.arange(3)
print(1, 2, 3, sep=", ")
print("a", "b", sep="")
print("no newline", end="")
print(" -- continued")
print(x, x * 2, sep=" | ")
print(x, end="!\n")
print("x:", x, sep="\n")
for i in range(3):
    print(i, end=" ")
print()
print("done", 1.5, True, sep="-", end=".\n")
print(end="")
print(x.shape, x.dtype, sep=";")
print()
print("", "", sep="*")
