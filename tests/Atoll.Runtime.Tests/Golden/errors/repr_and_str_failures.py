# Exceptions whose __str__ or __repr__ raise, caught and uncaught; IndexError and KeyError messages.
class BadStr(Exception):
    def __str__(self):
        raise ValueError("str failed")
class BadRepr:
    def __repr__(self):
        raise TypeError("repr failed")
try:
    repr([BadRepr()])
except TypeError as e:
    print("caught:", e)
print(repr(KeyError(BadRepr)) if False else "skip")
for f in (lambda: [][5], lambda: ()[1], lambda: "ab"[7], lambda: {}[(1, 2)], lambda: {}[""], lambda: [1].pop(3),
          lambda: {}.pop("k"), lambda: set().pop(), lambda: [].pop()):
    try:
        f()
    except (IndexError, KeyError) as e:
        print(type(e).__name__, str(e), repr(e))
raise BadStr("ignored")
