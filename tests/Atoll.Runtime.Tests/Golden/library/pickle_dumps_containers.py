# Containers at every protocol: tuples (TUPLE1-3, MARK forms), lists, dicts, sets, frozensets, bytearrays, nesting,
# shared references and cycles through the memo (PUT/BINPUT/MEMOIZE, GET), batches of 1000 items.
import pickle

def show(v, protos=range(6)):
    for proto in protos:
        data = pickle.dumps(v, proto)
        if len(data) > 160:
            data = data[:70] + b"..." + data[-40:]
        print(proto, data)

for v in [(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2], [[], [[]]], {}, {1: 2}, {"a": 1, "b": [2]},
          set(), {1}, {1, 2, 3}, frozenset(), frozenset({4, 5}), bytearray(), bytearray(b"xy"),
          ((1, 2), [3, (4,)], {5: (6, 7)})]:
    print(repr(v))
    show(v)

print("shared")
s = "shared"
show((s, s, [s]))
inner = [1, 2]
show([inner, inner, (inner,)])
t = (1, 2)
show([t, t])
b = b"ab"
show([b, b])
show([b"a", b"b"])

print("cycles")
l = [1]
l.append(l)
show(l)
d = {}
d["self"] = d
show(d)
c = []
tc = (c,)
c.append(tc)
show(tc)
c4 = []
t4 = (c4, 1, 2, 3)
c4.append(t4)
show(t4)
fs_holder = []
show([fs_holder, fs_holder])

print("memo indexes beyond 255")
strs = ["s%d" % i for i in range(300)]
for proto in range(6):
    data = pickle.dumps(strs + strs[::-1], proto)
    print(proto, len(data), data[-40:])

print("batches")
for n in (999, 1000, 1001, 2000, 2001):
    for proto in (0, 1, 2, 4):
        for v in (list(range(n)), {i: 0 for i in range(n)}, set(range(n)), frozenset(range(n))):
            data = pickle.dumps(v, proto)
            print(n, proto, type(v).__name__, len(data), data[-12:])
