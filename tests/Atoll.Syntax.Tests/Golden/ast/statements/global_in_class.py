class C:
    global g
    g = 1
    def m(self):
        global h
        h = 2
def outer():
    x = y = 0
    class Inner:
        nonlocal x
        x = 1
    def f():
        nonlocal y
        y += 1
    return Inner, f
