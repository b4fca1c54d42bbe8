# Value comparisons between builtin types: numbers, sequences (lexicographic), mappings, sets, mixed types.
print(1 < 2, 2 <= 2, 3 > 4, 4 >= 4, 5 == 5.0, 5 != 5, 1 == 1 + 0j, True == 1, False < 1)
print(2 ** 64 > 2.0 ** 63, 2 ** 53 + 1 > 2.0 ** 53, 10 ** 400 > 1e308, 0.1 + 0.2 > 0.3)
print("abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a", "é" > "z", "10" < "9", "a" == "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], (1, "b") < (1, "c"), (2,) > (1, 100), [1, [2]] == [1, [2]])
print(b"a" < b"b", b"abc" == b"abc", bytearray(b"x") == b"x", b"a" == "a")
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1, 2} == {2, 1}, {1} == frozenset({1}), {1, 2} < {3, 4})
print({"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {1: 2} != {1: 3})
print(None == None, None == 0, None == False, [] == (), "1" == 1, 1 == "1", range(3) == range(0, 3))
print([1, 2] == [1.0, 2.0], (1, 2) == [1, 2], {1: "a"}.keys() == {1}, {1: "a"}.items() == {(1, "a")})
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, [nan] == [nan], (nan,) == (nan,), nan in [nan])
for expr in ("1 < 'a'", "[1] < (1,)", "None < None", "{} < {}", "1j < 2j", "[1] < ['a']", "object() < object()"):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
