# Slicings, including extended slices with steps and tuples of slices.
s = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[::3], s[1::2], s[::-1], s[-3:], s[:-7], s[8:2:-2], s[-1:-4:-1])
print(s[100:], s[-100:2], s[5:2], s[2:5:-1], s[::100], s[None:None:None])
t = "abcdefg"
print(t[1:-1], t[::-2], t[-100:100], t[3:3], (0, 1, 2, 3)[1:3], range(10)[2:8:3], b"bytes"[1:3])
class Show:
    def __getitem__(self, key):
        return key
x = Show()
print(x[1:2], x[:], x[::], x[1:], x[:2], x[::3], x[1:2, 3:4], x[..., 0], x[1:2:3, ...], x["a":"b"], x[:, :])
print(x[1:2] == slice(1, 2), x[::] == slice(None, None, None))
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s["a":]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1:2, 3]
except TypeError as e:
    print(type(e).__name__, e)
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(s[Idx(2):Idx(5)], s[:Idx(-2)])
big = 2 ** 100
print(s[:big], s[-big:2], s[big:])
