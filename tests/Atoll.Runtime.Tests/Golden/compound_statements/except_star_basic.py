# except* splits an ExceptionGroup between handlers.
def run(group):
    try:
        raise group
    except* ValueError as eg:
        print("ValueError handler:", repr(eg))
    except* TypeError as eg:
        print("TypeError handler:", repr(eg))
run(ExceptionGroup("mixed", [ValueError(1), TypeError(2), ValueError(3)]))
run(ExceptionGroup("only values", [ValueError("a")]))
try:
    run(ExceptionGroup("with unhandled", [ValueError("v"), KeyError("k"), OSError("o")]))
except ExceptionGroup as eg:
    print("unhandled remainder:", repr(eg))
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked exception wrapped:", repr(eg), type(eg).__name__)
try:
    raise ExceptionGroup("nested", [ValueError(1), ExceptionGroup("inner", [ValueError(2), TypeError(3)])])
except* ValueError as eg:
    print("nested structure kept:", repr(eg))
except* TypeError as eg:
    print("nested type:", repr(eg))
try:
    raise ExceptionGroup("eg", [KeyError("x")])
except* LookupError as eg:
    print("base class match:", repr(eg))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print("handler runs")
    else:
        print("no else")
    finally:
        print("finally runs")
except Exception:
    print("not reached")
try:
    pass
except* ValueError:
    pass
else:
    print("else runs when nothing raised")
