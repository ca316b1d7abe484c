# Signed zeros through the ufuncs: sin, tan, arctan, floor, ceil, round keep -0.0; sign gives 0.0.
import numpy as np

z = np.array([-0.0, 0.0])
print(np.sin(z), np.tan(z), np.arctan(z), np.arcsin(z), np.tanh(z))
print(np.floor(z), np.ceil(np.array([-0.5, -0.0])), np.round(np.array([-0.4, -0.0])))
print(np.sign(z), np.log1p(z), np.expm1(z))
print(np.round(np.array([-0.04]), 1), np.round(np.array([-4.0]), -1))
print(np.maximum(z, z[::-1]), np.minimum(z, z[::-1]))
print(np.where(z == 0, z, 1.0))
