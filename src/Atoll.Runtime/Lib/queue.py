"""Atoll's queue module: queues that many threads may put into and get from.

Written for Atoll on top of its threading module; names and behaviour follow CPython 3.13's documentation
(docs.python.org/3.13/library/queue.html), shutdown() included.
"""

import threading
from time import monotonic as _clock

__all__ = ['Empty', 'Full', 'ShutDown', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    """Raised by a non-blocking get(), or one whose timeout expired, when there was nothing to get."""


class Full(Exception):
    """Raised by a non-blocking put(), or one whose timeout expired, when the queue had no room."""


class ShutDown(Exception):
    """Raised by put() and get() on a queue that has been shut down."""


Empty.__module__ = '_queue'  # where CPython defines it

try:
    _GenericAlias = type(list[int])
except TypeError:
    _GenericAlias = None


def _generic(cls, item):
    if _GenericAlias is None:
        return cls
    return _GenericAlias(cls, item)


class _Deque:
    """The first-in first-out buffer of Queue: appends at the right, pops at the left in amortised constant time
    (a list and the index of its first live item, compacted when half of it is dead)."""

    __slots__ = ('_items', '_head')

    def __init__(self, iterable=()):
        self._items = list(iterable)
        self._head = 0

    def append(self, item):
        self._items.append(item)

    def appendleft(self, item):
        if self._head > 0:
            self._head -= 1
            self._items[self._head] = item
        else:
            self._items.insert(0, item)

    def popleft(self):
        if self._head >= len(self._items):
            raise IndexError("pop from an empty deque")
        item = self._items[self._head]
        self._items[self._head] = None
        self._head += 1
        if self._head * 2 >= len(self._items):
            del self._items[:self._head]
            self._head = 0
        return item

    def pop(self):
        if self._head >= len(self._items):
            raise IndexError("pop from an empty deque")
        return self._items.pop()

    def clear(self):
        self._items = []
        self._head = 0

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def __iter__(self):
        return iter(self._items[self._head:])

    def __repr__(self):
        return f"deque({self._items[self._head:]!r})"


# A binary min-heap kept in a list (PriorityQueue): item i's children are 2i+1 and 2i+2, none smaller than it.

def _heap_push(heap, item):
    heap.append(item)
    # Move the new item up while it is smaller than its parent.
    pos = len(heap) - 1
    while pos > 0:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _heap_pop(heap):
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    # Put the former last item at the root and move it down below its smaller children.
    size = len(heap)
    pos = 0
    while True:
        child = 2 * pos + 1
        if child >= size:
            break
        if child + 1 < size and heap[child + 1] < heap[child]:
            child += 1
        if heap[child] < last:
            heap[pos] = heap[child]
            pos = child
        else:
            break
    heap[pos] = last
    return smallest


class Queue:
    """A first-in first-out queue for threads; *maxsize* <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One lock guards everything; three conditions on it let the waiting parties sleep apart.
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0
        self.is_shutdown = False

    def task_done(self):
        """Tells the queue that the processing of one item taken by get() is finished (see join())."""
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks = left
            if left == 0:
                self.all_tasks_done.notify_all()

    def join(self):
        """Waits until every item put into the queue has been got and marked done with task_done()."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """The number of items in the queue (it may change as soon as it is returned)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return self._qsize() == 0

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Adds *item*, waiting for room if the queue is bounded and full (unless *block* is false); raises Full
        when no room came, ShutDown once the queue is shut down."""
        with self.not_full:
            if self.is_shutdown:
                raise ShutDown
            if self.maxsize > 0 and block and timeout is not None and timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            if self.maxsize > 0 and self._qsize() >= self.maxsize:
                if not block:
                    raise Full
                deadline = None if timeout is None else _clock() + timeout
                while self._qsize() >= self.maxsize:
                    if deadline is None:
                        self.not_full.wait()
                    else:
                        left = deadline - _clock()
                        if left <= 0:
                            raise Full
                        self.not_full.wait(left)
                    if self.is_shutdown:
                        raise ShutDown
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Removes and returns the next item, waiting for one unless *block* is false; raises Empty when none came,
        ShutDown when the queue is shut down and empty."""
        with self.not_empty:
            if self.is_shutdown and not self._qsize():
                raise ShutDown
            if block and timeout is not None and timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            if not self._qsize():
                if not block:
                    raise Empty
                deadline = None if timeout is None else _clock() + timeout
                while not self._qsize():
                    if deadline is None:
                        self.not_empty.wait()
                    else:
                        left = deadline - _clock()
                        if left <= 0:
                            raise Empty
                        self.not_empty.wait(left)
                    if self.is_shutdown and not self._qsize():
                        raise ShutDown
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    def shutdown(self, immediate=False):
        """Shuts the queue down: put() raises ShutDown from now on, and get() does once the queue is empty. With
        *immediate*, the items left are dropped (each counted as done for join()). Blocked callers wake up."""
        with self.mutex:
            self.is_shutdown = True
            if immediate:
                while self._qsize():
                    self._get()
                    if self.unfinished_tasks > 0:
                        self.unfinished_tasks -= 1
                self.all_tasks_done.notify_all()
            self.not_empty.notify_all()
            self.not_full.notify_all()

    # The storage, replaced by the subclasses (called with the mutex held).
    def _init(self, maxsize):
        self.queue = _Deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(_generic)


class PriorityQueue(Queue):
    """A queue that hands out its smallest item first (items are often (priority, data) tuples)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heap_push(self.queue, item)

    def _get(self):
        return _heap_pop(self.queue)


class LifoQueue(Queue):
    """A queue that hands out its most recently added item first (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded first-in first-out queue without task tracking: put() never blocks."""

    def __init__(self):
        self._items = _Deque()
        self._ready = threading.Condition(threading.Lock())

    def put(self, item, block=True, timeout=None):
        """Adds *item* (*block* and *timeout* are accepted for compatibility with Queue and ignored)."""
        with self._ready:
            self._items.append(item)
            self._ready.notify()

    def put_nowait(self, item):
        self.put(item, block=False)

    def get(self, block=True, timeout=None):
        """Removes and returns the first item, waiting for one unless *block* is false; raises Empty when none
        came within *timeout*."""
        if block and timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        with self._ready:
            if not self._items:
                if not block:
                    raise Empty
                deadline = None if timeout is None else _clock() + timeout
                while not self._items:
                    if deadline is None:
                        self._ready.wait()
                    else:
                        left = deadline - _clock()
                        if left <= 0:
                            raise Empty
                        self._ready.wait(left)
            return self._items.popleft()

    def get_nowait(self):
        return self.get(block=False)

    def empty(self):
        return len(self._items) == 0

    def qsize(self):
        return len(self._items)

    __class_getitem__ = classmethod(_generic)


SimpleQueue.__module__ = '_queue'
