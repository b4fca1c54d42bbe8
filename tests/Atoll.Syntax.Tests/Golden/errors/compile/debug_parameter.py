def f(x, __debug__=True):
    pass
