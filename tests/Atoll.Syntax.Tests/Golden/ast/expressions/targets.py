(a) = 1
[a, (b, c)] = d
a.b, c[d] = e
(a, b), [c, d] = f
a, = b
[a] = b
a[b:c] = d
a[b, c] = d
x = (yield)
x: tuple = 1, 2
y: int = yield
(z): int
a.b: int = 1
[a, *b, (c, *d)] = e
a, b = b, a
i = j = k = l, m = n
