"""Cross-interpreter queues (the Queue type is native: values cross by reference or as copies)."""

import _interpqueues
from _interpqueues import Queue, QueueError, QueueNotFoundError
from ._crossinterp import (
    ItemInterpreterDestroyed as _ItemInterpreterDestroyed,
    UNBOUND, UNBOUND_ERROR, UNBOUND_REMOVE,
)

try:
    import queue as _queue
    _Empty, _Full = _queue.Empty, _queue.Full
except ImportError:
    class _Empty(Exception):
        pass

    class _Full(Exception):
        pass

__all__ = [
    'UNBOUND', 'UNBOUND_ERROR', 'UNBOUND_REMOVE',
    'create', 'list_all',
    'Queue',
    'QueueError', 'QueueNotFoundError', 'QueueEmpty', 'QueueFull',
    'ItemInterpreterDestroyed',
]


class QueueEmpty(QueueError, _Empty):
    """Raised from get_nowait() when the queue is empty.

    It is also raised from get() if it times out.
    """


class QueueFull(QueueError, _Full):
    """Raised from put_nowait() when the queue is full.

    It is also raised from put() if it times out.
    """


class ItemInterpreterDestroyed(QueueError, _ItemInterpreterDestroyed):
    """Raised from get() and get_nowait()."""


def create(maxsize=0, *, unbounditems=UNBOUND):
    """Return a new cross-interpreter queue.

    The queue may be used to pass data safely between interpreters.
    "unbounditems" sets the default for what happens to an item whose
    sending interpreter is closed (UNBOUND, UNBOUND_ERROR, UNBOUND_REMOVE).
    """
    return _interpqueues._create(maxsize, unbounditems)


def list_all():
    """Return a list of all open queues."""
    return _interpqueues._all_handles()


_interpqueues._register_heap_types(Queue, QueueEmpty, QueueFull)
_interpqueues._register_unbound(UNBOUND, UNBOUND_ERROR, UNBOUND_REMOVE, ItemInterpreterDestroyed)
