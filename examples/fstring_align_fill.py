# Alignment and fill characters: <, >, ^, = with any fill.
import numpy as np

x = 3.5
n = -42
s = "abc"
print(f"|{x:>8}|{x:<8}|{x:^8}|{x:=8}|")
print(f"|{n:>6}|{n:<6}|{n:^6}|{n:=6}|{n:*^9}|{n:0=8}|")
print(f"|{s:>6}|{s:<6}|{s:^6}|{s:^7}|{s:.>7}|{s:-<7}|{s:~^9}|")
print(f"|{s:6}|{n:6}|{x:6}|{s:.2}|{s:8.1}|")
for w in range(3):
    print(f"[{w:>3}] [{w * 1.25:<6.2f}] [{w:^5}]")
