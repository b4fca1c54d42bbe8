# The yield statement makes a function a generator; yield and yield from as statements.
def simple():
    print("started")
    yield 1
    print("between")
    yield 2
    print("ending")
g = simple()
print("created, not started")
for v in g:
    print("got", v)
def delegating():
    yield "own"
    yield from simple()
    yield from [10, 20]
    yield from "ab"
print(list(delegating()))
def never_yields():
    return "x"
    yield
print(type(never_yields()).__name__, list(never_yields()))
def conditional_yield(flag):
    if flag:
        yield "yielded"
print(list(conditional_yield(True)), list(conditional_yield(False)))
try:
    exec("yield 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("class C:\n    yield 1\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
def yield_in_loop():
    for i in range(3):
        yield i
        yield -i
print(list(yield_in_loop()))
