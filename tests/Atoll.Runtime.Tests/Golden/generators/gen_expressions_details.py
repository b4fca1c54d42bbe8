# Generator expressions are generators: send/throw/close work; first iterable is evaluated immediately.
g = (x * 2 for x in range(3))
print(type(g).__name__, next(g), g.send(None))
try:
    g.throw(ValueError("into genexpr"))
except ValueError as e:
    print("genexpr does not catch:", e)
print(next(g, "finished after throw"))
g2 = (x for x in range(5))
next(g2)
g2.close()
print(list(g2))
def noisy():
    print("  iterable created")
    return range(2)
g3 = (x for x in noisy())
print("genexpr built")
print(list(g3))
try:
    (x for x in 5)
except TypeError as e:
    print("non-iterable rejected at creation:", e)
g4 = (x for x in range(2))
print(g4.gi_running, g4.gi_frame is not None, g4.gi_code.co_name)
