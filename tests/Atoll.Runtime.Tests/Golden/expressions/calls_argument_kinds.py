# Calls: positional, keyword, defaults, *args, **kwargs, keyword-only, positional-only.
def f(a, b, /, c, d=4, *args, e, f=6, **kwargs):
    return f"a={a} b={b} c={c} d={d} args={args} e={e} f={f} kwargs={kwargs}"
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5))
print(f(1, 2, 3, 40, 50, 60, e=5, f=66, g=7))
print(f(1, 2, 3, e=5, a="a in kwargs", b="b too"))
def defaults(x, y=[], z=None):
    y.append(x)
    return y, z
print(defaults(1), defaults(2), defaults(3, []), defaults(4, z="z"))
def only_kw(*, k):
    return k
print(only_kw(k="keyword only"))
def only_pos(p, /):
    return p
print(only_pos("positional only"))
def star_only(*args):
    return args
print(star_only(), star_only(1), star_only(*range(3)))
def kw_only(**kw):
    return kw
print(kw_only(), kw_only(a=1, b=2), kw_only(**{"x": 1}))
print(int("ff", base=16), int("11", 2), sorted([3, 1], reverse=True), dict(a=1, **{"b": 2}))
def keyword_names(**kw):
    return list(kw)
print(keyword_names(z=1, a=2, m=3))
print((lambda *a, **k: (a, k))(1, x=2))
def order(a, b, c):
    return a, b, c
print(order(c=3, b=2, a=1), order(1, c=3, b=2))
