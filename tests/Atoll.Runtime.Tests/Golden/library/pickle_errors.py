# The errors of pickling, with CPython's types and messages.
import io
import pickle
import copyreg

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, str(e).split(" at 0x")[0])

print(pickle.PickleError.__mro__)
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError))
print(pickle.PicklingError.__module__, pickle.Pickler.__module__, pickle.dumps.__module__)

attempt(lambda: pickle.dumps(lambda: 1))

def outer():
    def inner():
        pass
    return inner

attempt(lambda: pickle.dumps(outer()))

def gen():
    yield 1

for proto in range(6):
    attempt(lambda: pickle.dumps(gen(), proto))
attempt(lambda: pickle.dumps(pickle))
attempt(lambda: pickle.dumps({1: 2}.keys()))
attempt(lambda: pickle.dumps(property()))

class Slotted:
    __slots__ = ("a",)

for proto in (0, 1, 2):
    attempt(lambda: pickle.dumps(Slotted(), proto))

class Returns:
    def __init__(self, value):
        self.value = value
    def __reduce__(self):
        return self.value

for rv in [5, None, (), (len,), (len, 1), (1, ()), (len, (), None, 1), (len, (), None, None, 1),
           (len, (), None, None, None, 1), (len, (), 1, 2, 3, 4, 5), "nothere", "Returns",
           (copyreg.__newobj__, ()), (copyreg.__newobj__, (1,)), (copyreg.__newobj__, (int,)),
           (copyreg.__newobj_ex__, (int,)), (copyreg.__newobj_ex__, (1, (), {})), (copyreg.__newobj_ex__, (Returns, 1, {})),
           (copyreg.__newobj_ex__, (Returns, (), 1))]:
    attempt(lambda: pickle.dumps(Returns(rv), 2))

class Moved:
    pass

Original = Moved

class Moved:
    pass

attempt(lambda: pickle.dumps(Original))
Moved.__module__ = "no_such_module"
attempt(lambda: pickle.dumps(Moved))
attempt(lambda: pickle.dumps(Moved, 4))

def renamed():
    pass

renamed.__qualname__ = "x.y"
attempt(lambda: pickle.dumps(renamed))

class BadNewArgs:
    def __getnewargs__(self):
        return [1]

class BadNewArgsEx:
    def __init__(self, r):
        self.r = r
    def __getnewargs_ex__(self):
        return self.r

attempt(lambda: pickle.dumps(BadNewArgs(), 2))
for r in [[], (1,), ([], {}), ((), [])]:
    attempt(lambda: pickle.dumps(BadNewArgsEx(r), 2))

class ItemsBad:
    def __reduce__(self):
        return (dict, (), None, None, iter([1]))

attempt(lambda: pickle.dumps(ItemsBad(), 2))
attempt(lambda: pickle.dumps("\u00e9", 0) and pickle.dumps(type("\u00e9", (), {}), 2))

class NonAscii:
    pass

NonAscii.__qualname__ = NonAscii.__name__ = "Caf\u00e9"
globals()["Caf\u00e9"] = NonAscii
attempt(lambda: pickle.dumps(NonAscii, 2))
attempt(lambda: pickle.dumps(NonAscii, 3))

deep = []
for _ in range(20000):
    deep = [deep]
attempt(lambda: pickle.dumps(deep))

attempt(lambda: pickle.dumps(1, 6))
attempt(lambda: pickle.dumps(1, "a"))
attempt(lambda: pickle.dumps(1, buffer_callback=print))
attempt(lambda: pickle.dumps(1, 4, buffer_callback=print))
attempt(lambda: pickle.Pickler(object()))
attempt(lambda: pickle.Pickler(io.BytesIO(), 9))
attempt(lambda: pickle.dumps())
attempt(lambda: pickle.dumps(1, 2, 3))
attempt(lambda: pickle.dump(1))
attempt(lambda: pickle.Pickler(io.BytesIO()).dispatch_table)
d = {i: i for i in range(5)}

class Grow:
    def __reduce__(self):
        d[len(d) + 100] = 0
        return (int, ())

d[0] = Grow()
attempt(lambda: pickle.dumps(d, 2))
