"""Weak references (Atoll's own implementation over the native _weakref module).

ref, proxy, getweakrefcount and getweakrefs come from _weakref; this module adds WeakMethod, the weak containers
(WeakValueDictionary, WeakKeyDictionary, WeakSet) and finalize. See docs.python.org/3/library/weakref.html.

Callbacks of weak references run in the interpreter that made them, at the next point where it checks for pending
work (a call, a loop iteration) after the .NET collector found the referent unreachable; gc.collect() runs them
before it returns. The containers therefore iterate over a snapshot of their entries, so a callback that removes an
entry while a loop is walking the container does not disturb the loop.
"""

from _weakref import (
    ref, proxy, getweakrefcount, getweakrefs,
    ReferenceType, ProxyType, CallableProxyType, _remove_dead_weakref,
)
import sys

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


class WeakMethod(ref):
    """A weak reference to a bound method: it stays alive while both the object and the function are alive, and
    calling it rebuilds the bound method (or returns None)."""

    def __new__(cls, meth, callback=None):
        try:
            target = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") from None

        def on_death(_):
            me = me_ref_holder[0]()
            if me is not None and me._alive:
                me._alive = False
                if callback is not None:
                    callback(me)

        me_ref_holder = [None]
        self = ref.__new__(cls, target, on_death)
        self._func_ref = ref(func, on_death)
        self._meth_type = type(meth)
        self._alive = True
        me_ref_holder[0] = ref(self)
        return self

    def __init__(self, meth, callback=None):
        pass

    def __call__(self):
        target = ref.__call__(self)
        func = self._func_ref()
        if target is None or func is None:
            return None
        return self._meth_type(func, target)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not (self._alive and other._alive):
            return self is other
        return ref.__eq__(self, other) and self._func_ref == other._func_ref

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not (self._alive and other._alive):
            return self is not other
        return ref.__ne__(self, other) or self._func_ref != other._func_ref

    __hash__ = ref.__hash__


def _addr(obj):
    return f"{id(obj):#x}"


def _pairs(source, kwargs):
    """The (key, value) pairs of update()'s arguments: a mapping (anything with keys()), or an iterable of pairs."""
    items = []
    if source is not None:
        if hasattr(source, "keys"):
            for k in source.keys():
                items.append((k, source[k]))
        else:
            for pair in source:
                k, v = pair
                items.append((k, v))
    items.extend(kwargs.items())
    return items


class KeyedRef(ref):
    """A weak reference that remembers the key it is stored under (WeakValueDictionary's values)."""

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class _MappingMixin:
    """What the two weak dictionaries share, written over keys(), items(), __getitem__ and __setitem__."""

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __iter__(self):
        return iter(self.keys())

    def values(self):
        for _, v in self.items():
            yield v

    def update(self, other=None, /, **kwargs):
        for k, v in _pairs(other, kwargs):
            self[k] = v

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, (dict, _MappingMixin)):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, (dict, _MappingMixin)):
            return NotImplemented
        result = self.__class__()
        result.update(other)
        result.update(self)
        return result

    def __eq__(self, other):
        if not isinstance(other, (dict, _MappingMixin)):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    def __repr__(self):
        return f"<{type(self).__name__} at {_addr(self)}>"

    def __copy__(self):
        return self.copy()

    __class_getitem__ = classmethod(type(list[int]))


class WeakValueDictionary(_MappingMixin):
    """A mapping whose values are held weakly: an entry goes away when its value dies."""

    def __init__(self, other=None, /, **kwargs):
        def on_value_death(wr, owner=ref(self)):
            me = owner()
            if me is not None:
                # Only if the entry still holds a dead reference: the key may have been given a new value since.
                _remove_dead_weakref(me.data, wr.key)

        self._remove = on_value_death
        self.data = {}
        self.update(other, **kwargs)

    def __getitem__(self, key):
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        wr = self.data.get(key)
        return wr is not None and wr() is not None

    def keys(self):
        for key, wr in list(self.data.items()):
            if wr() is not None:
                yield key

    def items(self):
        for key, wr in list(self.data.items()):
            value = wr()
            if value is not None:
                yield key, value

    def values(self):
        for wr in list(self.data.values()):
            value = wr()
            if value is not None:
                yield value

    def itervaluerefs(self):
        """The weak references to the values (their referents may die while the caller holds them)."""
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def pop(self, key, *default):
        if len(default) > 1:
            raise TypeError(f"pop expected at most 2 arguments, got {1 + len(default)}")
        try:
            value = self.data.pop(key)()
        except KeyError:
            value = None
        if value is None:
            if default:
                return default[0]
            raise KeyError(key)
        return value

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            value = wr()
            if value is not None:
                return key, value

    def setdefault(self, key, default=None):
        wr = self.data.get(key)
        value = wr() if wr is not None else None
        if value is None:
            self[key] = default
            return default
        return value

    def clear(self):
        self.data.clear()

    def copy(self):
        result = type(self)()
        for key, value in self.items():
            result[key] = value
        return result


