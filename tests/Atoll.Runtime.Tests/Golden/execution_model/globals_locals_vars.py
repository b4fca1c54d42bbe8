# globals(), locals() and vars() in different scopes.
gv = 1
print("gv" in globals(), globals()["gv"], globals() is vars(), locals() is globals())
globals()["made_via_globals"] = "hello"
print(made_via_globals)
def f(a, b=2):
    c = 3
    loc = locals()
    return sorted(loc.items())
print(f(1))
def snapshot():
    x = 1
    snap = locals()
    x = 2
    return snap["x"], locals()["x"]
print(snapshot())
def write_locals():
    y = "original"
    locals()["y"] = "changed?"
    return y
print(write_locals())
class C:
    a = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
    b = 2
print(C.names, sorted(k for k in vars(C) if not k.startswith("__")))
def with_closure():
    free = "free var"
    def inner():
        return sorted(locals())
    def inner2():
        free
        return sorted(locals())
    return inner(), inner2()
print(with_closure())
def comprehension_locals():
    outer = 1
    return [sorted(locals()) for item in [0]]
print(comprehension_locals())
