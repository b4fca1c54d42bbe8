# An exception raised in finally replaces a pending return value.
def f():
    try:
        return "value"
    finally:
        raise RuntimeError("raised in finally")
f()
