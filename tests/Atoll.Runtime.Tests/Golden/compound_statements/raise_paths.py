# Exceptions raised by statements, calls and failing lookups travel to the handler that catches them through
# every kind of statement: loops, if, with, try/finally, handlers, generators, comprehensions, nested calls.
import sys


def tb_lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def raiser(kind):
    if kind == 0:
        raise ValueError("v")
    if kind == 1:
        return {}["k"]
    if kind == 2:
        return [1, 2][5]
    if kind == 3:
        return (1,)[-3]
    if kind == 4:
        return 1 // 0
    if kind == 5:
        return 1.5 % 0
    if kind == 6:
        return object().nope
    if kind == 7:
        assert kind == 0, "assert message"
    if kind == 8:
        x = 1 / 0
    if kind == 9:
        sys.nope
    return kind


for k in range(11):
    try:
        r = raiser(k)
    except Exception as e:
        print(k, type(e).__name__, e, tb_lines(e))
    else:
        print(k, "ok", r)


# The same failures inside larger expressions (they are thrown there, not raised as a flow).
for k in range(7):
    try:
        r = [raiser(k)] + [0]
    except Exception as e:
        print("nested", k, type(e).__name__, e)

# Division by zero messages for each operand type mix.
for expr in ["1/0", "1.0/0", "1/0.0", "1//0", "1%0", "1.0//0", "1.0%0", "1//0.0", "1%0.0", "True/False", "5 % False"]:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", e)


# try/else runs only when the body finished normally.
def else_after(kind):
    out = []
    for i in range(2):
        try:
            if kind == "break":
                break
            if kind == "continue":
                continue
            if kind == "return":
                return out + ["returned"]
        except KeyError:
            out.append("except")
        else:
            out.append("else")
    return out


for kind in ["normal", "break", "continue", "return"]:
    print("else_after", kind, else_after(kind))


# finally runs on the way out and the exception goes on; finally's own return discards it.
def fin(discard):
    try:
        raise KeyError("from body")
    finally:
        print("  finally ran, handled:", repr(sys.exception()))
        if discard:
            return "discarded"


for discard in (False, True):
    try:
        print("fin", discard, fin(discard))
    except KeyError as e:
        print("fin", discard, "caught", repr(e), tb_lines(e))


# An exception raised in a handler gets the handled one as __context__; raise from sets __cause__.
def in_handler(mode):
    try:
        {}[mode]
    except KeyError as e:
        if mode == "plain":
            raise ValueError("in handler")
        if mode == "from":
            raise ValueError("from") from e
        if mode == "from_none":
            raise ValueError("none") from None
        if mode == "bare":
            raise
        if mode == "lookup":
            [][1]


for mode in ["plain", "from", "from_none", "bare", "lookup"]:
    try:
        in_handler(mode)
    except Exception as e:
        print(mode, repr(e), repr(e.__context__), repr(e.__cause__), e.__suppress_context__, tb_lines(e))


# Exceptions in finally replace the one in flight.
def finally_raises():
    try:
        raise KeyError(1)
    finally:
        raise ValueError(2)


try:
    finally_raises()
except ValueError as e:
    print("finally replaces:", repr(e), repr(e.__context__))


# with: __exit__ sees the exception; a true result suppresses it; a false one lets it through.
class CM:
    def __init__(self, suppress):
        self.suppress = suppress

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("  exit", t.__name__ if t else None, v, tb is not None)
        return self.suppress


for suppress in (True, False):
    try:
        with CM(suppress):
            x = [][0]
        print("with", suppress, "suppressed")
    except IndexError as e:
        print("with", suppress, "propagated", tb_lines(e))


# Deep propagation through loops and conditionals over several frames, then caught far up.
def deep(n):
    for i in range(3):
        while True:
            if i == 1:
                if n == 0:
                    raise LookupError("bottom")
                deep(n - 1)
            break


try:
    deep(4)
except LookupError as e:
    print("deep", e, len(tb_lines(e)), tb_lines(e)[-2:])


# Generators: an exception raised by the body ends the generator and reaches the consumer.
def gen():
    yield 1
    try:
        yield 2
        {}[3]
    except KeyError:
        yield "caught in generator"
    yield 4
    raise RuntimeError("gen done")


try:
    for v in gen():
        print("gen", v)
except RuntimeError as e:
    print("gen raised", e, tb_lines(e))


# Comprehensions and lambdas.
try:
    print([1 // x for x in (1, 0)])
except ZeroDivisionError as e:
    print("comprehension", e)
f = lambda d: d["missing"]
try:
    f({})
except KeyError as e:
    print("lambda", repr(e), tb_lines(e))


# Bound methods, keyword calls, *args calls all propagate the same way.
class K:
    def m(self, x, y=0):
        if x:
            raise TypeError(f"m {x} {y}")
        return y


k = K()
for call in [lambda: k.m(1), lambda: k.m(1, y=2), lambda: K.m(k, 3), lambda: k.m(*(4, 5)), lambda: getattr(k, "m")(6)]:
    try:
        call()
    except TypeError as e:
        print("method", e, len(tb_lines(e)))


# except* with raised and looked-up errors.
try:
    try:
        raise ExceptionGroup("g", [KeyError(1), ValueError(2)])
    except* KeyError:
        raise IndexError("from except*")
except ExceptionGroup as eg:
    print("except*", repr(eg))

# Uncaught: the traceback printed for an exception raised without a throw.
def outer():
    return inner() + 1


def inner():
    d = {"a": 1}
    return d["b"]


outer()
