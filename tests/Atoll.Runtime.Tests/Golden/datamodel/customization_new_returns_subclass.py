# __init__ runs only when __new__ returns an instance of the class (including subclasses).
class Base:
    def __new__(cls, kind):
        print("Base.__new__", cls.__name__, kind)
        if kind == "sub":
            return super().__new__(Sub)
        if kind == "other":
            return Other()
        return super().__new__(cls)
    def __init__(self, kind):
        print("  __init__ of", type(self).__name__, "with", kind)
class Sub(Base):
    pass
class Other:
    pass
for kind in ("base", "sub", "other"):
    obj = Base(kind)
    print("  result type:", type(obj).__name__)
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            cls._cache[key] = super().__new__(cls)
        return cls._cache[key]
    def __init__(self, key):
        print("  init again for", key)
        self.key = key
a = Cached(1)
b = Cached(1)
print(a is b, a.key)
