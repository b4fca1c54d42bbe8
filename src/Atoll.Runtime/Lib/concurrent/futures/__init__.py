"""Running calls asynchronously: futures and executors (Atoll's concurrent.futures).

ThreadPoolExecutor runs calls on threads. InterpreterPoolExecutor, when present, lives in
concurrent.futures.interpreter and is imported on first use.
"""

from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError, TimeoutError,
                                      InvalidStateError, BrokenExecutor, Future, Executor, wait, as_completed)
from concurrent.futures.thread import ThreadPoolExecutor

__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'InvalidStateError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ThreadPoolExecutor',
)


def __dir__():
    return __all__ + ('__doc__',)


def __getattr__(name):
    if name == 'InterpreterPoolExecutor':
        try:
            from concurrent.futures.interpreter import InterpreterPoolExecutor
        except ModuleNotFoundError:
            pass
        else:
            globals()[name] = InterpreterPoolExecutor
            return InterpreterPoolExecutor
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
