# os.path with posix semantics: join, split, splitext, basename, dirname, normpath, abspath, and the file tests.
import os
import os.path
import posixpath

print(posixpath is os.path)
for parts in [("a", "b"), ("a/", "b"), ("a", "/b"), ("", "b"), ("a", ""), ("/", "x", "y/"), ("a", "b", "/c", "d")]:
    print(parts, repr(os.path.join(*parts)))
print(os.path.join(b"a", b"b"))
for bad in [("a", b"b"), (1,)]:
    try:
        os.path.join(*bad)
    except TypeError as e:
        print("TypeError:", e)
for p in ["a/b/c.txt", "/a", "a", "", "/", "//", "///x//", "a/b/", "a//b", ".hidden", "x.tar.gz", "a.b/c", "..", "a/.b"]:
    print(repr(p), os.path.split(p), os.path.splitext(p), repr(os.path.basename(p)), repr(os.path.dirname(p)))
for p in ["", ".", "a/./b", "a/../b", "../x", "/../x", "//a", "///a/b/..", "a/b/../../..", "a//b/"]:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.split(b"dir/file"), os.path.splitext(b"f.py"), os.path.basename(b"x/y"), os.path.normpath(b"a/./b"))
print(os.path.abspath("x/../y") == os.path.join(os.getcwd(), "y"), os.path.abspath("/a/./b"), os.path.isabs("a"), os.path.isabs("/a"))

TMP = os.path.join(os.path.dirname(__file__), "tmp_os_path")
os.mkdir(TMP)
try:
    f = os.path.join(TMP, "f.bin")
    with open(f, "wb") as fh:
        fh.write(b"12345")
    print(os.path.exists(f), os.path.isfile(f), os.path.isdir(f), os.path.getsize(f))
    print(os.path.exists(TMP), os.path.isfile(TMP), os.path.isdir(TMP))
    missing = os.path.join(TMP, "missing")
    print(os.path.exists(missing), os.path.isfile(missing), os.path.isdir(missing), os.path.exists("a\0b"))
    try:
        os.path.getsize(missing)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == missing)
    os.remove(f)
finally:
    os.rmdir(TMP)
print(os.path.exists(TMP))
