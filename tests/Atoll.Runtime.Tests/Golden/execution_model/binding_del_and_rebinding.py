# Rebinding and unbinding names across scopes; functions capture variables, not values.
x = 1
def read_x():
    return x
x = 2
print(read_x())
del x
try:
    read_x()
except NameError as e:
    print(type(e).__name__, e)
x = 3
print(read_x())
def make():
    v = "first"
    get = lambda: v
    v = "second"
    return get
print(make()())
def loop_closures():
    out = []
    for i in range(3):
        def f():
            return i
        out.append(f)
    i = "after loop"
    return [f() for f in out]
print(loop_closures())
def param_shadowing(print=None):
    return print
print(param_shadowing("param named print"))
def class_rebinds():
    class C:
        pass
    first = C
    class C:
        pass
    return first is C, C.__qualname__
print(class_rebinds())
def func_rebinds():
    def f():
        return 1
    g = f
    def f():
        return 2
    return g(), f()
print(func_rebinds())
