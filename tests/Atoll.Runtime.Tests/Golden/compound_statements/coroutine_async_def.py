# async def creates coroutine functions; driving coroutines by hand with send(None).
class Sleep:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        yield self.tag
async def add(a, b):
    await Sleep(f"add({a}, {b})")
    return a + b
async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return [x, y]
def run(coro):
    steps = []
    try:
        while True:
            steps.append(coro.send(None))
    except StopIteration as e:
        return e.value, steps
print(run(main()))
c = add(1, 2)
print(type(add).__name__, type(c).__name__)
c.close()
async def no_await():
    return "no await needed"
print(run(no_await()))
async def raises():
    await Sleep("before error")
    raise ValueError("in coroutine")
try:
    run(raises())
except ValueError as e:
    print(type(e).__name__, e)
async def deep(n):
    if n == 0:
        await Sleep("bottom")
        return 0
    return 1 + await deep(n - 1)
print(run(deep(5)))
for bad in ("async def f():\n    yield from []\n", "def f():\n    await x\n", "await x\n"):
    try:
        compile(bad, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(e.msg)
async def gen_like():
    return [await add(i, i) for i in range(3)]
print(run(gen_like()))
