# yield inside try, except, else and finally blocks; resuming continues inside the handler.
def g():
    try:
        yield "in try"
        raise ValueError("v")
    except ValueError as e:
        yield f"in except ({e})"
    else:
        yield "not reached"
    finally:
        yield "in finally"
    yield "after try statement"
print(list(g()))
def g2():
    try:
        yield 1
    finally:
        yield "finally yields during normal exhaustion"
print(list(g2()))
def g3():
    try:
        yield 1
    finally:
        yield "finally yields during close"
gen = g3()
next(gen)
try:
    gen.close()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    next(gen)
except GeneratorExit as e:
    print("resuming finishes the finally block and re-raises the pending", type(e).__name__)
print(next(gen, "exhausted"))
def g4():
    for i in range(3):
        try:
            yield i
        except KeyError:
            yield f"handled KeyError at {i}"
gen4 = g4()
print(next(gen4), gen4.throw(KeyError), next(gen4), next(gen4), next(gen4, "end"))
def g5():
    with_ctx = []
    class CM:
        def __enter__(self):
            with_ctx.append("enter")
        def __exit__(self, *a):
            with_ctx.append("exit")
    with CM():
        yield "inside with"
        yield with_ctx[:]
    yield with_ctx[:]
print(list(g5()))
