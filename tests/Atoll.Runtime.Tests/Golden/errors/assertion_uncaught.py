# An uncaught AssertionError with a message.
def check(values):
    total = sum(values)
    assert total == 10, f"expected 10, got {total}"
check([1, 2, 3])
