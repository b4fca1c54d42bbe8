# Yield expressions: value of yield, send, yield in expressions, yield without value.
def echo():
    received = yield "first"
    print("received", received)
    received = yield received * 2
    print("received", received)
    x = (yield) or "default"
    print("x =", x)
    yield
g = echo()
print(next(g))
print(g.send(5))
print(g.send("ab"))
print(g.send(None))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
def in_expression():
    total = 0
    while True:
        total += (yield total)
acc = in_expression()
next(acc)
print(acc.send(3), acc.send(4), acc.send(10))
def yields_tuple():
    yield 1, 2
    y = yield
    yield y
gt = yields_tuple()
print(next(gt), next(gt), gt.send("sent"))
def lambda_gen():
    return (lambda: (yield "from lambda"))()
print(list(lambda_gen()))
def yield_in_args():
    print("printing", (yield "arg1"), (yield "arg2"))
ya = yield_in_args()
print(next(ya), ya.send("A"))
try:
    ya.send("B")
except StopIteration:
    print("done")
print(type(echo).__name__, type(echo()).__name__)
