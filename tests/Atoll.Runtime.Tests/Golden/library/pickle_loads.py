# Unpickling: round trips at every protocol, the opcodes of old protocols (INST, OBJ, STRING, Python 2 names),
# encodings for Python 2 strings, several pickles read one after another from a file, dump to a file.
import io
import pickle

class Point:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return "Point(%r, %r)" % (getattr(self, "x", "?"), getattr(self, "y", "?"))

values = [None, True, 12345678901234567890, -5, 2.5, "t\u00e9xt\U0001f600", b"\x00\x01", bytearray(b"ba"),
          (1, (2, 3)), [1, [2, [3]]], {"k": {"n": 1}}, {1, 2}, frozenset({3}), 1 - 2j, range(2, 9, 3),
          slice(1, None), Point(1, [2]), [Point(), Point()], ValueError("v", 1), KeyError("k")]
for proto in range(6):
    back = pickle.loads(pickle.dumps(values, proto))
    print(proto, back[:-2], repr(back[-2]), repr(back[-1]))
    print([a == b for a, b in zip(back[:-2], values[:-2])])

shared = [1]
for proto in range(6):
    a, b = pickle.loads(pickle.dumps([shared, shared], proto))
    cyc = []
    cyc.append(cyc)
    c = pickle.loads(pickle.dumps(cyc, proto))
    t = pickle.loads(pickle.dumps(([],) * 2, proto))
    print(proto, a is b, c[0] is c, t[0] is t[1])

print("old opcodes")
for data in [b"(i__main__\nPoint\n(dp0\nVx\np1\nI3\nsVy\np2\nI4\nsb.", b"(c__main__\nPoint\nI5\nI6\no.",
             b"S'abc'\n.", b'S"a\\nb\\x41\\101"\n.', b"U\x02ab.", b"T\x02\x00\x00\x00ab.",
             b"c__builtin__\nxrange\n(I1\nI4\ntR.", b"cexceptions\nValueError\n(Vx\ntR.", b"ccopy_reg\n_reconstructor\n(c__main__\nPoint\nc__builtin__\nobject\nNtR.",
             b"c__builtin__\nset\n((lI1\naI2\natR.", b"I01\n.", b"I00\n.", b"L123L\n.", b"F-1.25\n.", b"Vab\\u0041\\U0001F600\n.",
             b"(lp0\nI1\naI2\na.", b"(dp0\nI1\nI2\ns.", b"(I1\nI2\nt.", b"(K\x01(K\x021.", b"K\x012\x86.",
             b"\x80\x02\x8a\x00.", b"\x80\x02\x8a\x01\xff.", b"\x80\x04\x8c\x08builtins\x8c\x0eint.from_bytes\x93.",
             b"\x80\x05\x96\x02\x00\x00\x00\x00\x00\x00\x00ab.", b"\x80\x04\x8e\x02\x00\x00\x00\x00\x00\x00\x00ab.",
             b"]\x94K\x01\x95\x00\x00\x00\x00\x00\x00\x00\x00a.", b"\x80\x02cbuiltins\nobject\n)\x81N}\x86b."]:
    v = pickle.loads(data)
    print(data, type(v).__name__, v if type(v) not in (object, type(len)) else getattr(v, "__qualname__", "object"))

print("encodings")
print(pickle.loads(b"\x80\x02U\x02\xe9a.", encoding="latin1"))
print(pickle.loads(b"\x80\x02U\x02\xe9a.", encoding="bytes"))
print(pickle.loads(b"S'\\xe9'\n.", encoding="latin1"))
print(pickle.loads(b"\x80\x02U\x02\xe9a.", encoding="ascii", errors="replace"))
print(pickle.loads(bytearray(b"K\x05.")), pickle.loads(memoryview(b"K\x06.")))
print(pickle.loads(b"N.extra bytes are ignored"))

print("files")
f = io.BytesIO(pickle.dumps(1, 4) + pickle.dumps([1, 2], 2) + pickle.dumps("x" * 70000, 4)
               + pickle.dumps([b"y" * 70000, "z" * 100000, list(range(30000))], 5) + b"N.")
print(pickle.load(f), pickle.load(f), len(pickle.load(f)), [len(x) for x in pickle.load(f)], pickle.load(f), f.tell())
try:
    pickle.load(f)
except EOFError as e:
    print("EOFError", e)
f = io.BytesIO()
pickle.dump({"a": [1, 2, (3, 4)], "b": b"x" * 100000}, f, 5)
pickle.dump("second", f, protocol=0)
print(len(f.getvalue()), f.getvalue()[:40])
f.seek(0)
print(pickle.load(f)["a"], pickle.load(f))

class Chunks:
    def __init__(self):
        self.sizes = []
    def write(self, b):
        self.sizes.append(len(b))
w = Chunks()
pickle.dump([b"a" * 70000, list(range(40000)), "b" * 10], w, 4)
print(w.sizes)
w = Chunks()
pickle.Pickler(w, 2).dump(list(range(3000)))
print(w.sizes)
f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.dump("abc")
p.dump("abc")
p.clear_memo()
p.dump("abc")
print(f.getvalue())
f.seek(0)
u = pickle.Unpickler(f)
print(u.load(), u.load(), u.load())
