# Raising the recursion limit allows deep (50,000 frames) Python recursion.
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(100000)
print(sys.getrecursionlimit())
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1
print(depth(50000))
def total(n, acc=0):
    return acc if n == 0 else total(n - 1, acc + n)
print(total(50000))
def even(n):
    return True if n == 0 else odd(n - 1)
def odd(n):
    return False if n == 0 else even(n - 1)
print(even(40000), odd(40001))
def unbounded(n):
    return unbounded(n + 1)
try:
    unbounded(0)
except RecursionError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
