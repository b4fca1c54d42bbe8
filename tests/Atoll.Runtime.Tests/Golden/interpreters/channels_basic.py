import _thread
from mod_interp.compat import interpreters, channels

r, s = channels.create()
print(r, s, int(r.id) == int(s.id), s.is_closed, r.is_closed)
s.send_nowait(1)
s.send_nowait((2, "x"))
print(r.recv(), r.recv_nowait(), r.recv_nowait(None))
try:
    r.recv_nowait()
except channels.ChannelEmptyError as e:
    print(type(e).__name__, e)
try:
    s.send(5, timeout=0.02)
except TimeoutError as e:
    print(type(e).__name__, e)
print(r.recv_nowait("nothing waiting"))

data = bytearray(b"hello")
s.send_buffer_nowait(data)
view = r.recv_nowait()
print(type(view).__name__, bytes(view))
data[0] = ord("J")
print(bytes(view))

s.send_nowait(1)
try:
    r.close()
except channels.ChannelNotEmptyError as e:
    print(type(e).__name__, e)
s.close()
print(s.is_closed, r.is_closed, r.recv())
try:
    r.recv_nowait()
except channels.ChannelClosedError as e:
    print(type(e).__name__, e)
try:
    s.send_nowait(2)
except channels.ChannelClosedError as e:
    print(type(e).__name__, e)

r, s = channels.create()
sub = interpreters.create()
sub.prepare_main(r=r)
done = _thread.allocate_lock()
done.acquire()


def receive():
    sub.exec("print('sub got', r.recv(), r.recv())")
    done.release()


_thread.start_new_thread(receive, ())
s.send("first")
s.send(("second", 2))
done.acquire()
print("both received")
sub.close()
