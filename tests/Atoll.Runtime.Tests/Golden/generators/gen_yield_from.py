# yield from: delegation to sub-generators and iterables, and the value of the yield from expression.
def sub(n):
    for i in range(n):
        yield f"sub{i}"
    return f"sub returned {n}"
def outer():
    r1 = yield from sub(2)
    print("  r1 =", r1)
    r2 = yield from sub(1)
    print("  r2 =", r2)
    r3 = yield from [10, 20]
    print("  r3 =", r3)
    return "outer done"
gen = outer()
print(list(gen))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain("ab", range(2), (x for x in "z"), {"k": 1})))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def delegate_return():
    value = yield from sub(0)
    yield value
print(list(delegate_return()))
def yf_not_iterable():
    yield from 5
try:
    list(yf_not_iterable())
except TypeError as e:
    print(type(e).__name__, e)
def inner_raises():
    yield 1
    raise ValueError("inner error")
def outer_catches():
    try:
        yield from inner_raises()
    except ValueError as e:
        yield f"outer caught {e}"
print(list(outer_catches()))
