# A bool with a spec formats as an int: 's' is an unknown code for it.
import numpy as np

flag = True
print(f"{flag:s}")
