# A comprehension in a class body skips the class's names but sees the enclosing function's, even names the class
# also binds; the class passes the function's cell through.
def outer():
    k = "function k"
    v = "function v"
    class Inner:
        k = "class k"
        ks = [k for _ in range(2)]
        both = {v: k for _ in range(1)}
        nested = [[k, v] for _ in range(1) for _ in range(1)]
        def method(self):
            return k
    return Inner
C = outer()
print(C.k, C.ks, C.both, C.nested, C().method())
def counter():
    n = 0
    class Box:
        n = 100
        snapshot = [n + i for i in range(3)]
    n = 5
    return Box.snapshot, [n for _ in range(1)]
print(counter())
