lambda: 0
lambda x: x
lambda x, y=1: x + y
lambda *a, **k: (a, k)
lambda a, /, b, *, c: 0
lambda a=1, /, b=2, *, c=3, **d: 0
lambda *, k: k
lambda *a, k=1: k
f = lambda: (yield)
lambda x: lambda y: x + y
