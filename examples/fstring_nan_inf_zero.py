# nan, inf and signed zeros through format specs.
import numpy as np
import math

z = np.array([0.0, -0.0, 1.0])
nz = z[1]
nan = math.nan
inf = math.inf
print(f"{nan} {nan:.2f} {nan:>6} {nan:+} {nan:E} {nan:%}")
print(f"{inf} {-inf} {inf:.3e} {inf:+} {-inf:010.2f} {inf:F} {inf:,}")
print(f"{nz} {nz:.2f} {nz:z.2f} {nz:+} {nz:g} {-0.0001:.2f} {-0.0001:z.2f}")
print(f"{z / z.sum()} {float(nz):e} {-0.0:.0f}")
