"""Futures, the Executor interface, wait() and as_completed(), written for Atoll.

Names and behaviour follow CPython 3.13's documentation (docs.python.org/3.13/library/concurrent.futures.html).
"""

import sys as _sys
import threading
import _thread
from time import monotonic as _clock

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# The states of a future. CANCELLED becomes CANCELLED_AND_NOTIFIED when the executor sees the cancellation
# (set_running_or_notify_cancel()); only then do wait() and as_completed() count the future as done.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

_CANCELLED_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED)
_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)
_SETTLED_STATES = (CANCELLED_AND_NOTIFIED, FINISHED)  # what wait() and as_completed() count as done


class Error(Exception):
    """Base class for the exceptions of this package."""


class CancelledError(Error):
    """The future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in the future's current state."""


class BrokenExecutor(RuntimeError):
    """The executor can no longer run tasks (a worker failed to start or died)."""


try:
    _GenericAlias = type(list[int])
except TypeError:
    _GenericAlias = None


def _generic(cls, item):
    return cls if _GenericAlias is None else _GenericAlias(cls, item)


def _log(message, with_exception=False):
    """Reports a problem as CPython's logger does when nothing configured logging: the message (then the traceback
    of the exception being handled) on sys.stderr."""
    stderr = _sys.stderr
    if stderr is None:
        return
    text = message + "\n"
    exc = _sys.exc_info()[1] if with_exception else None
    if exc is not None:
        text += _thread._format_exception(exc)
    stderr.write(text)
    stderr.flush()


def _log_exception(message):
    _log(message, with_exception=True)


class Future:
    """The result of a call that runs elsewhere: it is pending, running, cancelled or finished (with a result or an
    exception), and can be waited for."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._watchers = []         # wait() and as_completed() collectors to tell when this future settles
        self._done_callbacks = []

    def __repr__(self):
        with self._condition:
            description = _STATE_TO_DESCRIPTION_MAP[self._state]
            where = f"<{type(self).__name__} at {id(self):#x} state={description}"
            if self._state == FINISHED:
                if self._exception is not None:
                    return f"{where} raised {type(self._exception).__name__}>"
                return f"{where} returned {type(self._result).__name__}>"
            return where + ">"

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                _log_exception(f"exception calling callback for {self!r}")

    def _settle(self):
        # Called with the condition held, once the state is final for waiters.
        for watcher in self._watchers:
            watcher.settled(self)
        self._condition.notify_all()

    def cancel(self):
        """Cancels the future unless it is running or finished; returns whether it is (now) cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in _CANCELLED_STATES:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in _CANCELLED_STATES

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """True once the future was cancelled or finished."""
        with self._condition:
            return self._state in _DONE_STATES

    def _outcome(self):
        if self._exception is not None:
            # The original exception object, raised again in the caller (its traceback grows by the caller's frames).
            raise self._exception
        return self._result

    def _wait_settled(self, timeout):
        # With the condition held: waits until the future is cancelled or finished; raises CancelledError or
        # TimeoutError as result() and exception() do.
        if self._state not in _DONE_STATES:
            self._condition.wait(timeout)
        if self._state in _CANCELLED_STATES:
            raise CancelledError()
        if self._state != FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        """The call's return value, waiting up to *timeout* seconds for it; raises the call's exception if it
        raised one, CancelledError if the future was cancelled, TimeoutError if the time ran out."""
        with self._condition:
            self._wait_settled(timeout)
            return self._outcome()

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting as result() does."""
        with self._condition:
            self._wait_settled(timeout)
            return self._exception

    def add_done_callback(self, fn):
        """Calls fn(future) when the future is cancelled or finished (at once if it already is)."""
        with self._condition:
            if self._state not in _DONE_STATES:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            _log_exception(f"exception calling callback for {self!r}")

    def set_running_or_notify_cancel(self):
        """For executors, before running the call: returns False if the future was cancelled (waiters are told),
        otherwise marks it running and returns True."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                self._settle()
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            _log(f"Future {id(self)} in unexpected state: {self._state}")
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        """For executors: the call returned *result*."""
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError(f"{self._state}: {self!r}")
            self._result = result
            self._state = FINISHED
            self._settle()
        self._invoke_callbacks()

    def set_exception(self, exception):
        """For executors: the call raised *exception*."""
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError(f"{self._state}: {self!r}")
            self._exception = exception
            self._state = FINISHED
            self._settle()
        self._invoke_callbacks()

    __class_getitem__ = classmethod(_generic)


