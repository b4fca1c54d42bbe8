# Raising inside except* handlers, and except* errors.
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new in handler")
except ExceptionGroup as eg:
    print(repr(eg))
    print([repr(e) for e in eg.exceptions])
    print(repr(eg.exceptions[0].__context__))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise
except ExceptionGroup as eg:
    print("bare raise:", repr(eg))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
    except* ValueError as eg:
        raise RuntimeError("converted") from eg
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
except ExceptionGroup as eg:
    print("group:", repr(eg), repr(eg.exceptions[0].__cause__))
for bad in ("try:\n    pass\nexcept* ExceptionGroup:\n    pass\n",
            "try:\n    pass\nexcept*:\n    pass\n",
            "for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n",
            "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
            "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n"):
    try:
        compile(bad, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(e.msg)
try:
    try:
        raise ValueError
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(type(e).__name__, e)
