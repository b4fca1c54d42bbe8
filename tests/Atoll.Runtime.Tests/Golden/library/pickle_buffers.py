# Protocol 5's PickleBuffer (PEP 574): in-band bytes and bytearray, out-of-band buffers through buffer_callback and
# buffers=, read-only buffers, release, and the errors.
import pickle
from pickle import PickleBuffer as PB
def attempt(f):
    try:
        print(repr(f()).split(" at 0x")[0])
    except Exception as e:
        print(type(e).__module__, type(e).__name__, str(e).split(" at 0x")[0])
b = PB(b'abc'); ba = PB(bytearray(b'xy'))
print(pickle.dumps(b, 5), pickle.dumps(ba, 5), pickle.dumps([b, b], 5))
bufs = []
d = pickle.dumps([b, ba, b], 5, buffer_callback=bufs.append); print(d, len(bufs), bufs[0] is b, bufs[1] is ba)
r = pickle.loads(d, buffers=[b'one', bytearray(b'two'), b'three'])
print(r[0], type(r[1]).__name__, r[1].readonly if type(r[1]) is memoryview else r[1], r[2])
d = pickle.dumps([b, ba], 5, buffer_callback=lambda x: True); print(d, pickle.loads(d))
attempt(lambda: pickle.dumps(b, 4))
print(b.raw().tobytes(), b.raw().readonly, ba.raw().readonly, PB.__module__, PB.__name__)
big = PB(b'z' * 70000)
print(len(pickle.dumps([big, 1], 5)), pickle.dumps([big, 1], 5)[:20])
b.release()
attempt(lambda: b.raw())
attempt(lambda: pickle.dumps(b, 5))
attempt(lambda: PB(1))
attempt(lambda: pickle.loads(b'\x80\x05\x97.'))
attempt(lambda: pickle.loads(b'\x80\x05\x97\x97.', buffers=[b'a']))
attempt(lambda: pickle.loads(b'\x80\x05\x97\x98.', buffers=[bytearray(b'a')]))
attempt(lambda: pickle.loads(b'\x80\x05\x97\x98.', buffers=[b'a']))
attempt(lambda: pickle.loads(b'\x80\x05\x97.', buffers=[5]))
