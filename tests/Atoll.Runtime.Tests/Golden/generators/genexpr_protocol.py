g = (x * 2 for x in range(5))
print(next(g), g.send(None), list(g))
g = (x for x in range(5))
print(next(g))
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    print("thrown", e)
print(list(g))
g = (x for x in range(5))
next(g)
print(g.close(), list(g))
g = (1 // (x - 2) for x in range(5))
try:
    print(list(g))
except ZeroDivisionError as e:
    print("zde", e.__traceback__.tb_next.tb_frame.f_code.co_name)
def stop():
    raise StopIteration
g = (stop() for x in range(2))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError", e)
g = (x for x in range(3))
print(g.gi_running, type(g).__name__, g.__name__)
try:
    g.send(5)
except TypeError as e:
    print(e)
print(sum(x for x in [] if x))
