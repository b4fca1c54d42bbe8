# The raise statement: instances, classes, bare re-raise, from, and invalid raises.
try:
    raise ValueError("instance")
except ValueError as e:
    print(repr(e))
try:
    raise ValueError
except ValueError as e:
    print(repr(e))
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def reraise():
    try:
        1 / 0
    except ZeroDivisionError:
        print("re-raising")
        raise
try:
    reraise()
except ZeroDivisionError as e:
    print("outer caught", e)
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        raise TypeError("converted") from e
except TypeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    raise IndexError("no cause") from None
except IndexError as e:
    print(e.__cause__, e.__suppress_context__, e.__context__)
try:
    raise TypeError("cause is a class") from ValueError
except TypeError as e:
    print(repr(e.__cause__))
try:
    raise TypeError from 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise "string"
except TypeError as e:
    print(type(e).__name__, e)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print(type(e).__name__, e)
class BadInit(Exception):
    def __init__(self):
        raise RuntimeError("constructor failed")
try:
    raise BadInit
except RuntimeError as e:
    print(type(e).__name__, e)
def raise_in_except_after_handled():
    try:
        raise ValueError("first")
    except ValueError:
        pass
    try:
        raise
    except RuntimeError as e:
        return f"{type(e).__name__}: {e}"
print(raise_in_except_after_handled())
e = ValueError("reused instance")
for i in range(2):
    try:
        raise e
    except ValueError as caught:
        print(i, caught is e)
