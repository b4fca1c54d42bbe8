# format() and format specs on ints, floats and strings.
print(format(42), format(42, "d"), format(42, "5d"), format(42, "<5d") + "|", format(42, "^7") + "|")
print(format(42, "x"), format(42, "X"), format(42, "#x"), format(42, "o"), format(42, "#o"), format(42, "b"), format(42, "#b"))
print(format(1234567, ","), format(1234567, "_"), format(-42, "+d"), format(42, "+d"), format(42, " d"), format(-3, "05d"))
print(format(3.14159, ".2f"), format(3.14159, "10.3f") + "|", format(0.5, "%"), format(0.25, ".1%"), format(1234.5, ",.2f"))
print(format(12345.678, "e"), format(12345.678, ".2E"), format(0.00001234, "g"), format(1e20, "g"), format(123.0, "g"))
print(format(1.0, ""), format(1e16, ""), format(2.5, ".0f"), format(3.5, ".0f"), format(-0.0, ".1f"), format(1e-7, ".3"))
print(format("hi", "<6") + "|", format("hi", ">6"), format("hi", "*^7"), format("hello", ".3"), format("x", "=<3") + "|")
print(format(True), format(True, "d"), format(None), format([1, 2]), format(65, "c"))
print(format(3, ".2f"), format(-7, "=+6"), format(255, "08b"), format(2 ** 64, ","), format(1.5, "10"))
print(format(float("inf"), "f"), format(float("nan"), ".2f"), format(float("-inf"), "e"))
class F:
    def __format__(self, spec):
        return f"F[{spec}]"
print(format(F(), "abc"), format(F()), f"{F():xyz}", "{:q}".format(F()))
for value, spec in ((3.5, "d"), ("s", "d"), (5, "s"), (object(), "x")):
    try:
        format(value, spec)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, str(e).replace(" at 0x", "@").split("@")[0])
