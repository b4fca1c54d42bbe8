# threading.Timer: runs a function after an interval unless cancelled.
import threading

calls = []
t = threading.Timer(0.01, calls.append, args=["fired"])
print(isinstance(t, threading.Thread), t.name.startswith("Thread-"), t.interval, t.args, t.kwargs)
t.start()
t.join()
print(calls, t.finished.is_set())

def greet(who, punctuation="."):
    calls.append(f"hello {who}{punctuation}")
t = threading.Timer(0, greet, ("timer",), {"punctuation": "!"})
t.start()
t.join()
print(calls)

# Cancelled before the interval ends: the function never runs.
t = threading.Timer(60, calls.append, ["never"])
t.start()
t.cancel()
t.join()
print(calls, t.finished.is_set(), t.is_alive())

# Cancelled before it is even started.
t = threading.Timer(0, calls.append, ["never either"])
t.cancel()
t.start()
t.join()
print(calls)
