# Which operand's method runs, and when: reflected methods, subclasses, NotImplemented, in-place fallbacks.
class Base:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
    def __radd__(self, other):
        return f"{self.name}.__radd__({other!r})"
class Left(Base):
    pass
class Right(Base):
    pass
print(Left("l") + Right("r"))
print(1 + Left("l"))
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Num({self.v})"
    def __sub__(self, other):
        return f"sub({self!r}, {other!r})"
    def __add__(self, other):
        return f"add({self!r}, {other!r})"
    def __lt__(self, other):
        return "lt-object"
n = Num(1)
print(n - 2, n + 2, n - -3, n < 5, (n < 5) is True)
class SubNum(Num):
    def __rsub__(self, other):
        return f"rsub({self!r}, {other!r})"
print(Num(1) - SubNum(2), SubNum(2) - Num(1))
class Same(Num):
    pass
print(Num(1) - Same(2))
class OnlyAdd:
    def __add__(self, other):
        return "added"
x = OnlyAdd()
x += 1
print(x)
y = OnlyAdd()
try:
    y -= 1
except TypeError as e:
    print("TypeError", e)
for expr in ("1.0 & 1", "1 | 2.5", "2 << 1.0", "1.5 >> 1", "3 @ 4", "1j // 2", "1j % 2", "'a' - 'b'", "[1] - [1]", "None + 1"):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
s = "ab"
try:
    s -= "b"
except TypeError as e:
    print("TypeError", e)
t = (1,)
try:
    t *= 1.5
except TypeError as e:
    print("TypeError", e)
for expr in ("1 % 0", "1 // 0", "divmod(1, 0)", "1 / 0", "2 ** -1 * 0 ** -1"):
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", e)
print(-(-5), ~~7, not not 3, -(2 ** 63), ~(2 ** 64))
