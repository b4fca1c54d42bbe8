# chr/ord and integer-to-string conversions.
print(chr(65), chr(0x263A), repr(chr(0)), repr(chr(10)), ord("a"), ord("€"), ord("\U0001F600"))
print(bin(10), bin(-10), bin(0), hex(255), hex(-255), hex(0), oct(8), oct(-8), oct(0))
print(bin(2 ** 70), hex(2 ** 64), oct(2 ** 40))
print(int(bin(37), 2), int(hex(4096), 16), int(oct(99), 8))
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("")
except TypeError as e:
    print(type(e).__name__, e)
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 42
print(bin(Idx()), hex(Idx()), oct(Idx()), chr(Idx()), ("abc" * 20)[Idx()], list(range(50))[Idx()], [1, 2] * Idx() == [1, 2] * 42)
print(ord(b"A"), ord(bytearray(b"z")))
