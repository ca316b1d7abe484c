import numpy as np

xp = np.array([0.0, 1.0, 2.5, 4.0])
fp = np.array([1.0, 3.0, -2.0, 0.5])
x = np.array([-1.0, 0.0, 0.5, 1.0, 2.0, 2.5, 3.9, 4.0, 5.0, np.nan])
print(np.interp(x, xp, fp))
print(np.interp(x, xp, fp, left=-10, right=10.5))
print(np.interp(np.arange(6).reshape(2, 3), [1, 2, 4], [10, 20, 40]))
print(np.interp(np.array([0.5, 1.0, 2.0]), np.array([1.0]), np.array([7.0])))

# A path sampled at equidistant arc lengths (numpy-100, exercise 98).
phi = np.arange(0, 10 * np.pi, 0.1)
px = phi * np.cos(phi)
py = phi * np.sin(phi)
dr = (np.diff(px) ** 2 + np.diff(py) ** 2) ** 0.5
r = np.zeros_like(px)
r[1:] = np.cumsum(dr)
r_int = np.linspace(0, r.max(), 200)
x_int = np.interp(r_int, r, px)
y_int = np.interp(r_int, r, py)
print(x_int[::40])
print(y_int[::40])
print(x_int.sum(), y_int.sum())
