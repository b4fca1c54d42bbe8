# __repr__, __str__, __format__, __bytes__ and their fallbacks.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "cents":
            return f"{self.cents}c"
        return format(self.cents / 100, spec)
    def __bytes__(self):
        return str(self).encode()
m = Money(1234)
print(repr(m), str(m), m, [m], f"{m}", f"{m!r}", f"{m:cents}", f"{m:>10.1f}|", format(m, ".3f"), bytes(m))
print("{0} {0!r} {0:cents}".format(m), "%s/%r" % (m, m))
class OnlyRepr:
    def __repr__(self):
        return "<only repr>"
print(str(OnlyRepr()), f"{OnlyRepr()}", format(OnlyRepr(), ""))
try:
    format(OnlyRepr(), "x")
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec):
        return 1
try:
    f"{BadFormat()}"
except TypeError as e:
    print(type(e).__name__, e)
class BadBytes:
    def __bytes__(self):
        return "not bytes"
try:
    bytes(BadBytes())
except TypeError as e:
    print(type(e).__name__, e)
class Inherit(Money):
    pass
print(Inherit(5), repr(Inherit(5)))
print(object.__repr__(OnlyRepr()).startswith("<__main__.OnlyRepr object at "))
class StrSub(str):
    def __str__(self):
        return "custom str"
print(str(StrSub("raw")), StrSub("raw"), f"{StrSub('raw')}", StrSub("raw") + "!")
