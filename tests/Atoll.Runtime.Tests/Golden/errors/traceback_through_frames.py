# Tracebacks through a generator, a lambda, a comprehension (no frame of its own in 3.13), a property,
# __getattr__ and __init__.
class Thing:
    def __init__(self, n):
        self.n = 10 // n
    @property
    def ratio(self):
        return self.n / 0
    def __getattr__(self, name):
        raise AttributeError(f"no {name} here")
def gen():
    yield 1
    yield Thing(1).ratio
for step in range(4):
    try:
        if step == 0:
            list(gen())
        elif step == 1:
            (lambda t: t.missing)(Thing(2))
        elif step == 2:
            [Thing(k) for k in (1, 0)]
        else:
            Thing(5).absent
    except Exception as e:
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print(type(e).__name__, e, names)
squares = [10 // k for k in (2, 1, 0)]
