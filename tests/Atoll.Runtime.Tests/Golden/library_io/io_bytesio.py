# io.BytesIO: reading and writing bytes, positions past the end, truncate, readinto, errors.
import io


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!", type(e).__module__, type(e).__name__, e)


b = io.BytesIO(b"hello\nworld")
print(b.read(3), b.readline(), b.tell(), b.read(), b.read(), b.seek(0), b.readlines(), b.getvalue())
b.seek(0)
print(list(b), b.seek(0, io.SEEK_END), b.seek(-5, io.SEEK_END), b.read(2), b.seek(1, io.SEEK_CUR), b.read())
b.seek(20)
print(b.write(b"!"), b.getvalue(), b.tell())
print(b.truncate(3), b.getvalue(), b.tell(), b.truncate(10), b.getvalue())
ba = bytearray(4)
b.seek(0)
print(b.readinto(ba), ba, b.readinto(bytearray(2)))
b = io.BytesIO()
print(b.write(b"ab"), b.write(bytearray(b"cd")), b.write(memoryview(b"ef")), b.getvalue(), b.tell())
b.seek(1)
b.write(b"XY")
print(b.getvalue(), b.read(), b.read1(), b.readable(), b.writable(), b.seekable(), b.isatty())
b.writelines([b"1", b"2"])
print(b.getvalue(), b.closed)
print(io.BytesIO(bytearray(b"ba")).read(), io.BytesIO().read(), io.BytesIO(None).getvalue())
with io.BytesIO(b"ctx") as b:
    print(b.read())
print(b.closed)
attempt("getvalue closed", lambda: b.getvalue())
attempt("read closed", lambda: b.read())
attempt("tell closed", lambda: b.tell())
b = io.BytesIO(b"data")
attempt("write str", lambda: b.write("x"))
attempt("init str", lambda: io.BytesIO("x"))
attempt("neg seek", lambda: b.seek(-1))
attempt("whence", lambda: b.seek(0, 3))
attempt("neg truncate", lambda: b.truncate(-1))
attempt("fileno", lambda: b.fileno())
attempt("readinto bytes", lambda: b.readinto(b"xx"))
w = io.TextIOWrapper(io.BytesIO(b"caf\xc3\xa9\r\nline2\n"), encoding="utf-8")
print(repr(w.read()), w.encoding, w.newlines)
buf = io.BytesIO()
w = io.TextIOWrapper(buf, encoding="latin-1", newline="\r\n")
print(w.write("a\nb\n"), w.tell())
w.flush()
print(buf.getvalue(), w.buffer is buf, repr(w))
d = w.detach()
print(d is buf)
attempt("detached", lambda: w.read())
