# Default values are evaluated once, when the def statement executes.
print("before def")
def note(x):
    print("evaluating default", x)
    return x
def f(a=note(1), b=note(2)):
    return a, b
print("after def")
print(f(), f(10))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
n = 5
def uses_n(x=n):
    return x
n = 6
print(uses_n())
def counter(d={}):
    d["calls"] = d.get("calls", 0) + 1
    return d["calls"]
counter(); counter()
print(counter())
f.__defaults__ = ("replaced", "defaults")
print(f())
def kw(*, k=note("kw default")):
    return k
print(kw(), kw.__kwdefaults__)
fs = [lambda x=i: x for i in range(3)]
print([g() for g in fs])
try:
    exec("def bad(a=1, b):\n    pass\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
