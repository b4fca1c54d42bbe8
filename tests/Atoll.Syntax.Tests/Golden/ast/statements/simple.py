pass
x = 1
x = y = 1
x: int
x: int = 1
(x): int = 1
a.b: int
a[1]: int = 2
x += 1; x -= 1; x *= 1; x /= 1; x //= 1; x %= 1
x **= 1; x @= 1; x &= 1; x |= 1; x ^= 1; x <<= 1; x >>= 1
del x
del x, y[1], z.a
del (a, b), [c]
assert x
assert x, "message"
raise
raise E
raise E from F
return_ = 1
