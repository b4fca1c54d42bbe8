# Nested try statements, exceptions in handlers, re-raising with context.
def inner():
    try:
        raise ValueError("inner")
    except ValueError as e:
        print("inner handler, raising KeyError")
        raise KeyError("from handler")
try:
    inner()
except KeyError as e:
    print(repr(e), "context", repr(e.__context__))
try:
    try:
        raise TypeError("t")
    finally:
        print("inner finally while TypeError propagates")
except TypeError:
    print("outer caught TypeError")
try:
    try:
        raise TypeError("t")
    finally:
        raise ValueError("raised in finally replaces it")
except ValueError as e:
    print(repr(e), "context", repr(e.__context__))
def depth(n):
    try:
        if n == 0:
            raise IndexError("bottom")
        return depth(n - 1)
    finally:
        print("unwinding", n)
try:
    depth(3)
except IndexError as e:
    print("caught", e)
try:
    try:
        raise ValueError("original")
    except ValueError as e:
        try:
            raise KeyError("inner handler")
        except KeyError:
            pass
        raise
except ValueError as e:
    print("bare raise re-raises the handled exception:", repr(e))
for i in range(3):
    try:
        try:
            if i == 0:
                raise ValueError
            if i == 1:
                raise TypeError
        except ValueError:
            print(i, "inner caught ValueError")
    except TypeError:
        print(i, "outer caught TypeError")
    else:
        print(i, "outer else")
