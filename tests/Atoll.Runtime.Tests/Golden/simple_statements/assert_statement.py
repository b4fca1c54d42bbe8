# assert with and without a message; the message is only evaluated on failure.
assert True
assert 1 == 1, "not shown"
def message():
    print("message evaluated")
    return "lazy message"
assert [1], message()
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, e.args, repr(str(e)))
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert [], message()
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert 0, {"structured": 1}
except AssertionError as e:
    print(e.args[0]["structured"])
try:
    assert None, None
except AssertionError as e:
    print(e.args)
print(__debug__)
def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    return x * 2
print(check(2))
try:
    check("s")
except AssertionError as e:
    print(e)
