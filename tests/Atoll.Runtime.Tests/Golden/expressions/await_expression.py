# await: suspending on awaitables, awaiting coroutines, results propagating.
class Pause:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        reply = yield self.label
        return f"{self.label}->{reply}"
async def inner(n):
    first = await Pause(f"inner{n}")
    return f"inner({first})"
async def outer():
    a = await inner(1)
    b = await Pause("outer")
    c = await inner(2)
    return [a, b, c]
coro = outer()
out = coro.send(None)
step = 0
while True:
    print("yielded to driver:", out)
    step += 1
    try:
        out = coro.send(f"r{step}")
    except StopIteration as e:
        print("result:", e.value)
        break
async def raises():
    await Pause("before raise")
    raise ValueError("inside coroutine")
async def catcher():
    try:
        await raises()
    except ValueError as e:
        return f"caught {e}"
c = catcher()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
async def no_suspend():
    return await inner_ready()
async def inner_ready():
    return "ready immediately"
try:
    no_suspend().send(None)
except StopIteration as e:
    print(e.value)
async def await_in_expr():
    return (await inner_ready()) + "!", [await inner_ready() for _ in range(2)]
try:
    await_in_expr().send(None)
except StopIteration as e:
    print(e.value)
