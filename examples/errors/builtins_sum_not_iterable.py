import numpy as np

print(sum(3))
