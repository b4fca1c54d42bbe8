# Unary operators and numeric conversion hooks: __neg__, __pos__, __abs__, __invert__,
# __int__, __float__, __complex__, __index__, __round__.
class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __abs__(self): return "abs"
    def __invert__(self): return "invert"
u = U()
print(-u, +u, abs(u), ~u)
for expr in ("-'a'", "+[]", "~1.5", "abs(None)"):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, type(e).__name__, e)
class Num:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1j
print(int(Num()), float(Num()), complex(Num()))
try:
    [1, 2, 3][Num()]
except TypeError as e:
    print(type(e).__name__, e)
class Idx:
    def __index__(self): return 2
print(int(Idx()), float(Idx()), complex(Idx()), [1, 2, 3][Idx()], "abcd"[Idx():], bin(Idx()), range(Idx()))
class BadInt:
    def __int__(self): return "x"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class BadFloat:
    def __float__(self): return 1
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
class Rnd:
    def __round__(self, ndigits=None):
        return f"round ndigits={ndigits}"
print(round(Rnd()), round(Rnd(), 2))
print(-True, +False, ~True, -(2 ** 63), ~(2 ** 64), -0.0, +(-0.0))
