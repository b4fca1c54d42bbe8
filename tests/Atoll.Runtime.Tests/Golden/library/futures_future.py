# concurrent.futures.Future driven by hand: states, results, exceptions, cancellation, callbacks, timeouts.
import concurrent.futures as cf
from concurrent.futures import Future

print(cf.TimeoutError is TimeoutError, issubclass(cf.CancelledError, Exception), issubclass(cf.BrokenExecutor, RuntimeError))
print(cf.CancelledError.__module__, cf.InvalidStateError.__mro__[1].__name__, cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print(Future[int])


def states(f):
    return f.running(), f.done(), f.cancelled()


f = Future()
print(states(f), repr(f).endswith("state=pending>"))
try:
    f.result(timeout=0.01)
except TimeoutError as e:
    print("TimeoutError", repr(e))
try:
    f.exception(timeout=0)
except TimeoutError:
    print("exception(): TimeoutError")
print(f.set_running_or_notify_cancel(), states(f), repr(f).endswith("state=running>"))
print(f.cancel(), states(f))
calls = []
f.add_done_callback(lambda fut: calls.append(("first", fut.result())))
f.add_done_callback(lambda fut: calls.append(("second", fut is f)))
f.set_result(42)
print(states(f), f.result(), f.exception(), calls, repr(f).endswith("state=finished returned int>"))
f.add_done_callback(lambda fut: calls.append("added after completion runs at once"))
print(calls[-1])
for action in (lambda: f.set_result(1), lambda: f.set_exception(ValueError())):
    try:
        action()
    except cf.InvalidStateError as e:
        print("InvalidStateError:", str(e).split(":")[0])

# An exception is re-raised as the same object.
f = Future()
original = KeyError("missing")
f.set_exception(original)
try:
    f.result()
except KeyError as e:
    print("result() raised the original:", e is original)
print(f.exception() is original, repr(f).endswith("state=finished raised KeyError>"))

# Cancellation.
f = Future()
seen = []
f.add_done_callback(lambda fut: seen.append(fut.cancelled()))
print(f.cancel(), f.cancel(), states(f), seen, repr(f).endswith("state=cancelled>"))
for action in (f.result, f.exception):
    try:
        action()
    except cf.CancelledError as e:
        print("CancelledError", repr(e))
print(f.set_running_or_notify_cancel(), f._state)
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print("InvalidStateError:", str(e).split(":")[0])

# A callback that raises is reported and the others still run.
import sys

class Capture:
    def __init__(self):
        self.text = ""

    def write(self, s):
        self.text += s

    def flush(self):
        pass

f = Future()
f.add_done_callback(lambda fut: 1 / 0)
f.add_done_callback(lambda fut: print("second callback still runs"))
capture = Capture()
sys.stderr, saved = capture, sys.stderr
f.set_result(None)
sys.stderr = saved
lines = capture.text.splitlines()
print(lines[0].startswith("exception calling callback for <Future at 0x"), lines[1], lines[-1])
capture.text = ""
sys.stderr = capture
try:
    f.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError:", e)
sys.stderr = saved
print(capture.text == f"Future {id(f)} in unexpected state: FINISHED\n")

# Waiting in another thread.
import threading
f = Future()
got = []
t = threading.Thread(target=lambda: got.append(f.result()))
t.start()
f.set_result("delivered")
t.join()
print(got)
