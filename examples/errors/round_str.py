# round() of a str.
import numpy as np

print(round("2.5"))
