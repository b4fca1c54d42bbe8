# generator.throw(): handling inside, propagating out, throwing into unstarted and finished generators.
def handler():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("  generator handled", repr(e))
            yield "recovered"
g = handler()
print(next(g))
print(g.throw(ValueError("first")))
print(next(g))
try:
    g.throw(KeyError("not handled"))
except KeyError as e:
    print("propagated out:", repr(e))
print(next(g, "generator is finished after unhandled exception"))
def never_started():
    print("never printed")
    yield
ns = never_started()
try:
    ns.throw(RuntimeError("into unstarted"))
except RuntimeError as e:
    print("unstarted generator raises immediately:", e)
print(next(ns, "finished"))
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  finally on throw")
wf = with_finally()
next(wf)
try:
    wf.throw(TypeError)
except TypeError as e:
    print("class thrown, instance received:", repr(e))
def returns_on_throw():
    try:
        yield
    except ValueError:
        return "returned after throw"
r = returns_on_throw()
next(r)
try:
    r.throw(ValueError)
except StopIteration as e:
    print("throw -> StopIteration value:", e.value)
def catches_generator_exit_type():
    try:
        yield
    except Exception as e:
        yield f"caught {type(e).__name__}"
c = catches_generator_exit_type()
next(c)
print(c.throw(ZeroDivisionError()))
