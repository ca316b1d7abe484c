# len() of a float.
import numpy as np

print(len(2.5))
