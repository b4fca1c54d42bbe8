# bytes and bytearray basics.
b = b"hello world"
print(b, len(b), b[0], b[-1], b[0:5], b[::-1], type(b[0]).__name__)
print(b.upper(), b.split(), b.replace(b"o", b"0"), b.find(b"o"), b.count(b"l"), b.startswith(b"he"))
print(b"-".join([b"a", b"b"]), b.strip(b"hd"), b"a,b".split(b","))
print(bytes(3), bytes([65, 66, 67]), bytes("é", "utf-8"), bytes(range(3)), bytes(b"x"))
print(b"\x00\xff\n'\"", repr(b"it's"), b"\t\\")
print(b"abc".decode(), b"\xc3\xa9".decode("utf-8"), "é".encode("utf-8"), "abc".encode("ascii"))
print(b"abc".hex(), bytes.fromhex("41 42 43"), b"ab" * 2, b"a" + b"b", 98 in b"abc", b"bc" in b"abc")
print(list(b"AB"), b"abc" == b"abc", b"abc" < b"abd", b"abc" == "abc")
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
ba += b"!"
print(ba, len(ba), bytes(ba), ba.pop(), ba)
del ba[0:2]
print(ba, bytearray(2), bytearray([1, 2]), ba.decode())
try:
    b"abc"[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)
print(b"%s=%d" % (b"k", 5), b"abc".isalpha(), b"Ab".lower(), b"x".center(5, b"."))
