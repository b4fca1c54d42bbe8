# A return in finally overrides the try's return value and swallows exceptions.
def override():
    try:
        return "try"
    finally:
        return "finally"
print(override())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"
print(swallow())
def swallow_from_except():
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")
    finally:
        return "finally swallowed the KeyError too"
print(swallow_from_except())
def except_return_then_finally():
    try:
        raise ValueError
    except ValueError:
        return "from except"
    finally:
        print("finally runs after except's return expression is evaluated")
print(except_return_then_finally())
def order():
    log = []
    def note(x):
        log.append(x)
        return x
    try:
        return note("try value")
    finally:
        note("finally")
        print(log)
print(order())
def nested():
    try:
        try:
            return "inner try"
        finally:
            return "inner finally"
    finally:
        print("outer finally")
print(nested())
def finally_without_return_keeps_value():
    x = 1
    try:
        return x
    finally:
        x = 2
print(finally_without_return_keeps_value())
def gen():
    try:
        yield 1
        return "try return"
    finally:
        return "finally return"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("generator:", e.value)
