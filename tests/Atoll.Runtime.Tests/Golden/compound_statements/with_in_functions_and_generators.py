# with statements around return, yield and exceptions inside functions and generators.
log = []
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        log.append(f"enter {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name} ({et.__name__ if et else 'ok'})")
        return False
def f():
    with CM("f"):
        return "returned"
print(f(), log)
log.clear()
def gen():
    with CM("gen"):
        yield 1
        yield 2
g = gen()
print(next(g), log)
print(next(g), log)
print(next(g, "done"), log)
log.clear()
g2 = gen()
next(g2)
g2.close()
print("closed:", log)
log.clear()
def nested():
    with CM("outer"):
        with CM("inner"):
            raise KeyError("k")
try:
    nested()
except KeyError:
    print(log)
