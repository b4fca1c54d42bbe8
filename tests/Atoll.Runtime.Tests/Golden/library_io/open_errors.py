# The errors of open() and of file methods: OSError subclasses with errno/strerror/filename, invalid arguments,
# closed files, unsupported operations.
import io
import os

TMP = os.path.join(os.path.dirname(__file__), "tmp_open_errors")
os.makedirs(TMP, exist_ok=True)
P = os.path.join(TMP, "f.txt")


def show(x):
    return str(x).replace(TMP, "<tmp>")


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", show(repr(r)))
    except Exception as e:
        print(label, "!", type(e).__module__, type(e).__name__, show(e))


try:
    with open(P, "w") as f:
        f.write("text\n")
    try:
        open("no_such_file_for_atoll.txt")
    except FileNotFoundError as e:
        print(e.errno, e.strerror, e.filename, e.filename2, e.args, isinstance(e, OSError))
    attempt("dir", lambda: open(TMP))
    attempt("dir w", lambda: open(TMP, "w"))
    attempt("exists x", lambda: open(P, "x"))
    attempt("notdir", lambda: open(os.path.join(P, "inner")))
    attempt("missing parent", lambda: open(os.path.join(TMP, "nope", "f.txt"), "w"))
    attempt("empty name", lambda: open(""))
    attempt("nul", lambda: open("a\0b"))
    attempt("float", lambda: open(3.5))
    for mode in ["q", "rw", "rr", "r+w", "U", "tb", "ww", "", "rbt", "r+a", 3]:
        attempt(f"mode {mode!r}", lambda: open(P, mode))
    attempt("bin enc", lambda: open(P, "rb", encoding="utf-8"))
    attempt("bin errors", lambda: open(P, "rb", errors="strict"))
    attempt("bin newline", lambda: open(P, "rb", newline=""))
    attempt("bad newline", lambda: open(P, newline="x"))
    attempt("unbuffered text", lambda: open(P, buffering=0))
    attempt("bad encoding", lambda: open(P, encoding="no-such-codec"))
    attempt("encoding type", lambda: open(P, encoding=3))
    attempt("errors type", lambda: open(P, errors=3))

    f = open(P)
    attempt("write to r", lambda: f.write("x"))
    attempt("write bytes", lambda: f.write(b"x"))
    attempt("truncate r", lambda: f.truncate())
    attempt("cur seek", lambda: f.seek(1, 1))
    attempt("end seek", lambda: f.seek(1, 2))
    attempt("neg seek", lambda: f.seek(-1))
    attempt("whence", lambda: f.seek(0, 3))
    f.close()
    for name, op in [("read", lambda: f.read()), ("readline", lambda: f.readline()), ("write", lambda: f.write("")),
                     ("tell", lambda: f.tell()), ("seek", lambda: f.seek(0)), ("flush", lambda: f.flush()),
                     ("fileno", lambda: f.fileno()), ("readable", lambda: f.readable()), ("iter", lambda: iter(f)),
                     ("next", lambda: next(f)), ("with", lambda: f.__enter__()), ("name", lambda: f.name)]:
        attempt("closed text " + name, op)
    f = open(P, "a")
    attempt("read a", lambda: f.read())
    attempt("readline a", lambda: f.readline())
    attempt("write int", lambda: f.write(3))
    f.close()

    f = open(P, "rb")
    attempt("rb write", lambda: f.write(b"x"))
    attempt("rb write str", lambda: f.write("x"))
    attempt("rb neg seek", lambda: f.seek(-1))
    attempt("rb whence", lambda: f.seek(0, 5))
    attempt("rb readinto bytes", lambda: f.readinto(b"xx"))
    f.close()
    for name, op in [("read", lambda: f.read()), ("readline", lambda: f.readline()), ("seek", lambda: f.seek(0)),
                     ("tell", lambda: f.tell()), ("readlines", lambda: f.readlines()), ("next", lambda: next(f))]:
        attempt("closed rb " + name, op)
    f = open(P, "wb")
    attempt("wb read", lambda: f.read())
    attempt("wb write str", lambda: f.write("x"))
    attempt("wb write int", lambda: f.write(3))
    f.close()
    attempt("closed wb write", lambda: f.write(b""))
    attempt("closed wb flush", lambda: f.flush())
    f = open(P, "wb", buffering=0)
    attempt("raw read", lambda: f.read())
    f.close()
    attempt("closed raw read", lambda: f.read())
    f = open(P, "rb", buffering=0)
    attempt("raw write", lambda: f.write(b"x"))
    f.close()

    e = io.UnsupportedOperation("msg")
    print(isinstance(e, OSError), isinstance(e, ValueError), io.UnsupportedOperation.__mro__)
    try:
        with open(P) as g:
            g.write("x")
    except ValueError as e:
        print("caught as ValueError:", e)
    try:
        open(P).write("x")
    except OSError as e:
        print("caught as OSError:", e)
finally:
    for name in os.listdir(TMP):
        os.remove(os.path.join(TMP, name))
    os.rmdir(TMP)
print(os.path.exists(TMP))
