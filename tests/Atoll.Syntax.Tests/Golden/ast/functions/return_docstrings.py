def f():
    "doc"
def g():
    '''multi
    line doc'''
    return 1
def h(x):
    return x,
def k():
    return (yield from g())
