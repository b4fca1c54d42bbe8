# The awaitables of async generator steps: ag_running while a step is in flight, "already running" errors,
# close()/throw() on a step, reuse after completion, athrow/aclose on finished generators.
class Tick:
    def __await__(self):
        return (yield "tick")
async def ag():
    try:
        await Tick()
        yield 1
        await Tick()
        yield 2
    finally:
        print("  fin")
a = ag()
s1 = a.__anext__()
print(s1.send(None), a.ag_running)
s2 = a.__anext__()
for name, aw in (("anext", s2), ("asend", a.asend(None)), ("athrow", a.athrow(KeyError)), ("aclose", a.aclose())):
    try: aw.send(None)
    except BaseException as e: print(name, type(e).__name__, e)
print(a.ag_running)
try: s1.send(None)
except StopIteration as e: print("s1 value", e.value, a.ag_running)
s3 = a.__anext__()
print(s3.send(None), a.ag_running)
print(s3.close(), a.ag_running)
try: s3.send(None)
except BaseException as e: print("after close", type(e).__name__, e)
s4 = a.__anext__()
try: print(s4.send(None))
except BaseException as e: print("s4", type(e).__name__, e)
s5 = a.__anext__()
try: s5.throw(ValueError("into asend"))
except BaseException as e: print("s5", type(e).__name__, e, a.ag_running)
print(a.ag_frame)
c = a.aclose()
try: c.send(None)
except BaseException as e: print("aclose closed", type(e).__name__, repr(e))
try: c.send(None)
except BaseException as e: print("aclose reuse", type(e).__name__, repr(e))
t = a.athrow(KeyError)
try: t.send(None)
except BaseException as e: print("athrow closed", type(e).__name__, repr(e))
async def ag2():
    while True:
        try:
            yield "v"
        except KeyError:
            await Tick()
            yield "after key"
b = ag2()
try: b.__anext__().send(None)
except StopIteration as e: print("b", e.value)
t = b.athrow(KeyError)
print(t.send(None), b.ag_running)
try: t.send(None)
except StopIteration as e: print("athrow result", e.value, b.ag_running)
try: t.send(None)
except BaseException as e: print("athrow reuse", type(e).__name__, e)
c = b.aclose()
try: c.send(None)
except BaseException as e: print("aclose ignoring", type(e).__name__, e)
async def ag3():
    try:
        yield 1
    except KeyError:
        raise ValueError("converted")
a3 = ag3()
try: a3.__anext__().send(None)
except StopIteration as e: print("v", e.value)
t3 = a3.athrow(KeyError)
try: t3.send(None)
except BaseException as e: print("athrow raised", type(e).__name__, e, a3.ag_running)
try: t3.send(None)
except BaseException as e: print("athrow reuse", type(e).__name__, e)
try: a3.athrow(KeyError).send(None)
except BaseException as e: print("athrow after raise", type(e).__name__, repr(e))
try: a3.__anext__().send(None)
except BaseException as e: print("anext after raise", type(e).__name__, repr(e))
b3 = ag3()
try: b3.asend(5).send(None)
except BaseException as e: print("asend 5 fresh", type(e).__name__, e)
c3 = ag3()
s = c3.__anext__()
print(s.close())
try: s.send(None)
except BaseException as e: print("after init close", type(e).__name__, e)
try: c3.__anext__().send(None)
except BaseException as e: print("gen after", type(e).__name__, e)
async def ag4():
    try:
        yield 1
    finally:
        await Tick()
        raise OSError("in finally")
e4 = ag4()
try: e4.__anext__().send(None)
except StopIteration: pass
cl = e4.aclose()
print(cl.send(None))
try: cl.send(None)
except BaseException as e: print("aclose finally raise", type(e).__name__, e)
try: cl.send(None)
except BaseException as e: print("aclose reuse", type(e).__name__, e)
async def ag5():
    try:
        yield 1
    finally:
        await Tick()
        yield 2
f5 = ag5()
try: f5.__anext__().send(None)
except StopIteration: pass
cl = f5.aclose()
print(cl.send(None))
try: cl.send(None)
except BaseException as e: print("aclose yield", type(e).__name__, e, f5.ag_running)
try: f5.__anext__().send(None)
except BaseException as e: print("after", type(e).__name__, repr(e))
