# Tracebacks through yield from chains and awaits.
def inner():
    yield 1
    raise ValueError("deep")
def middle():
    x = yield from inner()
    return x
def outer():
    yield from middle()
class Tick:
    def __await__(self):
        yield
async def c1():
    await Tick()
    return 1 / 0
async def c2():
    return await c1()
def drive(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value

try:
    drive(c2())
except ZeroDivisionError:

    import sys
    tb = sys.exc_info()[2]
    n = 0
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
g = outer()
next(g)
list(g)
