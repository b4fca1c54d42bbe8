# RecursionError from unbounded direct and mutual recursion, caught; the program continues.
import sys
def direct(n):
    return direct(n + 1)
try:
    direct(0)
except RecursionError as e:
    print(type(e).__name__, "|", e, "|", isinstance(e, RuntimeError))
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
try:
    ping(0)
except RecursionError as e:
    print("mutual:", type(e).__name__, e)
depth = 0
def measure():
    global depth
    depth += 1
    measure()
try:
    measure()
except RecursionError:
    print("depth reached is large:", depth > 500, "and below the limit:", depth <= sys.getrecursionlimit())
def after():
    return "normal calls work again"
print(after())
def recurse_in_handler(n):
    try:
        return recurse_in_handler(n + 1)
    except RecursionError:
        return f"caught at some level"
print(recurse_in_handler(0))
lam = lambda: lam()
try:
    lam()
except RecursionError as e:
    print("lambda:", type(e).__name__)
class Method:
    def go(self):
        return self.go()
try:
    Method().go()
except RecursionError as e:
    print("method:", type(e).__name__)
