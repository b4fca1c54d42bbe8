# A subclass of bytes: instances keep their class and attributes; operations return plain bytes, as in CPython.
class B(bytes):
    def hello(self):
        return b"hi " + self


b = B(b"xy")
print(type(b).__name__, b, repr(b), b.hello(), len(b), b == b"xy", hash(b) == hash(b"xy"))
for r in (b[:], b * 1, b + b"", b.strip(), b.replace(b"q", b"z"), bytes(b), b.lower(), b[0:2], b.join([b"1", b"2"]),
          b"".join([b]), b.split()[0], b * 2):
    print(type(r).__name__, r)
print(B(b"abc", ) if False else B("é", "utf-8"), B([65, 66]), B(3), type(B()).__name__, isinstance(B(), bytes))
b.attr = 5
print(b.attr, {b: 1}[b"xy"], b"xy" in {b}, B.fromhex("41").__class__.__name__)


class BS(bytes):
    __slots__ = ()


try:
    BS(b"q").attr = 1
except AttributeError as e:
    print("AttributeError:", e)
import pickle, copy
c = copy.copy(b); d = copy.deepcopy(b)
print(type(c).__name__, c, c.attr, type(d).__name__)
p = pickle.loads(pickle.dumps(b))
print(type(p).__name__, p, p.attr)
