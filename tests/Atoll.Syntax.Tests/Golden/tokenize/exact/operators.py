# Every operator and delimiter of Python 3.13.
a = b + c - d * e / f // g % h ** i @ j
a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1; a @= 1
a &= 1; a |= 1; a ^= 1; a >>= 1; a <<= 1
x = ~a & b | c ^ d << 1 >> 2
y = a < b > c <= d >= e == f != g
z = (a, [b], {c: d}); z.attr; z[1:2:3]; w = ...
def f(*args, **kwargs) -> int: ...
if (n := len(z)) > 1: pass
print(f"{x!r}")
@decorator
class C: pass
