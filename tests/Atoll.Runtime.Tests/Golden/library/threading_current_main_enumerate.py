# current_thread(), main_thread(), get_ident(), active_count(), enumerate() and threads started by _thread.
import threading
import _thread

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon, main.is_alive())
print(type(main).__name__, main.ident == threading.get_ident(), main.ident == _thread.get_ident())
print(type(threading.get_native_id()).__name__, repr(main).startswith("<_MainThread(MainThread, started "))
print(threading.active_count(), threading.enumerate() == [main])

seen = {}
ready = threading.Event()
go = threading.Event()


def worker(key):
    me = threading.current_thread()
    seen[key] = (me.name, me.ident == threading.get_ident(), me is not main)
    ready.set()
    go.wait()


t = threading.Thread(target=worker, args=("a",), name="worker-a")
t.start()
ready.wait()
print(seen["a"])
print(threading.active_count(), t in threading.enumerate(), main in threading.enumerate())
print(sorted(x.name for x in threading.enumerate()))
go.set()
t.join()
print(threading.active_count(), t in threading.enumerate())

# A thread not started by threading gets a dummy Thread object: a daemon that cannot be joined.
info = {}
done = threading.Lock()
done.acquire()


def raw():
    me = threading.current_thread()
    info["name"] = me.name.startswith("Dummy-")
    info["daemon"] = me.daemon
    info["alive"] = me.is_alive()
    info["same"] = me is threading.current_thread()
    info["listed"] = me in threading.enumerate()
    try:
        me.join()
    except RuntimeError as e:
        info["join"] = str(e)
    done.release()


_thread.start_new_thread(raw, ())
done.acquire()
print(sorted(info.items()))
