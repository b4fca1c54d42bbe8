# Pickler and Unpickler subclasses: persistent_id/persistent_load, reducer_override, dispatch_table (on the instance
# and on the class), find_class; copyreg.dispatch_table registrations.
import io
import pickle
import copyreg

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, str(e).split(" at 0x")[0])

class Ref:
    def __init__(self, key):
        self.key = key

class RefPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Ref):
            return ("ref", obj.key)
        return None

class RefUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        print("persistent_load", pid)
        return "resolved-" + pid[1]

    def find_class(self, module, name):
        print("find_class", module, name)
        if name == "forbidden":
            raise pickle.UnpicklingError("global '%s.%s' is forbidden" % (module, name))
        return super().find_class(module, name)

print(pickle.Pickler.persistent_id(pickle.Pickler(io.BytesIO()), 1), pickle.Pickler(io.BytesIO()).persistent_id(2))
for proto in range(6):
    f = io.BytesIO()
    RefPickler(f, proto).dump([Ref("a"), 1, Ref("b"), len, Ref("a")])
    print(proto, f.getvalue())
    f.seek(0)
    print(RefUnpickler(f).load())

class StrIds(pickle.Pickler):
    def persistent_id(self, obj):
        return "pid" if obj == "x" else ("pid\u00e9" if obj == "y" else None)

f = io.BytesIO()
StrIds(f, 0).dump(["x", "z"])
print(f.getvalue())
attempt(lambda: StrIds(io.BytesIO(), 0).dump(["y"]))
attempt(lambda: pickle.Unpickler(io.BytesIO(b"P1\n.")).load())
attempt(lambda: RefUnpickler(io.BytesIO(b"cbuiltins\nforbidden\n.")).load())
attempt(lambda: RefUnpickler(io.BytesIO(b"\x80\x04\x8c\x08builtins\x8c\x03int\x93.")).load())
attempt(lambda: RefUnpickler(io.BytesIO(b"c__builtin__\nunicode\n.")).load())
attempt(lambda: pickle.Unpickler(io.BytesIO(b"")).find_class("builtins", "len"))
attempt(lambda: pickle.Unpickler(io.BytesIO(b"")).find_class("no.such", "len"))

class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Ref):
            return (str, ("ref:" + obj.key,))
        if obj is len:
            return (max, (3, 9))
        if isinstance(obj, int) and obj == 99:
            return "never used: ints are saved before reducer_override"
        return NotImplemented

for proto in (0, 2, 4):
    f = io.BytesIO()
    Override(f, proto).dump([Ref("q"), len, 1, 99, "a", [2]])
    print(f.getvalue())
    print(pickle.loads(f.getvalue()))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def reduce_point(p):
    return (Point, (p.x * 100, p.y))

f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.dispatch_table = {Point: reduce_point}
print(p.dispatch_table is not None)
p.dump(Point(1, 2))
print(f.getvalue(), vars(pickle.loads(f.getvalue())))

class TablePickler(pickle.Pickler):
    dispatch_table = {Point: lambda p: (Point, (p.y, p.x))}

f = io.BytesIO()
TablePickler(f, 3).dump(Point(1, 2))
print(f.getvalue(), vars(pickle.loads(f.getvalue())))

def reduce_point_neg(p):
    return (Point, (-p.x, -p.y))

print(pickle.dumps(Point(3, 4), 2))
copyreg.pickle(Point, reduce_point_neg)
print(pickle.dumps(Point(3, 4), 2), vars(pickle.loads(pickle.dumps(Point(3, 4)))))
f = io.BytesIO()
TablePickler(f, 3).dump(Point(1, 2))
print(f.getvalue())
del copyreg.dispatch_table[Point]
print(pickle.dumps(Point(3, 4), 2))

class Tracking(pickle.Pickler):
    def __init__(self, file, proto):
        super().__init__(file, proto)
        self.seen = []
    def persistent_id(self, obj):
        self.seen.append(type(obj).__name__)
        return None

t = Tracking(io.BytesIO(), 2)
t.dump([1, "a", (None,)])
print(t.seen, t.bin, t.fast)
