# Writing text files: write/writelines, modes w/a/x/r+/w+/a+, newline translation, seek/tell/truncate, flush.
import os

TMP = os.path.join(os.path.dirname(__file__), "tmp_open_text_write")
os.makedirs(TMP, exist_ok=True)
P = os.path.join(TMP, "out.txt")


def raw():
    with open(P, "rb") as f:
        return f.read()


try:
    with open(P, "w") as f:
        print(f.write("héllo\n"), f.write(""), f.write("😀\n"), f.writelines(["a", "b\n"]))
        print(f.mode, f.readable(), f.writable(), f.seekable(), f.tell())
    print(raw())
    with open(P, "a") as f:
        print(f.tell(), f.write("more\n"), f.tell())
    print(raw())
    with open(P, "r+") as f:
        print(repr(f.readline()))
        f.write("XY")
        f.seek(0)
        print(repr(f.read()))
    print(raw())
    with open(P, "w+") as f:
        f.write("abc\ndef\n")
        print(f.tell(), repr(f.read()))
        f.seek(0)
        print(repr(f.read()))
        f.seek(2)
        print(f.truncate(), f.tell())
        f.seek(0)
        print(repr(f.read()))
        print(f.truncate(1), repr(f.read()), f.tell())
    print(raw())
    with open(P, "a+") as f:
        f.write("zz")
        f.seek(0)
        print(repr(f.read()))
        f.seek(0)
        f.write("!")
        f.seek(0)
        print(repr(f.read()))
    for nl in [None, "", "\n", "\r", "\r\n"]:
        with open(P, "w", newline=nl) as f:
            f.write("a\nb\r\nc\rd")
        print(repr(nl), raw())
    with open(P, "w", encoding="latin-1") as f:
        f.write("café")
    print(raw())
    with open(P, "w", encoding="ascii", errors="replace") as f:
        f.write("café")
    print(raw())
    with open(P, "w", encoding="ascii", errors="backslashreplace") as f:
        f.write("café")
    print(raw())
    try:
        with open(P, "w", encoding="ascii") as f:
            f.write("café")
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
    os.remove(P)
    with open(P, "x") as f:
        f.write("new")
    print(raw())
    f = open(P, "w")
    f.write("buffered")
    f.flush()
    print(raw())
    f.close()
    f.close()
    print(f.closed)
    with open(P, "w", buffering=1) as f:
        print(f.line_buffering)
        f.write("line\n")
        print(raw())
finally:
    for name in os.listdir(TMP):
        os.remove(os.path.join(TMP, name))
    os.rmdir(TMP)
print(os.path.exists(TMP))
