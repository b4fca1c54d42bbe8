# Emulating a sequence: __len__, __getitem__ with ints and slices, __setitem__, __delitem__.
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, key):
        print("__getitem__", repr(key))
        if isinstance(key, slice):
            return Seq(self.data[key])
        return self.data[key]
    def __setitem__(self, key, value):
        print("__setitem__", repr(key), value)
        self.data[key] = value
    def __delitem__(self, key):
        print("__delitem__", repr(key))
        del self.data[key]
    def __repr__(self):
        return f"Seq({self.data})"
s = Seq("abcdef")
print(s[0], s[-1], len(s))
print(s[1:4], s[::2], s[:], s[::-1], s[1:])
s[0] = "A"
s[1:3] = ["X"]
print(s)
del s[0]
del s[::2]
print(s)
class Multi:
    def __getitem__(self, key):
        return key
m = Multi()
print(m[1, 2], m[1:2, ::3], m[...], m[:, None], m[()], m["k"], m[1:2:3, 4])
try:
    s[100]
except IndexError as e:
    print(type(e).__name__, e)
print("x" in s, "e" in s)
print(list(s), [c for c in s])
