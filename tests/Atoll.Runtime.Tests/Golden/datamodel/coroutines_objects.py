# Coroutine objects: send, throw, close, cr_* attributes, reuse errors.
class Yield:
    def __await__(self):
        return (yield "yielded")
async def co():
    try:
        v = await Yield()
        print("co got", v)
        v = await Yield()
        return "finished " + str(v)
    except KeyError as e:
        print("co caught", repr(e))
        return "handled"
    finally:
        print("co finally")
c = co()
print(c.cr_running, c.cr_frame is not None, c.cr_code.co_name, c.cr_await)
print(c.send(None))
print(c.cr_await is not None)
print(c.send(1))
try:
    c.send(2)
except StopIteration as e:
    print("done:", e.value)
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
c2 = co()
c2.send(None)
try:
    c2.throw(KeyError("k"))
except StopIteration as e:
    print("throw result:", e.value)
c3 = co()
c3.send(None)
c3.close()
print("closed; cr_frame is", c3.cr_frame)
c4 = co()
try:
    c4.send(5)
except TypeError as e:
    print(type(e).__name__, e)
c4.close()
async def simple():
    return 1
s = simple()
try:
    iter(s)
except TypeError as e:
    print(type(e).__name__, e)
s.close()
print(hasattr(s, "__await__"), hasattr(s, "__next__"))
