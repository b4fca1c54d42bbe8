# The same names on Atoll (concurrent.interpreters, PEP 734) and CPython 3.13 (test.support.interpreters).
try:
    from concurrent import interpreters
    from concurrent.interpreters import _queues as queues
    from concurrent.interpreters import channels
    QUEUES = "concurrent.interpreters._queues"
except ImportError:
    from test.support import interpreters
    from test.support.interpreters import queues, channels
    QUEUES = "test.support.interpreters.queues"


def create_with_queues():
    interp = interpreters.create()
    interp.exec(f"import {QUEUES}")
    return interp
