# A common slip: forgetting .T before @.
import numpy as np

x = np.arange(12).reshape(3, 4)
y = np.ones((3, 4))
print(x @ y)
