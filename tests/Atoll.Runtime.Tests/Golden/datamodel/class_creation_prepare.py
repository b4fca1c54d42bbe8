# __prepare__ supplies the class body namespace; the body executes in it.
class RecordingDict(dict):
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            print("namespace set", key, "=", value if not callable(value) else "<callable>")
        super().__setitem__(key, value)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("__prepare__", name, kw)
        ns = RecordingDict()
        ns["injected"] = "from prepare"
        return ns
    def __new__(mcls, name, bases, ns, **kw):
        print("namespace type in __new__:", type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))
class C(metaclass=Meta, flag=True):
    a = 1
    b = a + 1
    a = 10
    def f(self):
        return injected
    seen = injected
print(C.a, C.b, C.seen, C.injected, type(C.__dict__).__name__)
class Dup(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"duplicate definition of {key}")
        super().__setitem__(key, value)
class Strict(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Dup()
try:
    class Bad(metaclass=Strict):
        x = 1
        x = 2
except TypeError as e:
    print(type(e).__name__, e)
class NotMapping(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class Fails(metaclass=NotMapping):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(type.__prepare__("X", ()), type(type.__prepare__()).__name__)
