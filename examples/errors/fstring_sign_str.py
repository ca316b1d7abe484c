# Strings take no sign.
import numpy as np

s = "abc"
print(f"{s:+}")
