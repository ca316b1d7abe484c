# expect-error: 5:17: unsupported: an ellipsis ('...') in np.einsum's subscripts
import numpy as np

a = np.ones((2, 3, 4))
print(np.einsum('...ij->...ji', a).shape)
