# Free variables are looked up when the inner function runs (late binding), via cells.
def make_funcs():
    funcs = []
    for i in range(3):
        funcs.append(lambda: i)
    return funcs
print([f() for f in make_funcs()])
def make_funcs_default():
    return [lambda i=i: i for i in range(3)]
print([f() for f in make_funcs_default()])
def later():
    def show():
        return value
    value = "assigned after def"
    return show
print(later()())
def shared_cell():
    n = 0
    def a():
        return n
    def b():
        nonlocal n
        n += 5
    return a, b
a, b = shared_cell()
b(); b()
print(a(), a.__closure__[0].cell_contents, a.__code__.co_freevars, shared_cell.__code__.co_cellvars)
def closure_over_param(p):
    return lambda: p
print(closure_over_param("param")())
def rebinding():
    x = 1
    f = lambda: x
    x = 2
    r1 = f()
    x = 3
    return r1, f()
print(rebinding())
gen_funcs = [(lambda: j) for j in "ab"]
print([f() for f in gen_funcs])
def counter_gen():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = counter_gen()
print(acc(1), acc(10), acc(100))
