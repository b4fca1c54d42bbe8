# and/or/not return operands, short-circuit, and truthiness of builtins.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", [] and "x", None or 0, 0 or None)
print(not 1, not 0, not "", not [0], not None)
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or [], 0 or "" or "last", 1 or 1 / 0, 0 and 1 / 0)
print(1 or 2 and 3, (1 or 2) and 3, 0 and 2 or 3, not 1 or 2, not (1 or 2), None and None or "x")
def t(label, value):
    print("evaluated", label)
    return value
print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 0) and t("c", 1))
print(t("a", 0) or t("b", "") or t("c", "third"))
print(t("a", 1) or t("b", 1))
class Truth:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print(f"__bool__ of {self.v}")
        return self.v
    def __repr__(self):
        return f"Truth({self.v})"
print(Truth(False) or Truth(True))
print(Truth(True) and Truth(False))
print(not Truth(True))
x = [] or {} or ()
print(x, type(x).__name__)
print([x for x in [0, 1, "", "a", None, [], [0]] if x and True])
print(bool(0.0), bool(-0.0), bool(0j), bool(float("nan")), bool(" "), bool(b""), bool(bytearray()), bool(range(1)))
