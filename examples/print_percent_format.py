# printf-style "format" % values: CPython's %d, %i, %f, %e, %g, %x, %o, %s, %r with flags,
# width and precision, of Python and NumPy scalars (and str() of arrays).
import numpy as np

Z = np.zeros((10, 10))
print("%d bytes" % (Z.size * Z.itemsize))
print("%d bytes" % Z.nbytes)
x = np.linspace(-1.5, 2.25, 4)
print("%d %i %5d|%-5d|%05d %+d % d" % (x[0], x[3], 42, 42, -42, 7, 7))
print("%f %.2f %10.3f|%-10.1f|%+.0f %e %.3E %g %G" % (x[1], x[1], x[2], x[3], 2.5, 12345.678, x[3], 1e-7, 1e20))
print("%x %X %#x %o %#o %08x" % (255, 255, 255, 8, 8, 3054))
print("%s and %r, %5s|%-6s|%.2s" % ("ab", "ab", "cd", "ef", "ghij"))
print("%s %r %s" % (np.float32(0.1), np.float64(2.5), np.int32(7)))
print("%s" % x)
print("100%% of %d" % 3, "%.1f%%" % 99.44)
t = (1, 2.0)
print("%d-%s" % t)
print("%5.1f%%" % (x.sum() / 4 * 100))
print("%d" % True, "%s" % True, "%f" % 3, "%g" % np.float32(0.1))
print("%s" % (x[1:3],))
for i in range(3):
    print("row %2d: %8.4f" % (i, x[i] ** 2))
