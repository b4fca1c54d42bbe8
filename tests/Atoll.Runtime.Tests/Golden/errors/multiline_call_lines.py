# Traceback lines inside multi-line statements: the failing call, argument or attribute is reported on its own line.
def boom(*args):
    raise ValueError("boom")
def helper(x):
    return x
data = {"a": 1}
try:
    helper(
        1,
        boom(),
        3,
    )
except ValueError as e:
    tb = e.__traceback__
    print(tb.tb_lineno if hasattr(tb, "tb_lineno") else "?")
result = (
    helper(1)
    + helper(2)
)
print(result)
value = (data
         .get("a"))
print(value)
helper(
    data["a"],
    data[
        "missing"
    ],
)
