# Reading text files: read/readline/readlines/iteration, universal newlines, newline=, tell/seek, encodings.
import os

TMP = os.path.join(os.path.dirname(__file__), "tmp_open_text_read")
os.makedirs(TMP, exist_ok=True)
P = os.path.join(TMP, "data.txt")


def write_bytes(data):
    with open(P, "wb") as f:
        f.write(data)


try:
    write_bytes(b"one\ntwo\r\nthree\rfour")
    with open(P) as f:
        print(repr(f.read(2)), repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
        print(repr(f.read()), repr(f.read()), f.newlines)
    print(f.closed)
    with open(P) as f:
        print(f.readlines())
    with open(P) as f:
        print([line for line in f])
    for nl in ["", "\n", "\r", "\r\n"]:
        with open(P, newline=nl) as f:
            print(repr(nl), f.readlines(), f.newlines)
    with open(P, newline="") as f:
        print(repr(f.read()))

    # readlines with a hint, readline(0), read(0)
    with open(P) as f:
        print(f.readlines(5), repr(f.readline(0)), repr(f.read(0)), f.readline())

    # tell/seek round trip
    write_bytes("héllo\nwörld\n😀 end\n".encode())
    with open(P, encoding="utf-8") as f:
        marks = []
        while True:
            pos = f.tell()
            line = f.readline()
            if not line:
                break
            marks.append((pos, line))
        print(marks)
        for pos, line in reversed(marks):
            f.seek(pos)
            assert f.readline() == line
        f.seek(0)
        print(repr(f.read(7)), f.tell(), repr(f.read(3)))
        print(f.seek(0, 2), repr(f.read()))
        print(f.seek(0, 1) == f.tell())

    # encodings and error handlers
    write_bytes(b"caf\xe9 ok\n")
    with open(P, encoding="latin-1") as f:
        print(repr(f.read()), f.encoding)
    for errors in ["replace", "ignore", "surrogateescape", "backslashreplace"]:
        with open(P, encoding="utf-8", errors=errors) as f:
            print(errors, repr(f.read()), f.errors)
    for enc in ["utf-8", "ascii"]:
        try:
            with open(P, encoding=enc) as f:
                f.read()
        except UnicodeDecodeError as e:
            print(type(e).__name__, e, e.start, e.end, e.reason)
    write_bytes(b"abc\xe2\x82")
    try:
        with open(P, encoding="utf-8") as f:
            f.read()
    except UnicodeDecodeError as e:
        print(e)
    with open(P, encoding="utf-8", errors="replace") as f:
        print(repr(f.read()))
    write_bytes(b"\xe2\x82\xac\xf0\x9f\x98\x80" * 3000)
    with open(P, encoding="utf-8") as f:
        s = f.read()
        print(len(s), s[:4], f.tell())
    with open(P, encoding="utf-8") as f:
        print(f.read(4001)[-2:], f.tell())
finally:
    for name in os.listdir(TMP):
        os.remove(os.path.join(TMP, name))
    os.rmdir(TMP)
print(os.path.exists(TMP))
