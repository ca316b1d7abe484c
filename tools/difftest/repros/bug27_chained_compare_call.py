import numpy as np
def g1():
    print('g1')
    return 3
print(2 <= g1() < 0.75)
