# Used by tools/check-cpython-wrappers.sh: CPython 3.13's wrappers (copied next to this file as `cpyinterp`) on the
# low-level modules of whichever Python runs it.
import cpyinterp as interpreters
from cpyinterp import queues, channels
print(interpreters.get_main(), interpreters.list_all())
i = interpreters.create()
print(i, i.whence, i.is_running())
i.exec("print('hello from', __name__)")
i.prepare_main(x=5, y="s")
i.exec("print(x, y)")
try:
    i.exec("1/0")
except interpreters.ExecutionFailed as e:
    print("failed:", e.excinfo.type.__name__, e.excinfo.msg)
q = queues.create()
q.put(1)
q.put([1, 2])
print(q.get(), q.get(), q.qsize())
import os
i.exec(f"import sys; sys.path.insert(0, {os.path.dirname(os.path.abspath(__file__))!r}); import cpyinterp.queues")
i.prepare_main(q=q)
i.exec("q.put(('from sub', 2))")
print(q.get())
r, s = channels.create()
s.send_nowait("hi")
print(r.recv())
i.close()
print(interpreters.list_all())
