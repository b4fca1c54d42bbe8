# io.StringIO: reading, writing, positions in code points, newline handling, truncate, errors.
import io


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!", type(e).__module__, type(e).__name__, e)


s = io.StringIO()
print(s.write("hello "), s.write("wörld 😀\n"), s.tell(), repr(s.getvalue()))
s.seek(0)
print(repr(s.read(5)), repr(s.readline()), repr(s.read()), s.tell())
s = io.StringIO("a\nbb\nccc")
print(s.readlines(), s.tell(), repr(s.read()))
s.seek(0)
print(list(s), [x for x in io.StringIO("")])
s = io.StringIO("abc\ndef\nghi")
print(repr(s.readline(2)), repr(s.readline(-1)), repr(s.readline(None)), s.readlines(1))
s = io.StringIO("a😀b\nc")
print(repr(s.read(2)), s.tell(), repr(s.readline()), repr(s.read()), s.tell())
s = io.StringIO("hello")
print(s.seek(10), s.tell(), s.write("x"), repr(s.getvalue()))
s = io.StringIO("hello")
s.seek(2)
print(s.truncate(), repr(s.getvalue()), s.tell(), s.truncate(10), s.truncate(1), s.tell(), repr(s.getvalue()))
s = io.StringIO("hello")
s.seek(1)
s.write("EL")
print(repr(s.getvalue()), s.tell(), s.seek(0, 2), s.seek(0, 1))
print(s.readable(), s.writable(), s.seekable(), s.closed, s.line_buffering, s.newlines, s.encoding, s.errors, s.isatty())
text = "ab\r\ncd\ref\n"
for nl in ["\n", None, "", "\r", "\r\n"]:
    s = io.StringIO(text, newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines())
for nl in ["\n", None, "", "\r", "\r\n"]:
    s = io.StringIO(newline=nl)
    s.write("x\ny\r\nz\r")
    print(repr(nl), repr(s.getvalue()), s.tell())
with io.StringIO("ctx") as s:
    print(s.read())
print(s.closed)
attempt("getvalue closed", lambda: s.getvalue())
attempt("read closed", lambda: s.read())
attempt("write closed", lambda: s.write(""))
attempt("iter closed", lambda: iter(s))
attempt("next closed", lambda: next(s))
s = io.StringIO("hello")
attempt("neg seek", lambda: s.seek(-1))
attempt("cur seek", lambda: s.seek(1, 1))
attempt("end seek", lambda: s.seek(1, 2))
attempt("whence", lambda: s.seek(0, 3))
attempt("neg truncate", lambda: s.truncate(-1))
attempt("write bytes", lambda: s.write(b"x"))
attempt("init bytes", lambda: io.StringIO(b"x"))
attempt("bad newline", lambda: io.StringIO("x", newline="q"))
attempt("newline type", lambda: io.StringIO("x", newline=3))
attempt("read str", lambda: s.read("x"))
attempt("readline float", lambda: s.readline(1.5))
attempt("fileno", lambda: s.fileno())
attempt("name", lambda: s.name)
attempt("detach", lambda: s.detach())
s = io.StringIO()
print("x", "y", sep="-", end="!\n", file=s)
print(42, file=s)
s.writelines(["a", "b"])
print(repr(s.getvalue()))


class Upper(io.StringIO):
    def write(self, text):
        return super().write(text.upper())


u = Upper("start:")
u.seek(0, 2)
u.write("shout")
print(type(u).__name__, repr(u.getvalue()), isinstance(u, io.StringIO))
u.tag = 1
print(u.tag)
