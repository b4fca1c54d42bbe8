# threading.excepthook: the default hook's report, custom hooks, ExceptHookArgs, a failing hook, SystemExit.
import sys
import threading


class Capture:
    """Collects what is written to it (stands in for sys.stderr)."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass

    def report(self):
        # Frames inside the threading module itself are left out: their file and lines are the library's own.
        lines = "".join(self.parts).splitlines()
        self.parts = []
        out = []
        skip_source = False
        for line in lines:
            if line.startswith('  File "') and 'threading.py"' in line:
                skip_source = True
                continue
            if skip_source and line.startswith("    "):
                continue
            skip_source = False
            line = line.replace(__file__, "THIS_FILE")
            if line.startswith("Exception in thread " + str(threading.get_ident())):
                line = "Exception in thread IDENT:"
            out.append(line)
        for line in out:
            print("|", line)


def run(target, name=None):
    t = threading.Thread(target=target, name=name)
    t.start()
    t.join()
    return t


def fails():
    raise ValueError("bad value")


def chained():
    try:
        {}["key"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e


class Quit(SystemExit):
    pass


def quits():
    raise Quit(4)


capture = Capture()
real_stderr = sys.stderr
sys.stderr = capture
run(fails, "failing-thread")
run(chained)
run(lambda: sys.exit(3))
run(lambda: sys.exit("message"))
run(quits, "quits")
sys.stderr = real_stderr
capture.report()

# A custom hook gets ExceptHookArgs.
def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.exc_traceback is args.exc_value.__traceback__,
          args.thread.name, args.thread is threading.current_thread(), len(args), isinstance(args, tuple))

threading.excepthook = hook
run(fails, "hooked")
run(lambda: sys.exit(0), "exits")
print(threading.__excepthook__ is not hook, threading.ExceptHookArgs.__name__)

# A hook that fails: its own exception goes to sys.excepthook.
def broken_hook(args):
    raise TypeError("the hook is broken")

def sys_hook(exc_type, exc, tb):
    print("sys.excepthook:", exc_type.__name__, exc, exc.__suppress_context__)

threading.excepthook = broken_hook
sys.excepthook = sys_hook
sys.stderr = capture
run(fails)
sys.stderr = real_stderr
capture.report()
sys.excepthook = sys.__excepthook__

# The default hook called directly.
threading.excepthook = threading.__excepthook__
sys.stderr = capture
try:
    raise LookupError("direct")
except LookupError as e:
    threading.excepthook(threading.ExceptHookArgs([type(e), e, e.__traceback__, None]))
    threading.excepthook(threading.ExceptHookArgs((SystemExit, SystemExit(1), None, None)))
sys.stderr = real_stderr
capture.report()
args = threading.ExceptHookArgs([1, 2, 3, 4])
print(args.exc_type, args.exc_value, args.exc_traceback, args.thread, tuple(args))
try:
    threading.ExceptHookArgs([1, 2])
except TypeError as e:
    print("TypeError:", e)
