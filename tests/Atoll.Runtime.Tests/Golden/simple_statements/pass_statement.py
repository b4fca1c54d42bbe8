# pass is a no-op placeholder.
def nothing():
    pass
class Empty:
    pass
for _ in range(3):
    pass
if True:
    pass
else:
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
class CM:
    def __enter__(self):
        pass
    def __exit__(self, *args):
        pass
with CM():
    pass
print(nothing(), Empty.__name__, _)
def with_doc():
    "only a docstring, no pass needed"
print(with_doc())
