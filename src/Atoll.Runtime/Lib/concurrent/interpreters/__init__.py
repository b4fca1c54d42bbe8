"""Interpreters in this process that run in parallel and share nothing (PEP 734).

Atoll implements the interpreter handles, queues and the sending of values natively
(module _interpreters); this module gives them their public names.
"""

import _interpreters
from _interpreters import (
    Interpreter, ExecutionFailed,
    InterpreterError, InterpreterNotFoundError, NotShareableError,
    is_shareable,
)

__all__ = [
    'get_current', 'get_main', 'create', 'list_all', 'is_shareable',
    'Interpreter',
    'InterpreterError', 'InterpreterNotFoundError', 'ExecutionFailed',
    'NotShareableError',
    'create_queue', 'Queue', 'QueueEmpty', 'QueueFull',
]


def create():
    """Return a new (idle) Python interpreter."""
    return _interpreters._create_handle()


def list_all():
    """Return all existing interpreters."""
    return _interpreters._all_handles()


def get_current():
    """Return the currently running interpreter."""
    return _interpreters._current_handle()


def get_main():
    """Return the main interpreter."""
    return _interpreters._main_handle()


def __getattr__(name):
    # The queue names come from the submodule, imported on first use as in CPython.
    if name in ('Queue', 'QueueEmpty', 'QueueFull', 'create_queue'):
        from . import _queues
        value = _queues.create if name == 'create_queue' else getattr(_queues, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
