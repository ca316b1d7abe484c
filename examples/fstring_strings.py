# Format specs on strings: width, alignment, fill, truncation.
import numpy as np

words = "alpha"
w2 = "b"
print(f"[{words:10}] [{words:>10}] [{words:^10}] [{words:.3}] [{words:>8.2}]")
print(f"[{w2:*<4}] [{w2:0>4}] [{w2:05}] [{'':3}] [{'x':^4}]")
print(f"[{words + w2:s}] [{str(2.5):>6}] [{repr('q'):>5}]")
print(f"{'héllo':^9}|")
