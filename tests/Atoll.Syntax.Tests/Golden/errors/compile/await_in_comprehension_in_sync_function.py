def f(xs):
    return [await x for x in xs]
