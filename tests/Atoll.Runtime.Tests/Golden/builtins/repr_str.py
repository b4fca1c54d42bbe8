# repr() vs str() for builtins and user classes.
print(repr("a"), str("a"), repr(1), str(1.0), repr(None), repr(...), repr(NotImplemented))
print(repr([1, "a"]), str([1, "a"]), repr(("x",)), repr({1: "y"}))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "str-of-OnlyStr"
    def __repr__(self):
        return "repr-of-OnlyStr"
class Both:
    def __repr__(self):
        return "Both<repr>"
    def __str__(self):
        return "Both<str>"
print(repr(OnlyRepr()), str(OnlyRepr()), OnlyRepr())
print(str(OnlyStr()), repr(OnlyStr()), [OnlyStr()], f"{OnlyStr()}", f"{OnlyStr()!r}")
print(Both(), [Both()], (Both(),), {"k": Both()}, "%s %r" % (Both(), Both()))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
print(repr(int), repr(str), repr(type), repr(object), repr(len), repr(ValueError))
print(repr(ValueError("x")), str(ValueError("x")), repr(KeyError("k")), str(KeyError("k")), str(ValueError()))
print(repr(ValueError(1, 2)), str(ValueError(1, 2)), repr(Exception()), str(Exception("a", "b")))
class Sub(str):
    pass
print(repr(Sub("hi")), type(str(Sub("hi"))).__name__)
print(repr(1e100), repr(-0.0), repr(2 ** 70), repr(True), repr(b"\x01"), repr(range(1, 5, 2)))
print(str(object).startswith("<class"), repr(OnlyRepr).endswith("OnlyRepr'>"))
