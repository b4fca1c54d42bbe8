"""Shallow and deep copies (Atoll): copy(), deepcopy() with a memo, replace(), and the Error they raise.

Classes customize copying with __copy__, __deepcopy__(memo) or __replace__(**changes); everything else is copied
through the pickle protocol (copyreg.dispatch_table, __reduce_ex__(4), __reduce__). Written for Atoll from the
documented behaviour (https://docs.python.org/3/library/copy.html).
"""

import copyreg

__all__ = ["Error", "copy", "deepcopy", "replace"]


class Error(Exception):
    pass


error = Error

_function = type(lambda: None)
_builtin = type(len)
_code = type((lambda: None).__code__)

# Objects of these types are their own copies.
_shallow_atomic = frozenset([type(None), int, float, bool, complex, str, tuple, bytes, frozenset, type, range, slice,
                             property, _builtin, type(Ellipsis), type(NotImplemented), _function, _code])
_deep_atomic = frozenset([type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex, bytes, str,
                          _code, type, range, _builtin, _function, property])


def _reduction(x, cls, what):
    reductor = copyreg.dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor is not None:
        return reductor()
    raise Error("un(%s)copyable object of type %s" % (what, cls))


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _shallow_atomic or issubclass(cls, type):
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return cls.copy(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduction(x, cls, "shallow")
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo maps id(original) to its copy, so shared and recursive structures are copied once."""
    if memo is None:
        memo = {}
    key = id(x)
    y = memo.get(key, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _deep_atomic or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # The tuple may have been copied while its items were (a cycle through a mutable item).
        if key in memo:
            return memo[key]
        same = all(a is b for a, b in zip(items, x))
        y = x if same else tuple(items)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduction(x, cls, "deep")
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # The originals stay referenced from the memo, so their ids are not reused while it lives.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, state_setter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if state_setter is not None:
            state_setter(y, state)
        elif hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for name, value in slotstate.items():
                    setattr(y, name, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    return y


def replace(obj, /, **changes):
    """A new object like obj with the given fields changed, made by its class's __replace__."""
    cls = obj.__class__
    func = getattr(cls, "__replace__", None)
    if func is None:
        raise TypeError(f"replace() does not support {cls.__name__} objects")
    return func(obj, **changes)
