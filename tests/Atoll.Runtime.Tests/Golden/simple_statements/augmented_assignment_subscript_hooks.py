# Augmented assignment to a subscription calls __getitem__, the in-place operator, then __setitem__, once each.
class Store:
    def __init__(self):
        self.data = {"k": [1]}
    def __getitem__(self, key):
        print("__getitem__", key)
        return self.data[key]
    def __setitem__(self, key, value):
        print("__setitem__", key, value)
        self.data[key] = value
s = Store()
s["k"] += [2]
print(s.data)
class Num:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        print("__iadd__", other)
        self.v += other
        return self
    def __repr__(self):
        return f"Num({self.v})"
s.data["n"] = Num(1)
s["n"] += 5
print(s.data["n"])
class Imm:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print("__add__ returns a new object")
        return Imm(self.v + other)
    def __repr__(self):
        return f"Imm({self.v})"
s.data["i"] = Imm(1)
s["i"] += 1
print(s.data["i"])
def key():
    print("key expression evaluated once")
    return "k"
s[key()] += [3]
class NoSet:
    def __getitem__(self, k):
        return [1]
try:
    ns = NoSet()
    ns[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