class Executor:
    """Runs calls asynchronously; subclasses provide submit()."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedules fn(*args, **kwargs); returns a Future for its outcome."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), with the calls made concurrently: every call is submitted now, the results come
        in order. A call's exception is raised when its result is reached; TimeoutError if a result is not there
        *timeout* seconds after map() was called. *chunksize* is ignored by thread pools."""
        deadline = None if timeout is None else _clock() + timeout
        futures = [self.submit(fn, *args) for args in zip(*iterables)]
        return _results_in_order(futures, deadline)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Frees the executor's resources; *wait* waits for the pending calls to finish."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


def _results_in_order(futures, deadline):
    # The generator behind Executor.map: yields each future's result in turn; whatever ends it early (an exception,
    # a timeout, the consumer closing it) cancels the futures not reached yet.
    next_index = 0
    try:
        while next_index < len(futures):
            future = futures[next_index]
            futures[next_index] = None
            next_index += 1
            try:
                if deadline is None:
                    value = future.result()
                else:
                    value = future.result(deadline - _clock())
            except BaseException:
                future.cancel()
                raise
            future = None
            yield value
    finally:
        for i in range(next_index, len(futures)):
            futures[i].cancel()


class DoneAndNotDoneFutures(tuple):
    """What wait() returns: the sets *done* and *not_done*."""

    __slots__ = ()

    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]

    def __repr__(self):
        return f"DoneAndNotDoneFutures(done={self[0]!r}, not_done={self[1]!r})"


class _Collector:
    """Watches a group of futures for wait() or as_completed(): collects the ones that settle and raises its event
    when the caller should look."""

    def __init__(self, mode, pending):
        self.mode = mode
        self.pending = pending      # futures not settled yet
        self.lock = threading.Lock()
        self.event = threading.Event()
        self.finished = []

    def settled(self, future):
        # Called by the future with its condition held.
        with self.lock:
            self.finished.append(future)
            self.pending -= 1
            mode = self.mode
            if mode == FIRST_COMPLETED or mode == _AS_COMPLETED or self.pending <= 0:
                self.event.set()
            elif (mode == FIRST_EXCEPTION and future._state == FINISHED
                    and future._exception is not None):
                self.event.set()


class _AllLocked:
    """Holds the conditions of several futures (taken in one global order, so two callers cannot deadlock)."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for f in self.futures:
            f._condition.acquire()

    def __exit__(self, *exc):
        for f in self.futures:
            f._condition.release()


def _unwatch(futures, collector):
    for f in futures:
        with f._condition:
            watchers = f._watchers
            for i in range(len(watchers)):
                if watchers[i] is collector:
                    del watchers[i]
                    break


def _raised(future):
    return future._state == FINISHED and future._exception is not None


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits until the futures in *fs* are done as *return_when* says (FIRST_COMPLETED, FIRST_EXCEPTION or
    ALL_COMPLETED), or until *timeout* seconds pass. Returns DoneAndNotDoneFutures(done, not_done)."""
    fs = set(fs)
    with _AllLocked(fs):
        done = {f for f in fs if f._state in _SETTLED_STATES}
        not_done = fs - done
        if not not_done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and any(_raised(f) for f in done):
            return DoneAndNotDoneFutures(done, not_done)
        collector = _Collector(return_when, len(not_done))
        for f in not_done:
            f._watchers.append(collector)
    collector.event.wait(timeout)
    _unwatch(not_done, collector)
    with collector.lock:
        done.update(collector.finished)
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    """An iterator over the futures in *fs* that yields each one as it completes (those already done first).
    Raises TimeoutError if some are still not done *timeout* seconds after the call."""
    deadline = None if timeout is None else _clock() + timeout
    fs = set(fs)
    total = len(fs)
    with _AllLocked(fs):
        already = [f for f in fs if f._state in _SETTLED_STATES]
        pending = fs - set(already)
        collector = _Collector(_AS_COMPLETED, len(pending))
        for f in pending:
            f._watchers.append(collector)
    return _completion_order(fs, already, pending, total, collector, deadline)


def _completion_order(fs, already, pending, total, collector, deadline):
    try:
        for f in already:
            yield f
        while pending:
            if deadline is None:
                left = None
            else:
                left = deadline - _clock()
                if left < 0:
                    raise TimeoutError(f"{len(pending)} (of {total}) futures unfinished")
            collector.event.wait(left)
            with collector.lock:
                batch = collector.finished
                collector.finished = []
                collector.event.clear()
            for f in batch:
                if f in pending:
                    pending.discard(f)
                    yield f
    finally:
        _unwatch(fs, collector)
