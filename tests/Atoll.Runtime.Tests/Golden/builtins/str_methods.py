# Common str methods.
s = "  Hello, World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")))
print("hello".upper(), "HeLLo".lower(), "hello world".title(), "hello".capitalize(), "HeLLo".swapcase())
print("a,b,,c".split(","), "a b  c".split(), " a b ".split(" "), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("line1\nline2\r\nline3".splitlines(), "x\n".splitlines(keepends=True))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"))
print("hello".find("l"), "hello".rfind("l"), "hello".find("z"), "hello".index("e"), "hello".count("l"))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "aaa".replace("a", "bb"), "abc".replace("", "-"))
print("hello".startswith("he"), "hello".endswith(("x", "lo")), "hello".startswith("l", 2))
print("abc".isalpha(), "a1".isalnum(), "123".isdigit(), "  ".isspace(), "Ab".isupper(), "ab".islower(), "".isalpha())
print(repr("ab".center(6)), repr("ab".ljust(5, ".")), repr("ab".rjust(5)), "42".zfill(5), "-42".zfill(5))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"))
print("Hello"[1], "Hello"[-1], "Hello"[1:3], "Hello"[::-1], "Hello"[::2], "Hello"[10:], "Hello"[-100:2])
print("ab" * 3, 3 * "-", "a" + "b", "ab" * 0, "ab" * -1)
print("b" in "abc", "" in "abc", "ac" in "abc", "abc" < "abd", "Z" < "a", "abc" < "ab")
print("{} and {}".format(1, 2), "{1}{0}".format("a", "b"), "{x}!".format(x=5), "{:>5}|".format("r"))
print("tab\there".expandtabs(4), "%s is %d" % ("x", 5), "%5.2f|%-4s|%x" % (3.14159, "ab", 255))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "name".removesuffix("x"))
print(ord("A"), chr(97), "é".encode(), "straße".casefold(), len("日本語"))
print(str(), str(5), str([1, "a"]), str(b"x"), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("\n\t\\\x00\x7f"), repr("é"), ascii("é"), "%r" % "q")
try:
    "abc".index("z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc"[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
