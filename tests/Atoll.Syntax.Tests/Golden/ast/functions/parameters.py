def f(): pass
def f(a): pass
def f(a, b=1): pass
def f(a, /): pass
def f(a, /, b): pass
def f(a, /, b, *, c): pass
def f(a=1, /, b=2, *, c, d=4, **e): pass
def f(*, a): pass
def f(*a): pass
def f(**a): pass
def f(*a, b, **c): pass
def f(a,): pass
def f(a, /,): pass
def f(*, a,): pass
def f(a, *b,): pass
def f(a, **b,): pass
def f(a=1, b=2, /, *args, c=3, **kw): pass
