# Stress: 8 threads x 10,000 increments under a Lock (and under an RLock, and a Semaphore) give the exact total.
import threading

THREADS = 8
STEPS = 10_000


def hammer(guard):
    total = [0]
    start = threading.Barrier(THREADS)

    def work():
        start.wait()  # all threads begin together, to make them compete for the lock
        for _ in range(STEPS):
            with guard:
                value = total[0]
                total[0] = value + 1

    threads = [threading.Thread(target=work) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return total[0]


print("Lock:", hammer(threading.Lock()))
print("RLock:", hammer(threading.RLock()))
print("Semaphore:", hammer(threading.Semaphore(1)))

# Condition ping-pong: two threads take strict turns 2,000 times.
cond = threading.Condition()
turn = ["ping"]
log = []


def player(me, other, rounds):
    for _ in range(rounds):
        with cond:
            cond.wait_for(lambda: turn[0] == me)
            log.append(me)
            turn[0] = other
            cond.notify_all()


a = threading.Thread(target=player, args=("ping", "pong", 2000))
b = threading.Thread(target=player, args=("pong", "ping", 2000))
a.start()
b.start()
a.join()
b.join()
print(len(log), all(log[i] == ("ping" if i % 2 == 0 else "pong") for i in range(len(log))))
