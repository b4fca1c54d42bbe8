"""Markers for items whose sending interpreter was closed."""


class ItemInterpreterDestroyed(Exception):
    """Raised when trying to get an item whose original interpreter was destroyed."""


class UnboundItem:
    """What a queue gives for an item whose original interpreter was destroyed."""

    __slots__ = ('_name',)

    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return self._name


UNBOUND = UnboundItem('UNBOUND')
UNBOUND_ERROR = UnboundItem('UNBOUND_ERROR')
UNBOUND_REMOVE = UnboundItem('UNBOUND_REMOVE')
