# The nonlocal statement and its compile-time errors.
def outer():
    a = 1
    b = 2
    def inner():
        nonlocal a, b
        a, b = b, a
    inner()
    return a, b
print(outer())
def counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
s = counter()
print(s(), s(), s())
for bad in ("nonlocal x", "def f():\n    nonlocal x\n", "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
            "def f():\n    x = 1\n    def g(x):\n        nonlocal x\n", "class C:\n    x = 1\n    def m(self):\n        nonlocal x\n"):
    try:
        compile(bad, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(e.msg)
def in_class():
    v = "function var"
    class C:
        nonlocal v
        v = "rebound from class body"
    return v
print(in_class())
