# return in generators sets StopIteration.value; StopIteration raised inside becomes RuntimeError (PEP 479).
def g():
    yield 1
    return "the value"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value, e.args)
def returns_tuple():
    return (1, 2)
    yield
try:
    next(returns_tuple())
except StopIteration as e:
    print(e.value, e.args)
def returns_none():
    yield
    return None
r = returns_none()
next(r)
try:
    next(r)
except StopIteration as e:
    print(e.value, e.args)
def leaks_stopiteration():
    yield 1
    raise StopIteration("explicit")
l = leaks_stopiteration()
next(l)
try:
    next(l)
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
def next_on_empty():
    yield next(iter([]))
try:
    list(next_on_empty())
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(g()))
def returns_stopiteration_object():
    yield
    return StopIteration("a StopIteration as a value")
x = returns_stopiteration_object()
next(x)
try:
    next(x)
except StopIteration as e:
    print(repr(e.value))
