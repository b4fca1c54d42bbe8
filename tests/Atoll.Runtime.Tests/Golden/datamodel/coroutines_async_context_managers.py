# Asynchronous context managers: __aenter__/__aexit__.
class Step:
    def __await__(self):
        yield
class ACM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await Step()
        print("aenter", self.name)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        await Step()
        print("aexit", self.name, et.__name__ if et else None)
        return self.suppress
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def main():
    async with ACM("a") as x, ACM("b") as y:
        print("body", x, y)
    async with ACM("c", suppress=True):
        raise ValueError("suppressed")
    try:
        async with ACM("d"):
            raise KeyError("k")
    except KeyError:
        print("KeyError propagated")
    return "main done"
print(run(main()))
class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
async def wrong():
    async with SyncOnly():
        pass
try:
    run(wrong())
except TypeError as e:
    print(type(e).__name__, e)
def sync_wrong():
    with ACM("x"):
        pass
try:
    sync_wrong()
except TypeError as e:
    print(type(e).__name__, e)
