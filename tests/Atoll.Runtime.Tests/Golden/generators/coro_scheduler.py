# A tiny round-robin scheduler driving several coroutines with send(None).
class Yield:
    def __await__(self):
        yield
class Event:
    def __init__(self):
        self.set_flag = False
    def set(self):
        self.set_flag = True
    def __await__(self):
        while not self.set_flag:
            yield
        return "event fired"
log = []
async def worker(name, steps):
    for i in range(steps):
        log.append(f"{name}{i}")
        await Yield()
    return f"{name} finished"
async def waiter(event):
    result = await event
    log.append(f"waiter: {result}")
    return "waiter finished"
async def setter(event):
    await Yield()
    await Yield()
    log.append("setter sets")
    event.set()
    return "setter finished"
def run_all(coros):
    results = {}
    queue = list(enumerate(coros))
    while queue:
        idx, coro = queue.pop(0)
        try:
            coro.send(None)
        except StopIteration as e:
            results[idx] = e.value
        else:
            queue.append((idx, coro))
    return [results[i] for i in range(len(coros))]
ev = Event()
print(run_all([worker("a", 3), worker("b", 1), waiter(ev), setter(ev)]))
print(log)
