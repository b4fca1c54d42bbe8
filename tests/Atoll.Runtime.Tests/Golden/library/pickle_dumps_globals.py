# Classes, functions and other objects saved by reference (module and qualified name): GLOBAL (with the Python 2
# names of fix_imports before protocol 3), STACK_GLOBAL, nested names through getattr, builtins and exceptions.
import pickle

class Plain:
    pass

class Outer:
    class Inner:
        class Deep:
            pass

    def method(self):
        pass

def function():
    pass

def show(v, protos=range(6)):
    for proto in protos:
        print(proto, pickle.dumps(v, proto))

for v in [Plain, Outer.Inner, Outer.Inner.Deep, Outer.method, function, len, max, int, str, range, object, type,
          ValueError, KeyError, ModuleNotFoundError, ConnectionError, Ellipsis, NotImplemented, type(None),
          type(NotImplemented), type(Ellipsis), pickle.dumps, pickle.Pickler, pickle.PicklingError, map, zip]:
    print(repr(v).split(" at 0x")[0])
    show(v)

print("repeated")
show([Plain, Plain, Outer.Inner, Outer.Inner, function])
show([int, len, str, max])
show([Plain, "Plain", "__main__", Outer.Inner, "Inner"])
print(pickle.dumps(Plain, 2, fix_imports=False))
print(pickle.dumps(int, 2, fix_imports=False), pickle.dumps(int, 2))

print("reduced builtins")
for v in [1j, -2.5j, range(3), range(-5, 100, 7), slice(1, 2), slice(None, None, -1), ValueError("x"),
          KeyError("k", 2), OSError("plain"), StopIteration(5)]:
    print(repr(v))
    show(v)
e = ValueError("with attrs")
e.detail = 42
show(e, (2, 4))
e = KeyError("noted")
e.add_note("a note")
show(e, (0, 4))
print("methods")
show([].append, (2, 4))
show(int.from_bytes, (2, 4))
show(str.join, (2, 4))
show(Outer().method, (2, 4))
