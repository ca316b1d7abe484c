import numpy as np
def rec7(n):
    if n == 0:
        return 0
    return rec7(n)
print(rec7(1000000))
