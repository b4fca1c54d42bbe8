# Exceptions left unhandled by except* propagate as a group; a handler's new exception joins it.
try:
    raise ExceptionGroup("batch", [ValueError("bad value"), KeyError("missing"), OSError("io")])
except* ValueError:
    print("handled the ValueError part")
except* KeyError:
    raise RuntimeError("failed while handling KeyError")
