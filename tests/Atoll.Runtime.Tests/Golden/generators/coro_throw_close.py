# Coroutine objects support throw() and close() like generators, forwarded through await.
class Suspend:
    def __await__(self):
        try:
            yield "suspended"
        except KeyError as e:
            print("  __await__ iterator saw", repr(e))
            return "recovered in awaitable"
async def inner():
    try:
        return await Suspend()
    finally:
        print("  inner finally")
async def outer():
    try:
        r = await inner()
        return f"outer got {r}"
    except ValueError as e:
        return f"outer caught {e!r}"
c = outer()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("result:", e.value)
c2 = outer()
c2.send(None)
try:
    c2.throw(ValueError("v"))
except StopIteration as e:
    print("result:", e.value)
c3 = outer()
c3.send(None)
print(c3.close())
print("c3 closed, cr_frame:", c3.cr_frame)
c4 = outer()
try:
    c4.throw(TypeError("into unstarted coroutine"))
except TypeError as e:
    print(type(e).__name__, e)
c5 = outer()
c5.close()
try:
    c5.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
