# __getattr__ is a fallback; __getattribute__ intercepts everything.
class Fallback:
    existing = "class attr"
    def __init__(self):
        self.inst = "instance attr"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"no {name!r} here")
f = Fallback()
print(f.existing, f.inst, f.dyn_hello)
print(getattr(f, "dyn_x"), hasattr(f, "nope"), getattr(f, "nope", "default"))
try:
    f.nope
except AttributeError as e:
    print(type(e).__name__, e)
class Intercept:
    def __init__(self):
        self.real = 1
    def __getattribute__(self, name):
        print("__getattribute__", name)
        if name == "virtual":
            return "virtual value"
        return super().__getattribute__(name)
    def __getattr__(self, name):
        print("__getattr__ after failure", name)
        return "recovered " + name
i = Intercept()
print(i.real)
print(i.virtual)
print(i.missing)
class Prop:
    @property
    def bad(self):
        raise AttributeError("inner failure")
    def __getattr__(self, name):
        return f"__getattr__({name})"
print(Prop().bad)
class Loud:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    hasattr(Loud(), "x")
except KeyError as e:
    print("KeyError propagated from hasattr:", e)
class SelfAccess:
    def __init__(self):
        object.__setattr__(self, "data", {"a": 1})
    def __getattr__(self, name):
        try:
            return self.data[name]
        except KeyError:
            raise AttributeError(name) from None
s = SelfAccess()
print(s.a, getattr(s, "b", "no b"))
