b = b"hello world"
m = memoryview(b)
print(len(m), m[0], m[-1], bytes(m[1:4]), m[1:4].tobytes(), m.readonly, m.format, m.itemsize, m.nbytes)
print(m.tolist()[:3], m.hex()[:6], m == b"hello world", m[::2].tobytes())
ba = bytearray(b"abc")
mv = memoryview(ba)
mv[0] = 65
print(ba, mv.readonly, list(mv))
try:
    m[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    m[100]
except IndexError as e:
    print("IndexError", e)
with memoryview(b"xy") as r:
    print(r.tobytes())
print(type(r).__name__)
try:
    len(r)
except ValueError as e:
    print("ValueError", e)
print(type(m).__name__)
