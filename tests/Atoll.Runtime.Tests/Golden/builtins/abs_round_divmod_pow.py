# abs, round, divmod, pow.
print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(True), abs(-(2 ** 80)), abs(3 + 4j))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(1.25, 1))
print(round(123.456, -1), round(123, -1), round(125, -1), round(135, -1), round(-125, -1), round(7, 2))
print(round(3.7), type(round(3.7)).__name__, round(3.7, 0), type(round(3.7, 0)).__name__, round(5, None))
print(round(1234567, -3), round(0.1 + 0.2, 10))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(0, 5), divmod(2 ** 70, 3))
print(divmod(7.0, 2), divmod(-7, 2.0))
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(3, -1, 7), pow(-2, 3), pow(2.0, 3), pow(0, 0), pow(5, 0, 1))
print(pow(7, 2, -5), pow(-7, 2, 5), pow(2, 100, 10 ** 9 + 7))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
class R:
    def __round__(self, n=None):
        return ("rounded", n)
    def __abs__(self):
        return "absolute"
print(round(R()), round(R(), 3), abs(R()))
