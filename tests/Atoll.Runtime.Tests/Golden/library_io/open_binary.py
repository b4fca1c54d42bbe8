# Binary files: bytes in and out, readinto, readline/iteration, seek/tell with whence, truncate, buffering=0, reprs.
import io
import os

TMP = os.path.join(os.path.dirname(__file__), "tmp_open_binary")
os.makedirs(TMP, exist_ok=True)
P = os.path.join(TMP, "data.bin")


def show(x):
    return str(x).replace(TMP, "<tmp>")


try:
    with open(P, "wb") as f:
        print(f.write(b"abc\n"), f.write(bytearray(b"def\n")), f.write(memoryview(b"\x00\xffxyz")))
        f.writelines([b"1\n", bytearray(b"2\n")])
        print(show(repr(f)), f.mode, type(f).__name__, type(f.raw).__name__, f.tell())
    with open(P, "rb") as f:
        print(show(repr(f)), f.mode, f.readable(), f.writable(), f.seekable(), show(f.name))
        print(f.read(2), f.readline(), f.readline(2), f.tell())
        print(f.read(), f.read(), f.read(5))
        print(f.seek(0), f.readlines())
        print(f.seek(-3, 2), f.read(), f.seek(-6, io.SEEK_END), f.seek(2, io.SEEK_CUR), f.read(2))
        f.seek(0)
        print([line for line in f])
        f.seek(1)
        buf = bytearray(5)
        print(f.readinto(buf), buf)
        mv = memoryview(bytearray(3))
        print(f.readinto(mv), bytes(mv))
        print(f.seek(100), f.read(), f.tell())
        print(isinstance(f.fileno(), int), f.isatty(), f.peek(1)[:0], f.read1(2))
    with open(P, "r+b") as f:
        print(show(repr(f)), f.mode, type(f).__name__)
        f.seek(1)
        f.write(b"BC")
        print(f.tell(), f.read(3))
        print(f.truncate(5), f.tell())
        f.seek(0)
        print(f.read())
        print(f.truncate(), f.seek(0, 2))
    with open(P, "ab") as f:
        print(f.tell(), f.write(b"++"), f.tell(), f.mode)
    with open(P, "a+b") as f:
        f.seek(0)
        f.write(b"!")
        f.seek(0)
        print(f.read(), f.mode)
    with open(P, "w+b") as f:
        print(f.read(), f.write(b"xyz"), f.seek(0), f.read(), f.mode)
    f = open(P, "rb", buffering=0)
    print(show(repr(f)), type(f).__name__, f.mode, f.closefd, f.read(2), f.readall(), f.read())
    f.close()
    print(repr(f), f.closed)
    with open(P, "wb", buffering=0) as f:
        print(f.write(b"raw"), f.tell(), type(f).__name__)
    with open(P, "rb") as f:
        print(f.read())
    with open(P, "rb") as f:
        raw = f.raw
    print(f.closed, raw.closed, show(repr(f)), repr(raw))
    big = bytes(range(256)) * 100
    with open(P, "wb") as f:
        f.write(big)
    with open(P, "rb") as f:
        data = f.read()
        print(len(data), data == big, f.tell())
        f.seek(9000)
        print(f.read(3), f.tell())
    print(os.path.getsize(P))
finally:
    for name in os.listdir(TMP):
        os.remove(os.path.join(TMP, name))
    os.rmdir(TMP)
print(os.path.exists(TMP))
