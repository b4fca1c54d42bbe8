"""Cross-interpreter channels (PEP 554): send() waits until the object is received.

The channel ends are native and cross between interpreters by reference.
"""

import _interpchannels
from _interpchannels import (
    RecvChannel, SendChannel,
    ChannelError, ChannelNotFoundError, ChannelClosedError,
    ChannelEmptyError, ChannelNotEmptyError,
)
from ._crossinterp import UNBOUND, UNBOUND_ERROR, UNBOUND_REMOVE
from . import _queues

__all__ = [
    'UNBOUND', 'UNBOUND_ERROR', 'UNBOUND_REMOVE',
    'create', 'list_all',
    'SendChannel', 'RecvChannel',
    'ChannelError', 'ChannelClosedError', 'ChannelEmptyError',
    'ChannelNotEmptyError', 'ChannelNotFoundError',
    'ItemInterpreterDestroyed',
]

ItemInterpreterDestroyed = _queues.ItemInterpreterDestroyed


def create(*, unbounditems=UNBOUND):
    """Return (recv, send) for a new cross-interpreter channel."""
    return _interpchannels._create_ends(unbounditems)


def list_all():
    """Return a list of (recv, send) for all open channels."""
    return _interpchannels._all_ends()
