# An uncaught exception in __main__ is printed first; then the non-daemon threads are still waited for, and the
# exit status is the exception's.
import threading


def worker():
    threading.main_thread().join()
    print("worker finishes after the main program failed")


threading.Thread(target=worker).start()
print("main raises")
raise ValueError("main failed")
