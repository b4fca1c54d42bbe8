# any, all, reversed, callable.
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]))
calls = []
def check(x):
    calls.append(x)
    return x
print(any(check(x) for x in [0, 0, 3, 4]), calls)
calls.clear()
print(all(check(x) for x in [1, 0, 3]), calls)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
print(type(reversed([])).__name__, list(reversed({"a": 1, "b": 2})))
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Rev())))
class Custom:
    def __reversed__(self):
        return iter(["custom"])
print(list(reversed(Custom())))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(iter([1]))
except TypeError as e:
    print(type(e).__name__, e)
class WithCall:
    def __call__(self):
        return "called"
class NoCall:
    pass
print(callable(len), callable(lambda: 0), callable(int), callable(WithCall()), callable(NoCall()), callable(5), callable(NoCall))
print(callable("str".upper), callable(None), WithCall()())
