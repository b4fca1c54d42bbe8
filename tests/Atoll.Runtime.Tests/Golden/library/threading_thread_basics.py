# threading.Thread: names, arguments, run() in subclasses, start/join/is_alive, ident, daemon, repr, errors.
import threading


def show_repr(t):
    # The ident in a repr differs from run to run: print it as IDENT.
    text = repr(t)
    if t.ident is not None:
        text = text.replace(str(t.ident), "IDENT")
    print(text)


def add(a, b, *, scale=1):
    print("add", (a + b) * scale)


t = threading.Thread(target=add, args=(2, 3), kwargs={"scale": 10})
print(t.name, t.ident, t.native_id, t.is_alive(), t.daemon)
show_repr(t)
t.start()
t.join()
print(t.is_alive(), type(t.ident).__name__, type(t.native_id).__name__, t.ident != threading.get_ident())
show_repr(t)

# Default names count up across all threads; a target without __name__ gives a bare name.
class Callable:
    def __call__(self):
        print("callable object ran")

t2 = threading.Thread(target=Callable())
t3 = threading.Thread()
t4 = threading.Thread(target=add, name="adder", args=[1, 1])
t5 = threading.Thread(name="", target=print)
print(t2.name, "|", t3.name, "|", t4.name, "|", t5.name)
for x in (t2, t3, t4):
    x.start()
    x.join()
t4.name = 42
print(repr(t4.name))


# Overriding run() in a subclass; __init__ calls the base first.
class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"counter-{n}")
        self.n = n
        self.total = None

    def run(self):
        self.total = sum(range(self.n))


c = Counter(100)
c.start()
c.join()
print(c.name, c.total)
show_repr(c)

# Daemon flag: inherited from the creating thread, settable before start only.
d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon, threading.Thread(target=lambda: None).daemon)
show_repr(d)
inherited = []
def make_child():
    inherited.append(threading.Thread(target=lambda: None).daemon)
p = threading.Thread(target=make_child, daemon=True)
p.start()
p.join()
print("child of a daemon thread is daemon:", inherited)
d.daemon = False
d.start()
d.join()
try:
    d.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)

# Errors.
try:
    d.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=add).join()
except RuntimeError as e:
    print("RuntimeError:", e)
errors = []
def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        errors.append(str(e))
j = threading.Thread(target=join_self)
j.start()
j.join()
print("RuntimeError:", errors[0])
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)


class NoInit(threading.Thread):
    def __init__(self):
        pass


try:
    NoInit().start()
except RuntimeError as e:
    print("RuntimeError:", e)

# join(timeout) returns when the time is up; is_alive() tells that the thread still runs.
gate = threading.Event()
w = threading.Thread(target=gate.wait)
w.start()
w.join(0.01)
print("alive after join timeout:", w.is_alive())
gate.set()
w.join()
print("alive after join:", w.is_alive())
w.join(-1)
print("joined again")
