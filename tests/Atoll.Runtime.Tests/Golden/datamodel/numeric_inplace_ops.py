# In-place operators: __iadd__ etc., fallback to binary and reflected operators.
class I:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"I({self.v})"
def make(name):
    def op(self, other):
        print(f"__i{name}__")
        self.v = f"{self.v} {name} {other}"
        return self
    return op
names = ("add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "xor", "or")
for n in names:
    setattr(I, f"__i{n}__", make(n))
x = I(0)
orig = x
x += 1; x -= 2; x *= 3; x @= 4; x /= 5; x //= 6; x %= 7; x **= 8; x <<= 9; x >>= 10; x &= 11; x ^= 12; x |= 13
print(x, x is orig)
class OnlyBinary:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print("__add__ fallback")
        return OnlyBinary(self.v + other)
y = OnlyBinary(1)
before = y
y += 5
print(y.v, y is before)
class IaddNotImpl:
    def __iadd__(self, other):
        print("__iadd__ -> NotImplemented")
        return NotImplemented
    def __add__(self, other):
        print("__add__ used instead")
        return "result of __add__"
z = IaddNotImpl()
z += 1
print(z)
class RightSide:
    def __radd__(self, other):
        return "RightSide.__radd__"
w = 5
w += RightSide()
print(w)
class ReturnsOther:
    def __iadd__(self, other):
        return "something else"
q = ReturnsOther()
q += 1
print(q)
lst = [1]
alias = lst
lst += [2]
print(lst is alias, alias)
tup = (1,)
talias = tup
tup += (2,)
print(tup is talias, talias)
try:
    n = None
    n += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    s = "a"
    s -= "b"
except TypeError as e:
    print(type(e).__name__, e)
