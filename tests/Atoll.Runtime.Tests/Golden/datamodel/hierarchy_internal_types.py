# Internal types: code objects, frames, tracebacks, slices, staticmethod/classmethod objects.
def current_frame():
    try:
        raise RuntimeError
    except RuntimeError as e:
        return e.__traceback__.tb_frame.f_back
def f(a, b, *, c=1):
    local = a + b
    return current_frame()
frame = f(1, 2)
code = f.__code__
print(type(code).__name__, code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_varnames)
print(code.co_nlocals, code.co_filename.endswith(".py"), code.co_firstlineno)
print(type(frame).__name__, frame.f_code is code, frame.f_locals["local"], frame.f_back.f_code.co_name)
try:
    def g():
        raise ValueError("boom")
    g()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_frame.f_code.co_name, tb.tb_lineno)
    tb2 = tb.tb_next
    print(tb2.tb_frame.f_code.co_name, tb2.tb_lineno, tb2.tb_next)
s = slice(1, None, 2)
print(type(s).__name__, s.start, s.stop, s.step, s.indices(10))
class C:
    @staticmethod
    def sm():
        return "static"
    @classmethod
    def cm(cls):
        return cls.__name__
raw_sm = C.__dict__["sm"]
raw_cm = C.__dict__["cm"]
print(type(raw_sm).__name__, type(raw_cm).__name__, raw_sm.__func__(), raw_cm.__func__(C))
print(raw_sm(), C.sm(), C().sm(), C.cm(), C().cm())
print(type(raw_sm.__get__(None, C)).__name__, type(raw_cm.__get__(None, C)).__name__)
