print("b: start")
from . import a
print("b: sees partial a; has early_a:", hasattr(a, "early_a"), "has late_a:", hasattr(a, "late_a"))
from_b = "from b"
def use_a_later():
    return a.late_a
print("b: end")
