# The memo of picklers and unpicklers seen from Python: the memo proxies' copy() and clear(), and assigning a memo.
import pickle, io
p = pickle.Pickler(io.BytesIO(), 2); p.dump(['x'])
m = p.memo; print(type(m).__name__, type(m).__module__, sorted(n for n in dir(m) if not n.startswith('__')))
c = m.copy(); print(sorted((v[0], v[1]) for v in c.values()))
m.clear(); print(m.copy())
s = 'a'
p.memo = {1: (0, s)}; print(list(p.memo.copy().values()))
f = io.BytesIO(); q = pickle.Pickler(f, 2); q.memo = p.memo; q.dump([s, s]); print(f.getvalue())
for bad in (5, {1: 2}):
    try: p.memo = bad
    except Exception as e: print(type(e).__name__, e)
u = pickle.Unpickler(io.BytesIO(b'\x80\x02K\x01q\x05K\x02q\x07\x86.')); u.load(); print(type(u.memo).__name__, u.memo.copy())
u2 = pickle.Unpickler(io.BytesIO(b'\x80\x02h\x05h\x07\x86.')); u2.memo = u.memo; print(u2.load())
for bad in ({'a': 1}, 5):
    try: u.memo = bad
    except Exception as e: print(type(e).__name__, e)
u.memo.clear(); print(u.memo.copy())
