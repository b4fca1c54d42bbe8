# print: sep, end, multiple args, no args, flush, file.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep="-+-")
print("x", end="")
print("y", end="!\n")
print(1, 2, 3, sep=None, end=None)
print("no args then:", end=" ")
print()
print(*[1, 2, 3], sep=", ")
print(*"abc")
print("to stdout", file=sys.stdout, flush=True)
print("to None file", file=None)
print(None, True, 1.5, [1, "two"], ("t",), {"k": "v"})
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("hello", "world", file=w, sep="_", end=".")
print(w.parts)
sys.stdout.write("written directly\n")
print(sys.stdout.write("abc") if False else "skip")
