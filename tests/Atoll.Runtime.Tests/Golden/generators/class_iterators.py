# Iterators written as classes: __next__ ends iteration with StopIteration (raised in many ways), other exceptions
# pass through with their traceback, and every consumer (for, list, sum, zip, next with a default) sees the same.
class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


class Delegating:
    def __init__(self, n):
        self.inner = iter(range(n))

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.inner)  # StopIteration raised by next() inside


class Bad:
    def __iter__(self):
        return self

    def __next__(self):
        raise ValueError("bad next")


class StopVal:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration(5)


total = 0
for k in range(1000):
    for x in Count(3):
        total += x
print(total, list(Count(4)), sum(Count(5)), list(zip(Count(3), Delegating(5))), list(Delegating(0)))
print(list(StopVal()), next(iter(StopVal()), "default"), next(Count(0), "empty"))
try:
    next(Count(0))
except StopIteration as e:
    print("StopIteration", e.args)
try:
    for x in Bad():
        pass
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("ValueError", e, names)


def gen_from(it):
    yield from it


print(list(gen_from(Count(3))), [x * 2 for x in Delegating(3)], dict.fromkeys(Count(2)))
