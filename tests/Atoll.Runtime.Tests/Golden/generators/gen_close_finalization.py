# generator.close(): GeneratorExit at the paused yield, finally blocks, ignoring GeneratorExit.
def resource():
    print("  acquire")
    try:
        yield "using"
        yield "still using"
    finally:
        print("  release in finally")
r = resource()
print(next(r))
r.close()
print("closed; next gives:", next(r, "nothing"))
r.close()
print("closing again is a no-op")
unstarted = resource()
unstarted.close()
print("closing an unstarted generator runs nothing")
def observes_exit():
    try:
        yield
    except GeneratorExit as e:
        print("  saw", type(e).__name__, "isinstance Exception:", isinstance(e, Exception))
        raise
o = observes_exit()
next(o)
o.close()
def ignores_exit():
    try:
        yield "first"
    except GeneratorExit:
        print("  ignoring GeneratorExit")
    yield "yielded instead of exiting"
i = ignores_exit()
next(i)
try:
    i.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print("still suspended:", i.gi_frame is not None)
def returns_on_exit():
    try:
        yield
    except GeneratorExit:
        return "close() returns this value (new in 3.13)"
rv = returns_on_exit()
next(rv)
print("close() returned:", rv.close())
def raises_other():
    try:
        yield
    finally:
        raise ValueError("from finally during close")
ro = raises_other()
next(ro)
try:
    ro.close()
except ValueError as e:
    print(type(e).__name__, e)
def loop_with_finally():
    for i in range(3):
        try:
            yield i
        finally:
            print("  finally for", i)
lw = loop_with_finally()
for v in lw:
    if v == 1:
        break
print("after break the generator is suspended inside try; closing it explicitly:")
lw.close()
