# The reduce protocol: object.__reduce_ex__/__reduce__/__getstate__ by default, __getnewargs__(_ex), __getstate__ and
# __setstate__, __slots__, subclasses of builtins, and __reduce__ returning a string or tuples of 2 to 6 items.
import pickle
import copyreg

def name(x):
    return getattr(x, "__qualname__", None) or repr(x)

def describe(r):
    if isinstance(r, tuple):
        return tuple(name(x) if callable(x) else (type(x).__name__ if type(x).__name__.endswith("iterator") else x) for x in r)
    return r

def show(v, protos=range(6)):
    for proto in protos:
        try:
            data = pickle.dumps(v, proto)
        except Exception as e:
            print(proto, type(e).__name__, e)
            continue
        back = pickle.loads(data)
        print(proto, data)
        if hasattr(back, "__dict__"):
            print("  ->", type(back).__name__, sorted(vars(back).items()))
        elif isinstance(back, Slots):
            print("  ->", type(back).__name__, [getattr(back, n, "-") for n in ("a", "_Slots__b", "unset")])
        else:
            print("  ->", type(back).__name__, back)

class Plain:
    def __init__(self):
        self.x = 1
        self.y = [1, "a"]

class Empty:
    pass

class Slots:
    __slots__ = ("a", "__b", "unset")
    def __init__(self):
        self.a = 1
        self.__b = 2

class SlotsAndDict(Slots):
    def __init__(self):
        super().__init__()
        self.c = 3

class GetSet:
    def __init__(self, v):
        self.v = v
    def __getstate__(self):
        return {"stored": self.v}
    def __setstate__(self, state):
        self.v = state["stored"] * 10

class FalseState:
    def __getstate__(self):
        return 0
    def __setstate__(self, state):
        self.restored = ("setstate called", state)

class NewArgs:
    def __new__(cls, a, b=0):
        o = super().__new__(cls)
        o.a, o.b = a, b
        return o
    def __getnewargs__(self):
        return (self.a,)

class NewArgsEx:
    def __new__(cls, a, *, k):
        o = super().__new__(cls)
        o.a, o.k = a, k
        return o
    def __getnewargs_ex__(self):
        return ((self.a,), {"k": self.k})

class L(list):
    pass

class D(dict):
    pass

class I(int):
    pass

class S(str):
    pass

class T(tuple):
    pass

class F(float):
    pass

class ByName:
    def __reduce__(self):
        return "singleton"

singleton = ByName()

class Six:
    def __reduce__(self):
        return (Six, (), {"v": 2}, None, None, set_state)

def set_state(obj, state):
    obj.v = state["v"] + 40

for v in [Plain(), Empty(), Slots(), SlotsAndDict(), GetSet(3), FalseState(), NewArgs(1, 2), L([1, 2]), D(a=1),
          I(7), S("q"), T((1, 2)), F(1.5), singleton, Six()]:
    print(type(v).__name__)
    show(v)
print("NewArgsEx")
show(NewArgsEx(5, k=6), (4, 5))
lst = L([1])
lst.attr = "x"
show(lst, (0, 2))

print("object methods")
p = Plain()
print(describe(p.__reduce_ex__(2)))
print(describe(p.__reduce_ex__(0)))
print(describe(p.__reduce__()))
print(p.__getstate__(), Empty().__getstate__(), Slots().__getstate__(), SlotsAndDict().__getstate__())
print(Slots.__slotnames__)
print(describe(L([1]).__reduce_ex__(2)), describe(L([1]).__reduce_ex__(1)))
print(describe(D(a=1).__reduce_ex__(3)))
print(describe(I(5).__reduce_ex__(2)), describe(S("s").__reduce_ex__(0)))
print(describe(NewArgs(1).__reduce_ex__(2)), describe(NewArgsEx(1, k=2).__reduce_ex__(4)))
print(describe(object().__reduce_ex__(2)), describe(object().__reduce__()))
print(describe((1j).__reduce_ex__(2)), describe(range(3).__reduce_ex__(2)), describe(ValueError("a").__reduce_ex__(2)))
try:
    Slots().__reduce_ex__(1)
except TypeError as e:
    print("TypeError", e)
