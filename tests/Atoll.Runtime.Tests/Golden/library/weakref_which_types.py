# Which objects accept weak references, as in CPython.
import sys
import weakref


class Plain:
    def method(self):
        pass


class IntSub(int):
    pass


class TupleSub(tuple):
    pass


class StrSub(str):
    pass


class ListSub(list):
    pass


class DictSub(dict):
    pass


class FloatSub(float):
    pass


class ExcSub(Exception):
    pass


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


def gen():
    yield 1


g = gen()
samples = [
    1, True, 1.5, 2j, "s", b"b", bytearray(b"x"), (), [], {}, None, range(3), slice(1), object(), Exception(),
    iter([]), NotImplemented, ..., set(), frozenset(), len, Plain, Plain(), Plain().method, lambda: 0, g, gen.__code__,
    sys, memoryview(b"m"), property(), staticmethod(len), classmethod(len), IntSub(1), TupleSub(), StrSub("s"),
    ListSub(), DictSub(), FloatSub(1.0), ExcSub(), WithMeta, int, weakref.ref(Plain), weakref.proxy(Plain()),
]
for s in samples:
    try:
        weakref.ref(s)
        print(type(s).__name__, "ok")
    except TypeError as e:
        print(type(s).__name__, "TypeError:", e)
g.close()
