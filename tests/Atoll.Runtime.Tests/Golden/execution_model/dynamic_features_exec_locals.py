# exec/eval inside functions see a snapshot of locals; they cannot create new function locals.
def f():
    a = 1
    exec("a = 2; b = 3")
    return a, "b" in locals()
print(f())
def g():
    ns = {}
    exec("a = 2; b = 3", globals(), ns)
    return ns
print(g())
def h():
    x = 10
    return eval("x + 1"), eval("[x * i for i in range(3)]")
print(h())
def k():
    y = 5
    def inner():
        return eval("y")
    try:
        return inner()
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(k())
def k2():
    y = 5
    def inner():
        y
        return eval("y")
    return inner()
print(k2())
code = "def made():\n    return 'made by exec'\n"
exec(code)
print(made())
class C:
    exec("injected = 'exec in class body'")
print(C.injected)
