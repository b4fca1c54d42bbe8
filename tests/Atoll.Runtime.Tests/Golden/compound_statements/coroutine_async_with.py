# async with: __aenter__/__aexit__ awaited, multiple items, suppression.
class Tick:
    def __await__(self):
        yield
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await Tick()
        print("open", self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        await Tick()
        print("close", self.name, et.__name__ if et else None)
        return self.suppress
async def main():
    async with Resource("a") as a, Resource("b") as b:
        print("using", a.name, b.name)
    async with Resource("c", suppress=True):
        raise KeyError("suppressed")
    try:
        async with Resource("d"):
            raise ValueError("escapes")
    except ValueError as e:
        print("caught", e)
    for i in range(2):
        async with Resource(f"loop{i}"):
            if i == 0:
                continue
            return "returned from inside async with"
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(main()))
try:
    compile("def f():\n    async with x:\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print(e.msg)
