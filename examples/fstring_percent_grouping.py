# Percent, thousands separators with fixed and exponent formats.
import numpy as np

ratio = np.array([0.0, 0.12345, 0.5, 1.0, 2.75])
for i in range(5):
    r = ratio[i]
    print(f"{r:%} {r:.1%} {r:.0%} {r:8.2%} {r:+.2%}")
total = 1234567.891
print(f"{total:,.2f} {total:_.3f} {total:,} {total:,.1e} {total:015,.2f} {-total:,g}")
print(f"{1e21:,.0f} {12345:,.1f} {0.5:,}")
