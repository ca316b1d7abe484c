# A loop of math calls: Newton's method against math.sqrt, and a log-sum.
import numpy as np
import math

target = 10.0
g = 1.0
for it in range(6):
    g = 0.5 * (g + target / g)
    print(it, g, abs(g - math.sqrt(target)))
total = 0.0
for k in range(1, 11):
    total = total + math.log(k)
print(total, math.exp(total), round(math.exp(total)), math.floor(math.log(3628800, 10)))
