# More str methods: format_map, translate/maketrans, count with ranges, title rules, split edge cases.
print("{a}-{b}".format_map({"a": 1, "b": 2}))
table = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(table), str.maketrans({"a": "A"}), "hello".translate({ord("l"): None}))
print("banana".count("a", 2), "banana".count("an", 0, 4), "banana".find("a", 2, 3), "banana".rindex("a"))
print("hello world's".title(), "ABC def".capitalize(), "ǅ".lower(), "ß".upper(), "ﬁ".upper())
print("a  b".split(" "), "".split(), "".split(","), "a,".split(","), " a ".strip(), "a\tb\nc".split())
print("1,2,3".split(",", maxsplit=1), "a b c".rsplit(maxsplit=1), "abc".split("b", 0))
print("x".join("abc"), "".join(["a", "b"]), "abc".center(2), "abc".zfill(2), "+5".zfill(4))
print("Hello".istitle(), "hello world".istitle(), "A1".isupper(), "١٢".isdigit(), "١٢".isdecimal(), "½".isnumeric())
print("snake_case_name".replace("_", " ").title().replace(" ", ""), "path/to/file.txt".rpartition("/")[2])
print("abc".isidentifier(), "1abc".isidentifier(), "_".isidentifier(), "class".isidentifier(), "é".isidentifier())
print("%-5s|%5s|%05.1f|%+d|%x|%o|%e|%%|%c" % ("ab", "cd", 3.14159, 5, 255, 8, 12345.678, 65))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%s" % [1, 2], "%s %s" % ("a", "b"))
try:
    "%d" % "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%s %s" % ("only one",)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "{0} {1}".format("only one")
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{x}".format()
except KeyError as e:
    print(type(e).__name__, e)
print("{!r:>6}|{:^5}|{:.2%}|{:,}".format("a", "b", 0.5, 10 ** 6), "{0.real}|{1[0]}|{2[k]}".format(3, [9], {"k": "v"}))
