# np.mgrid / np.ogrid: dense and open grids from slices, int and float bounds, steps, and
# complex steps that give a number of points (stop included).
import numpy as np

g = np.mgrid[0:3, 0:4]
print(g.shape, g.dtype)
print(g)
xi, yi = np.mgrid[0:2, 1:7:2]
print(xi, yi)
f = np.mgrid[-1:1:5j, 0:1:0.25]
print(f.dtype, f.shape)
print(f)
print(np.mgrid[0:1:5j])
print(np.mgrid[2:10:3], np.mgrid[0.5:2.0:0.5])
o = np.ogrid[0:3, 0:2]
print(o[0], o[1])
r, s = np.ogrid[-1:1:3j, 0:5:2]
print(r.shape, s.shape, r + s)
print(np.mgrid[3:0:-1, 0:1], np.mgrid[5:0])