class WeakKeyDictionary(_MappingMixin):
    """A mapping whose keys are held weakly: an entry goes away when its key dies. Keys must be hashable and accept
    weak references."""

    def __init__(self, dict=None):
        def on_key_death(wr, owner=ref(self)):
            me = owner()
            if me is not None:
                me.data.pop(wr, None)

        self._remove = on_key_death
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def keys(self):
        for wr in list(self.data):
            key = wr()
            if key is not None:
                yield key

    def items(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def keyrefs(self):
        """The weak references to the keys."""
        return list(self.data)

    def pop(self, key, *default):
        if len(default) > 1:
            raise TypeError(f"pop expected at most 2 arguments, got {1 + len(default)}")
        return self.data.pop(ref(key), *default)

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            key = wr()
            if key is not None:
                return key, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def clear(self):
        self.data.clear()

    def copy(self):
        result = type(self)()
        for key, value in self.items():
            result[key] = value
        return result


class WeakSet:
    """A set whose elements are held weakly: an element goes away when it dies."""

    def __init__(self, data=None):
        def on_item_death(wr, owner=ref(self)):
            me = owner()
            if me is not None:
                me.data.discard(wr)

        self._remove = on_item_death
        self.data = set()
        if data is not None:
            self.update(data)

    def __iter__(self):
        for wr in list(self.data):
            item = wr()
            if item is not None:
                yield item

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return repr(self.data)

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            item = wr()
            if item is not None:
                return item

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def _refs(self, other):
        return {ref(item) for item in other}

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data.difference_update(self._refs(other))
        return self

    def intersection(self, other):
        return type(self)(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self.data.intersection_update(self._refs(other))
        return self

    def issubset(self, other):
        return self.data.issubset(self._refs(other))

    __le__ = issubset

    def __lt__(self, other):
        return self.data < self._refs(other)

    def issuperset(self, other):
        return self.data.issuperset(self._refs(other))

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > self._refs(other)

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.data == self._refs(other)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item, self._remove) for item in other)
        return self

    def union(self, other):
        return type(self)(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    __class_getitem__ = classmethod(type(list[int]))


class _FinalizerRecord:
    __slots__ = ("wr", "func", "args", "kwargs", "atexit", "order")


class finalize:
    """finalize(obj, func, /, *args, **kwargs): calls func(*args, **kwargs) once, when obj dies, when the finalizer
    is called, or (if its atexit attribute is true, the default) when the interpreter exits, whichever comes first.
    The finalizer keeps itself alive until then."""

    # All live finalizers of this interpreter, each with its record (the module is per interpreter).
    _live = {}
    _counter = 0
    _hooked = False
    _exiting = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._hooked:
            import atexit
            atexit.register(finalize._run_at_exit)
            finalize._hooked = True
        rec = _FinalizerRecord()
        rec.wr = ref(obj, self)
        rec.func = func
        rec.args = args
        rec.kwargs = kwargs
        rec.atexit = True
        finalize._counter += 1
        rec.order = finalize._counter
        finalize._live[self] = rec

    def __call__(self, _=None):
        """Runs the callback now if it has not run (returns its result), else returns None."""
        rec = finalize._live.pop(self, None)
        if rec is not None and not finalize._exiting:
            return rec.func(*rec.args, **rec.kwargs)

    def detach(self):
        """Cancels the finalizer; returns (obj, func, args, kwargs) if it was alive, else None."""
        rec = finalize._live.get(self)
        obj = rec.wr() if rec is not None else None
        if obj is not None and finalize._live.pop(self, None) is not None:
            return (obj, rec.func, rec.args, rec.kwargs)

    def peek(self):
        """(obj, func, args, kwargs) if the finalizer is alive, else None."""
        rec = finalize._live.get(self)
        obj = rec.wr() if rec is not None else None
        if obj is not None:
            return (obj, rec.func, rec.args, rec.kwargs)

    @property
    def alive(self):
        return self in finalize._live

    @property
    def atexit(self):
        rec = finalize._live.get(self)
        return rec is not None and rec.atexit

    @atexit.setter
    def atexit(self, value):
        rec = finalize._live.get(self)
        if rec is not None:
            rec.atexit = bool(value)

    def __repr__(self):
        rec = finalize._live.get(self)
        obj = rec.wr() if rec is not None else None
        if obj is None:
            return f"<{type(self).__name__} object at {_addr(self)}; dead>"
        return f"<{type(self).__name__} object at {_addr(self)}; for {type(obj).__name__!r} at {_addr(obj)}>"

    @staticmethod
    def _run_at_exit():
        # Newest first; a finalizer may create or cancel others, so the choice is made again after each call.
        try:
            while True:
                chosen = None
                for f, rec in finalize._live.items():
                    if rec.atexit and (chosen is None or rec.order > chosen[1].order):
                        chosen = (f, rec)
                if chosen is None:
                    break
                try:
                    chosen[0]()
                except Exception:
                    sys.excepthook(*sys.exc_info())
        finally:
            finalize._exiting = True
