# The io class hierarchy: isinstance checks for the concrete types, and Python subclasses of the abstract bases.
import io
import _io
import os

TMP = os.path.join(os.path.dirname(__file__), "tmp_io_classes")
os.makedirs(TMP, exist_ok=True)
P = os.path.join(TMP, "f")

try:
    with open(P, "w") as f:
        print(type(f), isinstance(f, io.TextIOBase), isinstance(f, io.IOBase), isinstance(f, io.TextIOWrapper))
        print(type(f.buffer), isinstance(f.buffer, io.BufferedIOBase), isinstance(f.buffer.raw, io.RawIOBase))
    with open(P, "rb") as f:
        print(isinstance(f, io.BufferedReader), isinstance(f, io.BufferedWriter), isinstance(f, io.TextIOBase))
    with open(P, "rb", buffering=0) as f:
        print(type(f), isinstance(f, io.FileIO), isinstance(f, io.RawIOBase))
    with open(P, "r+b") as f:
        print(type(f).__name__, isinstance(f, io.BufferedRandom))
    with io.FileIO(P, "w") as f:
        print(f.write(b"direct"), f.mode, f.readable(), f.writable())
    with io.BufferedReader(io.FileIO(P)) as f:
        print(f.read(), type(f.raw).__name__)
    with io.TextIOWrapper(io.BufferedReader(io.FileIO(P)), encoding="ascii") as f:
        print(repr(f.read()), f.encoding)
finally:
    os.remove(P)
    os.rmdir(TMP)

print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.BufferedIOBase), issubclass(io.FileIO, io.RawIOBase))
print(issubclass(io.TextIOBase, io.IOBase), issubclass(io.StringIO, io.BufferedIOBase))
print(io.TextIOWrapper, io.StringIO, io.BytesIO, io.FileIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom)
print(io.TextIOWrapper.__mro__)
print(io.StringIO.__module__, io.open is open, _io.open is open, _io.StringIO is io.StringIO, open.__module__)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE, os.SEEK_SET, os.SEEK_END)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))


class Counter(io.RawIOBase):
    """A raw stream producing b'abc...' up to a limit."""

    def __init__(self, n):
        self.n = n
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, b):
        k = min(len(b), self.n - self.pos)
        for i in range(k):
            b[i] = 97 + (self.pos + i) % 26
        self.pos += k
        return k


c = Counter(30)
print(c.read(3), c.read(), c.read(), c.readable(), c.writable(), c.closed)
c.close()
print(c.closed)
try:
    c.__enter__()
except ValueError as e:
    print(e)


class Lines(io.TextIOBase):
    def __init__(self, lines):
        self.lines = list(lines)

    def readline(self, size=-1):
        return self.lines.pop(0) if self.lines else ""


with Lines(["x\n", "y\n"]) as src:
    print(list(src), src.closed, src.readable(), src.encoding)
print(src.closed)
try:
    src.read()
except io.UnsupportedOperation as e:
    print("read:", e)
try:
    src.fileno()
except io.UnsupportedOperation as e:
    print("fileno:", e)


class Sink(io.TextIOBase):
    def __init__(self):
        self.parts = []

    def writable(self):
        return True

    def write(self, s):
        self.parts.append(s)
        return len(s)


sink = Sink()
print("to sink", 1, file=sink)
sink.writelines(["a", "b"])
print(sink.parts)
