"""Atoll's threading module: Thread objects and the synchronisation tools built on the locks of _thread.

Everything here is written for Atoll on top of its native _thread module (threads that take turns holding their
interpreter's lock, plain and reentrant locks, thread handles). The public names and their behaviour follow
CPython 3.13's documentation (docs.python.org/3.13/library/threading.html).
"""

import sys as _sys
import _thread
import _weakref
from time import monotonic as _clock

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError',
           'Timer', 'ThreadError', 'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size', 'excepthook',
           'get_native_id', 'getprofile', 'gettrace', 'setprofile_all_threads', 'settrace_all_threads']

_new_lock = _thread.allocate_lock
_spawn = _thread.start_joinable_thread
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
Lock = _thread.LockType
_NativeRLock = _thread.RLock


def RLock(*args, **kwargs):
    """A reentrant lock: the thread holding it may take it again, and must release it as often as it took it."""
    return _NativeRLock(*args, **kwargs)


# ---------------------------------------------------------------------------------------------------------------
# Tracing and profiling hooks: Atoll has no sys.settrace, so these are only remembered for the get* functions.

_hooks = {'trace': None, 'profile': None}


def settrace(func):
    _hooks['trace'] = func


def settrace_all_threads(func):
    _hooks['trace'] = func


def gettrace():
    return _hooks['trace']


def setprofile(func):
    _hooks['profile'] = func


def setprofile_all_threads(func):
    _hooks['profile'] = func


def getprofile():
    return _hooks['profile']


# ---------------------------------------------------------------------------------------------------------------
# Condition variables

class Condition:
    """A condition variable: threads wait (releasing the associated lock) until another thread notifies them.

    The associated lock is a new RLock unless one is given; plain locks work too.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # A reentrant lock knows how to let go completely while waiting and to come back at the same depth;
        # for any other lock the plain versions below are used.
        if hasattr(lock, '_release_save'):
            self._release_save = lock._release_save
        if hasattr(lock, '_acquire_restore'):
            self._acquire_restore = lock._acquire_restore
        if hasattr(lock, '_is_owned'):
            self._is_owned = lock._is_owned
        # One private lock per waiting thread, held while it sleeps; notify() wakes a thread by releasing its lock.
        self._sleepers = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def __repr__(self):
        return f"<Condition({self._lock!r}, {len(self._sleepers)})>"

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock has no owner: it counts as ours when it cannot be taken right now.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Releases the lock, sleeps until notified or until *timeout* seconds pass, takes the lock again.
        Returns False only when the timeout expired."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        sleeper = _new_lock()
        sleeper.acquire()
        self._sleepers.append(sleeper)
        state = self._release_save()
        woken = False
        try:
            if timeout is None:
                woken = sleeper.acquire()
            elif timeout > 0:
                woken = sleeper.acquire(True, timeout)
            else:
                woken = sleeper.acquire(False)
            return woken
        finally:
            self._acquire_restore(state)
            if not woken:
                # Timed out (or interrupted): leave the line unless a notifier already took us out of it.
                for i in range(len(self._sleepers)):
                    if self._sleepers[i] is sleeper:
                        del self._sleepers[i]
                        break

    def wait_for(self, predicate, timeout=None):
        """Waits until predicate() is true (checked first, then after each wake-up); returns its last value."""
        deadline = None if timeout is None else _clock() + timeout
        result = predicate()
        while not result:
            if deadline is None:
                self.wait()
            else:
                left = deadline - _clock()
                if left <= 0:
                    break
                self.wait(left)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wakes up to *n* of the waiting threads (the longest waiting first). The lock must be held."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        sleepers = self._sleepers
        woken = 0
        while sleepers and woken < n:
            sleeper = sleepers.pop(0)
            woken += 1
            try:
                sleeper.release()
            except RuntimeError:
                pass

    def notify_all(self):
        """Wakes every waiting thread. The lock must be held."""
        self.notify(len(self._sleepers))

    def notifyAll(self):
        self.notify_all()


# ---------------------------------------------------------------------------------------------------------------
# Semaphores

class Semaphore:
    """A counter that acquire() decrements, waiting while it is zero, and release() increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = type(self)
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: value={self._value}>"

    def acquire(self, blocking=True, timeout=None):
        """Takes one unit, waiting for it unless *blocking* is false; returns False if none came in *timeout*."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if self._value == 0:
                if not blocking:
                    return False
                deadline = None if timeout is None else _clock() + timeout
                while self._value == 0:
                    if deadline is None:
                        self._cond.wait()
                    else:
                        left = deadline - _clock()
                        if left <= 0:
                            return False
                        self._cond.wait(left)
            self._value -= 1
            return True

    def __enter__(self):
        return self.acquire()

    def release(self, n=1):
        """Gives back *n* units, waking as many waiting threads."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, *exc):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose value may never go above its initial value: releasing too often is an error."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._limit = value

    def __repr__(self):
        cls = type(self)
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: value={self._value}/{self._limit}>"

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._limit:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


