# Raising and handling: classes vs instances, handler selection, re-raise, propagation through frames.
def level3():
    raise KeyError("deep")
def level2():
    try:
        level3()
    finally:
        print("level2 finally")
def level1():
    try:
        level2()
    except IndexError:
        print("not reached")
try:
    level1()
except LookupError as e:
    print("caught as LookupError:", type(e).__name__, repr(e))
try:
    raise ValueError
except ValueError as e:
    print("raising a class instantiates it:", repr(e), e.args)
try:
    raise ValueError("a", 2)
except (TypeError, ValueError) as e:
    print("tuple of handlers:", e.args, str(e))
for exc in (ZeroDivisionError(), KeyError(), TypeError()):
    try:
        raise exc
    except ArithmeticError:
        print("ArithmeticError handler for", type(exc).__name__)
    except LookupError:
        print("LookupError handler for", type(exc).__name__)
    except Exception:
        print("Exception handler for", type(exc).__name__)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise object
except TypeError as e:
    print(type(e).__name__, e)
def reraiser():
    try:
        raise RuntimeError("original")
    except RuntimeError:
        print("handling, then re-raising")
        raise
try:
    reraiser()
except RuntimeError as e:
    print("re-raised:", e)
try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("wrong handler")
except ValueError as e:
    print("outer got", e)
class NotAnException:
    pass
try:
    try:
        raise ValueError("v")
    except NotAnException:
        pass
except TypeError as e:
    print(type(e).__name__, e)
