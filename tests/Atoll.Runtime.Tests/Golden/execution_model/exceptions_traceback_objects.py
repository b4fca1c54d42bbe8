# __traceback__: frames and line numbers of the traceback chain, with_traceback(), and re-raising.
def a():
    b()
def b():
    raise ValueError("deep")
try:
    a()
except ValueError as e:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(frames)
    saved = e
try:
    raise saved
except ValueError as e:
    frames = []
    tb = e.__traceback__
    while tb is not None:
        frames.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("re-raising extends the traceback:", frames)
fresh = RuntimeError("fresh")
print(fresh.__traceback__)
try:
    raise fresh.with_traceback(None)
except RuntimeError as e:
    print(e.__traceback__.tb_lineno, e.__traceback__.tb_next)
e2 = KeyError("k")
print(e2.with_traceback(None) is e2)
try:
    e2.__traceback__ = "no"
except TypeError as te:
    print(type(te).__name__, te)
