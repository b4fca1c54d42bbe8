def f():
    return *a, b
    yield *a, b
    yield a, *b
    x = yield *a,
    return a, *b
a[*b, c]
a[c, *b]
a[1:2, *b]
with x as (a, *b):
    pass
with x as [*a]:
    pass
