# Emulating a mapping; __missing__ on dict subclasses.
class Defaulting(dict):
    def __missing__(self, key):
        print("__missing__", key)
        value = f"<default {key}>"
        self[key] = value
        return value
d = Defaulting(a=1)
print(d["a"], d["b"], d)
print(d.get("zz", "get does not call __missing__"), "zz" in d)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "abracadabra":
    c[ch] += 1
print(sorted(c.items()))
class NoMissingOnPlainMapping:
    def __init__(self):
        self.store = {}
    def __getitem__(self, key):
        return self.store[key]
    def __missing__(self, key):
        return "never"
try:
    NoMissingOnPlainMapping()["x"]
except KeyError as e:
    print(type(e).__name__, e)
class Raising(dict):
    def __missing__(self, key):
        raise KeyError(f"custom {key}")
try:
    Raising()["q"]
except KeyError as e:
    print(type(e).__name__, e)
class Mapping:
    def __init__(self):
        self._d = {"x": 1, "y": 2}
    def __getitem__(self, k):
        return self._d[k]
    def __len__(self):
        return len(self._d)
    def __iter__(self):
        return iter(self._d)
    def keys(self):
        return self._d.keys()
m = Mapping()
print(dict(m), {**m}, len(m), list(m))
def f(**kw):
    return kw
print(f(**m))
