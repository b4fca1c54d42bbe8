# A __repr__ that raises: the exception propagates out of repr(), str(), print() and containers.
class Bad:
    def __repr__(self):
        raise ValueError("repr failed")
b = Bad()
for label, fn in (("repr", repr), ("str", str), ("print", print), ("list repr", lambda x: repr([x])),
                  ("f-string", lambda x: f"{x}"), ("format !r", lambda x: "{!r}".format(x)), ("%r", lambda x: "%r" % (x,))):
    try:
        fn(b)
    except ValueError as e:
        print(label, "->", type(e).__name__, e)
class BadStr:
    def __str__(self):
        raise RuntimeError("str failed")
    def __repr__(self):
        return "BadStr()"
print(repr(BadStr()), [BadStr()])
try:
    print(BadStr())
except RuntimeError as e:
    print(type(e).__name__, e)
class Recursive:
    def __repr__(self):
        return repr(self)
try:
    repr(Recursive())
except RecursionError as e:
    print(type(e).__name__, e)
