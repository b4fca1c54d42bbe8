# Every binary operator dunder, called through the operators.
class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"N({self.v})"
def make(name):
    def op(self, other):
        return f"{name}({self!r}, {other!r})"
    return op
for dunder in ("add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod", "pow",
               "lshift", "rshift", "and", "xor", "or"):
    setattr(N, f"__{dunder}__", make(dunder))
a = N(1)
print(a + 2)
print(a - 2)
print(a * 2)
print(a @ 2)
print(a / 2)
print(a // 2)
print(a % 2)
print(divmod(a, 2))
print(a ** 2)
print(pow(a, 2))
print(a << 2)
print(a >> 2)
print(a & 2)
print(a ^ 2)
print(a | 2)
class Ternary:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
print(pow(Ternary(), 2, 5), Ternary() ** 3)
for expr in ("2 + object()", "[] - []", "'a' * 1.5", "1 @ 2", "{} | 1", "None ** 2", "'%d' % 'x'", "[1] + None"):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", type(e).__name__, e)
