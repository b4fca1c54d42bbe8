print("a: start")
early_a = "defined before importing b"
from . import b
print("a: after importing b, b.from_b =", b.from_b)
late_a = "defined after importing b"
