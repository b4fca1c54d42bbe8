# generator.send(): priming, values flowing both ways, errors.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
acc = accumulator()
print(acc.send(None))
print(acc.send(5), acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)
fresh = accumulator()
try:
    fresh.send(1)
except TypeError as e:
    print(type(e).__name__, e)
def echo():
    reply = None
    while True:
        reply = yield f"echo: {reply}"
e = echo()
print(next(e), e.send("a"), e.send("b"), next(e))
def averager():
    count = 0
    total = 0.0
    avg = None
    while True:
        term = yield avg
        count += 1
        total += term
        avg = total / count
a = averager()
next(a)
print([a.send(v) for v in (10, 20, 60)])
done = accumulator()
next(done)
try:
    done.send(None)
except StopIteration:
    pass
try:
    done.send(None)
except StopIteration as e:
    print("send to finished generator raises StopIteration again, value:", e.value)
