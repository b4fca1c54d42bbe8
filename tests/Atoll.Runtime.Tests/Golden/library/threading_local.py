# threading.local: each thread sees its own attributes; a subclass's __init__ runs again in each new thread.
import threading


def in_thread(fn, *args):
    out = []
    t = threading.Thread(target=lambda: out.append(fn(*args)))
    t.start()
    t.join()
    return out[0]


data = threading.local()
print(type(data).__name__, type(data).__module__)
data.x = 1
data.items = ["main"]
print(data.x, data.__dict__)

def look():
    seen = (hasattr(data, "x"), data.__dict__)
    data.x = "thread"
    data.items = ["thread"]
    return seen, data.x, data.items
print(in_thread(look))
print(data.x, data.items)

# Errors.
try:
    data.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del data.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    data.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)
try:
    threading.local(1, key=2)
except TypeError as e:
    print("TypeError:", e)
del data.x
print(hasattr(data, "x"), sorted(data.__dict__))


# A subclass: __init__ runs with the constructor's arguments in every thread that touches the object; methods and
# class attributes are shared, instance attributes are per thread.
class Settings(threading.local):
    created = 0
    kind = "class attribute"

    def __init__(self, level, *, tag="t"):
        Settings.created += 1
        self.level = level
        self.tag = tag
        self.log = []

    def note(self, text):
        self.log.append(text)
        return len(self.log)

    @property
    def described(self):
        return f"{self.tag}:{self.level}"


s = Settings(3, tag="main")
s.note("a")
s.note("b")
s.level = 4
print(Settings.created, s.level, s.log, s.described, s.kind)

def use_settings():
    before = (s.level, s.tag, list(s.log))
    s.note("x")
    s.kind = "instance attribute"
    return before, s.log, s.described, s.kind, Settings.created
print(in_thread(use_settings))
print(in_thread(use_settings))
print(Settings.created, s.level, s.log, s.kind)


# A failing __init__ in a new thread: the error reaches the attribute access, and the next access tries again.
class Fragile(threading.local):
    attempts = 0

    def __init__(self):
        Fragile.attempts += 1
        if Fragile.attempts == 2:
            raise ValueError("init failed in thread")
        self.ok = True


f = Fragile()
def touch():
    results = []
    for _ in range(2):
        try:
            results.append(f.ok)
        except ValueError as e:
            results.append(str(e))
    return results
print(in_thread(touch), Fragile.attempts)


# Many threads, each with its own value.
counter = threading.local()
results = {}
lock = threading.Lock()
def count(n):
    counter.value = 0
    for _ in range(100):
        counter.value += n
    with lock:
        results[n] = counter.value
threads = [threading.Thread(target=count, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))


# __getattr__ on a subclass is used for missing names; __slots__ of a subclass are shared by all threads.
class WithGetattr(threading.local):
    __slots__ = ("shared",)

    def __getattr__(self, name):
        return f"<default {name}>"


w = WithGetattr()
w.shared = "slot value"
w.own = "per thread"
print(w.anything, w.own, w.shared)
print(in_thread(lambda: (w.own, w.shared)))
