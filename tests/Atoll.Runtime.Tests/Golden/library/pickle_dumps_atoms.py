# pickle.dumps of None, bools, ints, floats, str and bytes at every protocol: the exact bytes.
import pickle

print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
values = [
    None, True, False,
    0, 1, 255, 256, 65535, 65536, -1, -256, 2**31 - 1, 2**31, -2**31, -2**31 - 1,
    2**63 - 1, 2**63, -2**63, -2**64, 2**64, 10**40, -(10**40), 2**2100,
    0.0, -0.0, 1.5, -2.25, 1e100, 1e-300, 3.141592653589793, float("inf"), float("-inf"), float("nan"),
    "", "a", "hello world", "h\u00e9llo", "\u20ac\u4e2d", "\U0001f600", "line\nbreak", "back\\slash",
    "\r\x00\x1a", "\ud800", "x\udfffy", "a" * 255, "b" * 256,
    b"", b"ab", b"\x00\xff\x80", b"c" * 255, b"d" * 256,
]
for v in values:
    for proto in range(6):
        data = pickle.dumps(v, proto)
        shown = repr(v) if len(repr(v)) < 40 else repr(v)[:37] + "..."
        if len(data) > 120:
            data = data[:60] + b"..." + data[-20:]
        print(proto, shown, data)

print(pickle.dumps(5, -1))
print(pickle.dumps("x", protocol=None))
print(pickle.dumps(7, 2, fix_imports=False))
