import numpy as np

print(np.__version__)
print(f"NumPy {np.__version__}")
