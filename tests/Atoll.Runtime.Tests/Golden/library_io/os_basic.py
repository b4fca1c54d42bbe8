# A small os: directories and files, rename/remove with their errors, the environment, process facts, fspath.
import os

TMP = os.path.join(os.path.dirname(__file__), "tmp_os_basic")


def show(x):
    return str(x).replace(TMP, "<tmp>")


def attempt(label, fn):
    try:
        print(label, "->", show(repr(fn())))
    except Exception as e:
        print(label, "!", type(e).__name__, show(e), show(e.args), show(getattr(e, "filename", None)), show(getattr(e, "filename2", None)))


print(os.name, repr(os.sep), repr(os.linesep), os.curdir, os.pardir, os.extsep, os.pathsep, os.devnull, os.altsep)
print(isinstance(os.getcwd(), str), os.path.isabs(os.getcwd()), isinstance(os.getpid(), int), os.cpu_count() >= 1)
print(os.path is os.path, type(os.environ).__name__ in ("dict", "_Environ"), os.getenv("ATOLL_SURELY_UNSET_VAR"),
      os.getenv("ATOLL_SURELY_UNSET_VAR", "dflt"))
os.environ["ATOLL_TEST_VAR"] = "value"
print(os.getenv("ATOLL_TEST_VAR"), os.environ["ATOLL_TEST_VAR"])
print("PATH" in os.environ, isinstance(os.environ.get("PATH"), str))

os.mkdir(TMP)
try:
    attempt("mkdir again", lambda: os.mkdir(TMP))
    sub = os.path.join(TMP, "a", "b", "c")
    attempt("mkdir deep", lambda: os.mkdir(sub))
    os.makedirs(sub)
    os.makedirs(sub, exist_ok=True)
    attempt("makedirs again", lambda: os.makedirs(sub))
    print(sorted(os.listdir(TMP)), os.listdir(sub), os.path.isdir(sub))
    f1 = os.path.join(TMP, "one.txt")
    with open(f1, "w") as f:
        f.write("1")
    attempt("makedirs over file", lambda: os.makedirs(f1, exist_ok=True))
    f2 = os.path.join(TMP, "two.txt")
    os.rename(f1, f2)
    print(os.path.exists(f1), os.path.exists(f2), sorted(os.listdir(TMP)))
    attempt("rename missing", lambda: os.rename(f1, f2))
    attempt("listdir missing", lambda: os.listdir(os.path.join(TMP, "nope")))
    attempt("listdir file", lambda: os.listdir(f2))
    attempt("rmdir nonempty", lambda: os.rmdir(os.path.join(TMP, "a")))
    attempt("rmdir file", lambda: os.rmdir(f2))
    attempt("remove dir", lambda: os.remove(sub))
    os.unlink(f2)
    attempt("remove missing", lambda: os.remove(f2))
    os.rmdir(sub)
    os.rmdir(os.path.join(TMP, "a", "b"))
    os.rmdir(os.path.join(TMP, "a"))
    print(os.listdir(TMP), os.listdir(TMP.encode()) == [])
finally:
    os.rmdir(TMP)
attempt("rmdir missing", lambda: os.rmdir(TMP))


class Where:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(os.fspath("s"), os.fspath(b"b"), os.fspath(Where("w")))
attempt("fspath int", lambda: os.fspath(3))
attempt("fspath bad", lambda: os.fspath(Where(3)))
print(os.path.join(Where("x"), "y"), os.path.exists(Where(TMP)))
