# The await protocol: __await__ may be a generator method, may use yield from, and its return value is the result.
class Compute:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        total = 0
        for i in range(self.n):
            got = yield f"step {i}"
            total += got
        return total
class Delegating:
    def __await__(self):
        result = yield from Compute(2).__await__()
        return result * 100
async def main():
    a = await Compute(3)
    b = await Delegating()
    return a, b
c = main()
out = c.send(None)
i = 1
while True:
    print(out)
    try:
        out = c.send(i)
    except StopIteration as e:
        print("result:", e.value)
        break
    i += 1
async def sub():
    return "from sub"
class AwaitsCoroutine:
    def __await__(self):
        return sub().__await__()
async def main2():
    return await AwaitsCoroutine()
try:
    main2().send(None)
except StopIteration as e:
    print(e.value)
async def cw():
    pass
cobj = cw()
w = cobj.__await__()
print(iter(w) is w, hasattr(w, "send"), hasattr(w, "throw"))
try:
    next(w)
except StopIteration as e:
    print("__await__ iterator finished:", e.value)
class GenAwait:
    __await__ = None
async def bad():
    await GenAwait()
try:
    bad().send(None)
except TypeError as e:
    print(type(e).__name__, e)