# ---------------------------------------------------------------------------------------------------------------
# Events

class Event:
    """A flag that threads can wait for: set() raises it and wakes every waiter, clear() lowers it."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = type(self)
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {'set' if self._flag else 'unset'}>"

    def is_set(self):
        return self._flag

    def isSet(self):
        return self._flag

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Waits until the flag is set or *timeout* seconds pass; returns the flag as seen on waking."""
        with self._cond:
            if self._flag:
                return True
            return self._cond.wait(timeout)


# ---------------------------------------------------------------------------------------------------------------
# Barriers

class BrokenBarrierError(RuntimeError):
    pass


# The phases of a barrier.
_FILLING = 'filling'      # threads are arriving
_DRAINING = 'draining'    # the barrier tripped: the waiting threads are leaving
_RESETTING = 'resetting'  # reset() while threads were waiting: they leave with BrokenBarrierError
_BROKEN = 'broken'        # abort(), a timeout or a failed action: every wait fails until reset()


class Barrier:
    """Makes *parties* threads wait for each other: the last one to arrive runs *action* and lets them all go."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition(Lock())
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._phase = _FILLING
        self._inside = 0  # threads between arriving and leaving

    def __repr__(self):
        cls = type(self)
        if self._phase == _BROKEN:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self._parties}>")

    def wait(self, timeout=None):
        """Waits for the other parties; returns this thread's arrival index (0 for the first, parties-1 for the
        last). Raises BrokenBarrierError if the barrier is or becomes broken, or is reset meanwhile."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # Threads of the previous round may still be leaving.
            while self._phase in (_DRAINING, _RESETTING):
                self._cond.wait()
            if self._phase == _BROKEN:
                raise BrokenBarrierError
            index = self._inside
            self._inside += 1
            try:
                if self._inside == self._parties:
                    self._trip()
                else:
                    self._await_trip(timeout)
                return index
            finally:
                self._inside -= 1
                if self._inside == 0 and self._phase in (_DRAINING, _RESETTING):
                    self._phase = _FILLING
                    self._cond.notify_all()

    def _trip(self):
        try:
            if self._action is not None:
                self._action()
        except BaseException:
            self._break()
            raise
        self._phase = _DRAINING
        self._cond.notify_all()

    def _await_trip(self, timeout):
        if not self._cond.wait_for(lambda: self._phase != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._phase in (_BROKEN, _RESETTING):
            raise BrokenBarrierError

    def _break(self):
        self._phase = _BROKEN
        self._cond.notify_all()

    def reset(self):
        """Puts the barrier back to its empty state; threads waiting on it get BrokenBarrierError."""
        with self._cond:
            if self._inside > 0:
                if self._phase in (_FILLING, _BROKEN):
                    self._phase = _RESETTING
            else:
                self._phase = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Breaks the barrier: current and future waits raise BrokenBarrierError until reset()."""
        with self._cond:
            self._break()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._inside if self._phase == _FILLING else 0

    @property
    def broken(self):
        return self._phase == _BROKEN


# ---------------------------------------------------------------------------------------------------------------
# The registry of threads

_registry_lock = RLock()   # reentrant: enumerate() may be called from code run while it is held
_active = {}               # ident -> Thread, for threads that are running
_starting = {}             # Thread -> Thread, started but not yet running
_name_numbers = [0]
_exit_callbacks = []       # _register_atexit
_shutting_down = [False]


def _newname(template):
    with _registry_lock:
        _name_numbers[0] += 1
        return template % _name_numbers[0]


class _Handle:
    """What a thread not started by this module (the main thread, foreign threads) has instead of a
    _thread._ThreadHandle: an ident and a done flag others can wait for."""

    def __init__(self, ident):
        self.ident = ident
        self._done = Event()

    def is_done(self):
        return self._done.is_set()

    def _set_done(self):
        self._done.set()

    def join(self, timeout=None):
        self._done.wait(timeout)


class Thread:
    """A thread of control: runs *target* (or an overriding run()) in a new thread once start() is called."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name = f"{name} ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = None
        self._native_id = None
        self._handle = None
        self._started = Event()
        self._local_stores = []  # weak references to the stores of thread-local objects with data of this thread
        self._stderr = _sys.stderr
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        if self._handle is not None and self._handle.is_done():
            status = "stopped"
        elif self._started.is_set():
            status = "started"
        else:
            status = "initial"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += f" {self._ident}"
        return f"<{type(self).__name__}({self._name}, {status})>"

    def start(self):
        """Starts the thread: run() is called in it. A thread can be started once."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _registry_lock:
            _starting[self] = self
        try:
            self._handle = _spawn(self._bootstrap, daemon=self._daemonic)
        except BaseException:
            with _registry_lock:
                _starting.pop(self, None)
            raise
        self._started.wait()

    def run(self):
        """What the thread does: calls the target with the given arguments. Subclasses may override it."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop the references: the target's arguments may refer back to this thread.
            self._target = self._args = self._kwargs = None

    def _bootstrap(self):
        # Runs in the new thread.
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _registry_lock:
            _active[self._ident] = self
            _starting.pop(self, None)
        self._started.set()
        try:
            try:
                self.run()
            except BaseException:
                _report_uncaught(self)
        finally:
            self._forget()

    def _forget(self):
        # The thread's last Python code: its thread-local data goes, and it leaves the registry.
        stores = self._local_stores
        self._local_stores = []
        for store_ref in stores:
            store = store_ref()
            if store is not None:
                store.forget(self)
        with _registry_lock:
            if _active.get(self._ident) is self:
                del _active[self._ident]

    def join(self, timeout=None):
        """Waits until the thread ends, or for at most *timeout* seconds (see is_alive() to tell which)."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is not None and timeout < 0:
            timeout = 0
        self._handle.join(timeout)

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        """True from just before run() starts until just after it ends."""
        assert self._initialized, "Thread.__init__() not called"
        return self._started.is_set() and not self._handle.is_done()

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    # Old spellings (deprecated in CPython; Atoll has no warnings module to say so).
    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class Timer(Thread):
    """A thread that calls *function* after *interval* seconds, unless cancel() comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        """Stops the timer if its function has not been called yet."""
        self.finished.set()

    def run(self):
        if not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    """The thread that runs __main__."""

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = _thread._get_main_thread_ident()
        self._native_id = self._ident
        self._handle = _Handle(self._ident)
        with _registry_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread started by other means than this module (current_thread() called in it). It is a daemon
    and cannot be joined."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._handle = _Handle(self._ident)
        with _registry_lock:
            _active[self._ident] = self

    def is_alive(self):
        if self._started.is_set() and not self._handle.is_done():
            return True
        raise RuntimeError("thread is not alive")

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


def current_thread():
    """The Thread object of the calling thread (a dummy one for threads not started by this module)."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    return current_thread()


def main_thread():
    """The Thread object of the thread that runs __main__."""
    return _main_thread


def active_count():
    """How many Thread objects are alive (the length of enumerate())."""
    with _registry_lock:
        return len(_active) + len(_starting)


def activeCount():
    return active_count()


def enumerate():
    """The Thread objects alive now, including the main thread and dummy threads."""
    with _registry_lock:
        return list(_active.values()) + list(_starting.values())


def _enumerate():
    return list(_active.values()) + list(_starting.values())


# ---------------------------------------------------------------------------------------------------------------
# Uncaught exceptions in threads

class ExceptHookArgs(tuple):
    """What threading.excepthook receives: exc_type, exc_value, exc_traceback and thread."""

    __slots__ = ()

    def __new__(cls, args):
        args = tuple(args)
        if len(args) != 4:
            raise TypeError(f"_thread._ExceptHookArgs() takes a 4-sequence ({len(args)}-sequence given)")
        return tuple.__new__(cls, args)

    @property
    def exc_type(self):
        return self[0]

    @property
    def exc_value(self):
        return self[1]

    @property
    def exc_traceback(self):
        return self[2]

    @property
    def thread(self):
        return self[3]

    def __repr__(self):
        return (f"_thread._ExceptHookArgs(exc_type={self[0]!r}, exc_value={self[1]!r}, "
                f"exc_traceback={self[2]!r}, thread={self[3]!r})")


ExceptHookArgs.__name__ = ExceptHookArgs.__qualname__ = '_ExceptHookArgs'
ExceptHookArgs.__module__ = '_thread'


def excepthook(args, /):
    """The default handler of exceptions that escape a thread's run(): prints the thread's name and the
    traceback to sys.stderr (SystemExit is ignored)."""
    if args.exc_type is SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None:
        stderr = getattr(args.thread, '_stderr', None)
        if stderr is None:
            return
    name = None
    if args.thread is not None:
        try:
            name = args.thread.name
        except Exception:
            name = None
    if name is None:
        name = get_ident()
    stderr.write(f"Exception in thread {name}:\n")
    stderr.flush()
    value = args.exc_value
    if isinstance(value, BaseException):
        stderr.write(_thread._format_exception(value))
    elif args.exc_type is not None:
        stderr.write(f"{getattr(args.exc_type, '__name__', args.exc_type)}\n")
    stderr.flush()


__excepthook__ = excepthook


def _report_uncaught(thread):
    # Called in the except clause around run(): hands the exception to threading.excepthook. If the hook itself
    # fails, its exception goes to sys.excepthook, as CPython does.
    exc_type, exc_value, exc_tb = _sys.exc_info()
    try:
        hook = excepthook if excepthook is not None else __excepthook__
        hook(ExceptHookArgs((exc_type, exc_value, exc_tb, thread)))
    except Exception as failure:
        failure.__suppress_context__ = True
        stderr = _sys.stderr if _sys.stderr is not None else thread._stderr
        if stderr is not None:
            stderr.write("Exception in threading.excepthook:\n")
            stderr.flush()
        sys_hook = _sys.excepthook if _sys.excepthook is not None else _sys.__excepthook__
        sys_hook(type(failure), failure, failure.__traceback__)
    finally:
        exc_type = exc_value = exc_tb = None


# ---------------------------------------------------------------------------------------------------------------
# Thread-local data

class _LocalStore:
    """The per-thread dictionaries of one local object, keyed by Thread object."""

    __slots__ = ('args', 'kwargs', 'dicts', '__weakref__')

    def __init__(self, args, kwargs):
        self.args = args
        self.kwargs = kwargs
        self.dicts = {}

    def forget(self, thread):
        self.dicts.pop(thread, None)


def _local_dict(self):
    # The calling thread's dictionary for local object *self*; made on the first touch in a thread, where
    # __init__ runs again with the arguments the object was created with.
    store = object.__getattribute__(self, '_local__store')
    thread = current_thread()
    d = store.dicts.get(thread)
    if d is None:
        d = store.dicts[thread] = {}
        thread._local_stores.append(_weakref.ref(store, thread._local_stores.remove))
        init = type(self).__init__
        if init is not object.__init__:
            try:
                init(self, *store.args, **store.kwargs)
            except BaseException:
                store.dicts.pop(thread, None)
                raise
    return d


class _SlotSample:
    __slots__ = ('slot',)


# Slots and C-level attributes (__class__) are data descriptors; Atoll's descriptor types do not show __set__, so
# they are recognised by type.
_NATIVE_DATA_DESCRIPTORS = (type(_SlotSample.__dict__['slot']), type(object.__dict__['__class__']))


def _class_attribute(tp, name):
    # (found, is_data_descriptor) for *name* looked up on the type, as attribute access does.
    for klass in tp.__mro__:
        namespace = klass.__dict__
        if name in namespace:
            kind = type(namespace[name])
            return True, (kind in _NATIVE_DATA_DESCRIPTORS or hasattr(kind, '__set__')
                          or hasattr(kind, '__delete__'))
    return False, False


def _local_type_name(tp):
    return '_thread._local' if tp is local else tp.__name__


class local:
    """Thread-local data: each thread sees its own attributes. In each new thread that touches the object, a
    subclass's __init__ runs again with the constructor's arguments."""

    __slots__ = ('_local__store',)

    def __new__(cls, /, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        store = _LocalStore(args, kwargs)
        object.__setattr__(self, '_local__store', store)
        # The creating thread gets its dictionary now; type() calls __init__ in it as usual.
        thread = current_thread()
        store.dicts[thread] = {}
        thread._local_stores.append(_weakref.ref(store, thread._local_stores.remove))
        return self

    def __getattribute__(self, name):
        d = _local_dict(self)
        if name == '__dict__':
            return d
        tp = type(self)
        found, data = _class_attribute(tp, name)
        if found and data:
            return object.__getattribute__(self, name)
        if name in d:
            return d[name]
        if found:
            return object.__getattribute__(self, name)
        raise AttributeError(f"'{_local_type_name(tp)}' object has no attribute '{name}'")

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(f"'{_local_type_name(type(self))}' object attribute '__dict__' is read-only")
        d = _local_dict(self)
        found, data = _class_attribute(type(self), name)
        if found and data:
            object.__setattr__(self, name, value)
        else:
            d[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(f"'{_local_type_name(type(self))}' object attribute '__dict__' is read-only")
        d = _local_dict(self)
        found, data = _class_attribute(type(self), name)
        if found and data:
            object.__delattr__(self, name)
        elif name in d:
            del d[name]
        else:
            raise AttributeError(f"'{_local_type_name(type(self))}' object has no attribute '{name}'")


local.__name__ = local.__qualname__ = '_local'
local.__module__ = '_thread'


# ---------------------------------------------------------------------------------------------------------------
# Interpreter shutdown

def _register_atexit(func, *args, **kwargs):
    """Registers func(*args, **kwargs) to be called (last registered first) by _shutdown() before it waits for
    the non-daemon threads."""
    if _shutting_down[0]:
        raise RuntimeError("can't register atexit after shutdown")
    _exit_callbacks.append((func, args, kwargs))


def _shutdown():
    """Called by the runtime when __main__ has finished: runs the _register_atexit callbacks, then waits until
    every non-daemon thread has ended (threads they start meanwhile included)."""
    if _main_thread._handle.is_done():
        return
    _shutting_down[0] = True
    while _exit_callbacks:
        func, args, kwargs = _exit_callbacks.pop()
        func(*args, **kwargs)
    _main_thread._handle._set_done()
    me = current_thread()
    while True:
        with _registry_lock:
            waiting = [t for t in _enumerate()
                       if t is not me and not t._daemonic and not isinstance(t, _DummyThread)
                       and t._handle is not None and not t._handle.is_done()]
        if not waiting:
            break
        for t in waiting:
            t._handle.join()


_main_thread = _MainThread()
