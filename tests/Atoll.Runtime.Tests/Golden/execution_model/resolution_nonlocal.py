# nonlocal rebinds a name in the nearest enclosing function scope.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc()
print(inc(), get())
def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "set by inner"
        inner()
        return x
    return middle(), x
print(outer())
def skip_level():
    v = 1
    def middle():
        def inner():
            nonlocal v
            v += 10
        inner()
    middle()
    return v
print(skip_level())
def independent():
    fs = []
    for i in range(3):
        def make(i=i):
            val = i
            def get():
                nonlocal val
                val += 100
                return val
            return get
        fs.append(make())
    return [f() for f in fs], [f() for f in fs]
print(independent())
def nonlocal_with_del():
    z = 1
    def remove():
        nonlocal z
        del z
    remove()
    try:
        return z
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(nonlocal_with_del())
