# sys.exit() in __main__ still waits for the non-daemon threads; the status is the one given to exit().
import sys
import threading


def worker():
    threading.main_thread().join()
    print("worker finishes after sys.exit")


threading.Thread(target=worker).start()
sys.exit(5)
