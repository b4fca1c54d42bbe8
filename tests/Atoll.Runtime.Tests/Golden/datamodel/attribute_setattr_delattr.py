# __setattr__ and __delattr__ hooks.
class Tracked:
    def __init__(self):
        self.a = 1
    def __setattr__(self, name, value):
        print("set", name, value)
        if name.startswith("_"):
            raise AttributeError(f"cannot set private {name}")
        super().__setattr__(name, value * 2 if isinstance(value, int) else value)
    def __delattr__(self, name):
        print("del", name)
        if name == "a":
            raise AttributeError("a is permanent")
        super().__delattr__(name)
t = Tracked()
t.b = 5
setattr(t, "c", "s")
print(vars(t))
try:
    t._secret = 1
except AttributeError as e:
    print(type(e).__name__, e)
del t.b
try:
    del t.a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.zzz
except AttributeError as e:
    print(type(e).__name__, e)
t.a += 1
print(t.a)
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is frozen")
fr = Frozen(3)
print(fr.x)
try:
    fr.x = 4
except AttributeError as e:
    print(type(e).__name__, e)
class Counter:
    count = 0
    def __setattr__(self, name, value):
        type(self).count += 1
        object.__setattr__(self, name, value)
c = Counter()
c.x = 1
c.y = 2
c.x = 3
print(Counter.count, c.x, "count" in vars(c))
