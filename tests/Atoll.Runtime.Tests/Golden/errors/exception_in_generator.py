# A traceback through a generator frame and a generator expression.
def numbers():
    yield 1
    yield 2
    raise StopIteration
def consume():
    return [n * 10 for n in numbers()]
consume()
