# Binding of builtin descriptors: __get__ argument rules, unbound method self checks, slot wrappers.
def f(self=None):
    return "f"
for args in [(), (None, None), (1, 2, 3)]:
    try:
        f.__get__(*args)
    except TypeError as e:
        print("TypeError", e)
print(f.__get__(None, int) is f, f.__get__(5)())
for d in (classmethod(f), staticmethod(f), property(f)):
    try:
        d.__get__(None, None)
    except TypeError as e:
        print(type(d).__name__, "TypeError", e)
print(type(classmethod(f).__get__(3)).__name__, staticmethod(f).__get__(3) is f, property(f).__get__(None, int).__class__.__name__)
print(str.upper.__get__("abc")(), str.upper.__get__(None, str) is str.upper)
for call in (lambda: str.upper(3), lambda: list.append((), 1), lambda: str.upper(), lambda: str.upper.__get__(3)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
print(type(int.__add__).__name__, type((1).__add__).__name__, type(list.append).__name__, type([].append).__name__)
print(type(dict.__getitem__).__name__, type(tuple.__getitem__).__name__, type(object.__init__).__name__, type(dict.fromkeys).__name__)
print(repr(int.__add__), repr(list.append), repr(len))
print(int.__add__(2, 3), (2).__add__.__name__, (2).__add__.__self__, int.__add__.__objclass__ if hasattr(int.__add__, "__objclass__") else "-")
print(len.__module__, len.__self__.__name__, type(len).__name__, [].append.__self__, [].append.__module__)
class WithSetOnly:
    class D:
        def __set__(self, obj, value):
            obj.__dict__["x"] = ("set", value)
    x = D()
w = WithSetOnly()
print(type(w.x).__name__)
w.x = 1
print(w.x)
class Lazy:
    @property
    def broken(self):
        raise AttributeError("inside getter")
print(hasattr(Lazy(), "broken"), getattr(Lazy(), "broken", "default"))
