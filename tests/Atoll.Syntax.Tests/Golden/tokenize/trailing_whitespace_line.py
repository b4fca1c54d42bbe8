def f():
    pass
    