# threading.Barrier: indices, action, n_waiting, abort, reset, timeouts, BrokenBarrierError.
import threading

print(issubclass(threading.BrokenBarrierError, RuntimeError))
try:
    threading.Barrier(0)
except ValueError as e:
    print("ValueError:", e)

actions = []
barrier = threading.Barrier(3, action=lambda: actions.append("tripped"))
print(barrier.parties, barrier.n_waiting, barrier.broken)
indices = []
lock = threading.Lock()
def party():
    for round_no in range(3):
        i = barrier.wait()
        with lock:
            indices.append((round_no, i))
threads = [threading.Thread(target=party) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(indices))
print(actions, barrier.n_waiting, barrier.broken)

# n_waiting counts the threads inside wait(); abort() makes them (and later callers) fail.
barrier = threading.Barrier(3)
outcome = []
def waits():
    try:
        barrier.wait()
        outcome.append("passed")
    except threading.BrokenBarrierError as e:
        outcome.append(("broken", type(e).__name__, str(e)))
threads = [threading.Thread(target=waits) for _ in range(2)]
for t in threads:
    t.start()
# The barrier signals nobody when a thread arrives: check n_waiting until both are inside (no timing involved).
while barrier.n_waiting < 2:
    threading.Event().wait(0.001)
print("n_waiting:", barrier.n_waiting)
barrier.abort()
for t in threads:
    t.join()
print(outcome, barrier.broken, barrier.n_waiting)
try:
    barrier.wait()
except threading.BrokenBarrierError:
    print("wait on a broken barrier raises")
barrier.reset()
print("after reset:", barrier.broken)

# reset() while threads wait: they get BrokenBarrierError, the barrier is usable afterwards.
outcome.clear()
threads = [threading.Thread(target=waits) for _ in range(2)]
for t in threads:
    t.start()
while barrier.n_waiting < 2:
    threading.Event().wait(0.001)
barrier.reset()
for t in threads:
    t.join()
print(outcome, barrier.broken)
outcome.clear()
threads = [threading.Thread(target=waits) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(outcome)

# A timeout breaks the barrier for everyone.
barrier = threading.Barrier(2, timeout=0.01)
try:
    barrier.wait()
except threading.BrokenBarrierError:
    print("timed out:", barrier.broken)
barrier = threading.Barrier(2)
try:
    barrier.wait(timeout=0.01)
except threading.BrokenBarrierError:
    print("timed out (argument):", barrier.broken)

# An action that raises breaks the barrier; the exception goes to the thread that ran it.
def bad_action():
    raise KeyError("action failed")
barrier = threading.Barrier(2, action=bad_action)
outcome.clear()
def waits_and_reports():
    try:
        barrier.wait()
        outcome.append("passed")
    except threading.BrokenBarrierError:
        outcome.append("broken")
    except KeyError as e:
        outcome.append(("action error", str(e)))
threads = [threading.Thread(target=waits_and_reports) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(outcome, key=str), barrier.broken)
