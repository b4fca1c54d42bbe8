# When __main__ ends, the interpreter waits for the non-daemon threads (not for daemon ones).
import threading

main = threading.main_thread()
release_daemon = threading.Event()


def outlives_main():
    # Joining the main thread returns once the main program has ended and shutdown has begun.
    main.join()
    print("worker: main thread finished, alive =", main.is_alive())
    helper = threading.Thread(target=print, args=("helper started during shutdown runs too",))
    helper.start()


def daemon_forever():
    release_daemon.wait()
    print("never printed: the daemon thread is still waiting when the process ends")


threading._register_atexit(print, "first registered exit callback runs last")
threading._register_atexit(print, "last registered exit callback runs first")
threading.Thread(target=outlives_main, name="worker").start()
threading.Thread(target=daemon_forever, daemon=True).start()
print("main: end of program, main alive =", main.is_alive())
