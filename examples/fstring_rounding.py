# Rounding in format specs is exact and half to even on the true binary value.
import numpy as np

print(f"{0.125:.2f} {0.375:.2f} {2.675:.2f} {1.005:.2f} {0.5:.0f} {1.5:.0f} {2.5:.0f}")
print(f"{0.045:.2f} {99.995:.2f} {9.5:.0f} {10.5:.0f} {0.995:.2f} {1.25:.1f} {1.35:.1f}")
print(f"{125.0:.1e} {135.0:.1e} {0.0125:.1e} {2.5:.1g} {0.25:.1g} {12345:.2e}")
x = np.array([0.125, 0.135, 0.145, 0.155])
for i in range(4):
    print(f"{x[i]:.2f} {x[i]:.1%} {x[i] * 1000:.0f}")
