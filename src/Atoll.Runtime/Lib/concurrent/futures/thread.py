"""ThreadPoolExecutor: runs calls on a pool of worker threads. Written for Atoll.

The worker side is split so that other pools can reuse it (an InterpreterPoolExecutor runs each worker in its own
interpreter): ``prepare_context()`` returns a factory of per-worker contexts, called in each worker thread, and a
function turning a submitted call into the task given to ``context.run()``. A context's ``initialize()`` runs first in
its worker, ``finalize()`` last.
"""

import sys as _sys
import threading
import queue
import _thread
import weakref
from concurrent.futures import _base

__all__ = ['ThreadPoolExecutor', 'BrokenThreadPool', 'WorkerContext']


# Worker threads of every pool, with their pool's work queue: at interpreter exit each gets a wake-up and is
# waited for (before threading waits for non-daemon threads), so queued work still runs.
_worker_queues = {}
_interpreter_exiting = [False]
_exit_lock = threading.Lock()


def _stop_all_workers():
    with _exit_lock:
        _interpreter_exiting[0] = True
    workers = list(_worker_queues.items())
    for _, work_queue in workers:
        work_queue.put(None)
    for thread, _ in workers:
        thread.join()


threading._register_atexit(_stop_all_workers)


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker's initializer failed: the pool takes no more work."""


class WorkerContext:
    """What one worker needs to run tasks; made in the worker's own thread. Subclasses (other kinds of pools) may
    keep per-worker resources here."""

    @classmethod
    def prepare(cls, initializer, initargs):
        """Checks the pool's arguments; returns (create_context, resolve_task): create_context() makes a context in
        a worker thread, resolve_task(fn, args, kwargs) turns a submitted call into what run() receives."""
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")

        def create_context():
            return cls(initializer, initargs)

        def resolve_task(fn, args, kwargs):
            return (fn, args, kwargs)

        return create_context, resolve_task

    def __init__(self, initializer, initargs):
        self.initializer = initializer
        self.initargs = initargs

    def initialize(self):
        """Runs first in the worker thread (the pool's initializer)."""
        if self.initializer is not None:
            self.initializer(*self.initargs)

    def finalize(self):
        """Runs last in the worker thread."""

    def run(self, task):
        """Runs one task; returns its result or raises its exception."""
        fn, args, kwargs = task
        return fn(*args, **kwargs)


class _WorkItem:
    """A submitted call waiting in the queue: its future and its task."""

    __slots__ = ('future', 'task')

    def __init__(self, future, task):
        self.future = future
        self.task = task

    def run(self, ctx):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = ctx.run(self.task)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)
        finally:
            self.task = None

    __class_getitem__ = classmethod(_base._generic)


_pool_numbers = [0]


def _next_pool_number():
    with _exit_lock:
        n = _pool_numbers[0]
        _pool_numbers[0] = n + 1
        return n


def _default_workers():
    return min(32, (_thread._process_cpu_count() or 1) + 4)


def _worker(pool_ref, create_context, work_queue, idle):
    """The body of a worker thread: makes its context, initializes it, then runs work items until the pool shuts
    down, is dropped, or the interpreter exits. It holds the pool only while it looks at it."""
    try:
        ctx = create_context()
        try:
            ctx.initialize()
        except BaseException:
            _base._log_exception('Exception in initializer:')
            pool = pool_ref()
            if pool is not None:
                pool._initializer_failed()
            return
        try:
            while True:
                try:
                    item = work_queue.get_nowait()
                except queue.Empty:
                    # Nothing queued: count as idle (submit() then starts no new thread) and wait.
                    idle.release()
                    item = work_queue.get()
                if item is not None:
                    item.run(ctx)
                    item = None
                    continue
                # The wake-up for shutting down: pass it on to the next worker and stop.
                pool = pool_ref()
                if _interpreter_exiting[0] or pool is None or pool._shutdown:
                    if pool is not None:
                        pool._shutdown = True
                    work_queue.put(None)
                    return
                pool = None
        finally:
            ctx.finalize()
    finally:
        _worker_queues.pop(threading.current_thread(), None)


class ThreadPoolExecutor(_base.Executor):
    """An executor that runs calls on up to *max_workers* threads (named *thread_name_prefix*_N); each worker runs
    *initializer*(*initargs) first."""

    BROKEN = BrokenThreadPool

    @classmethod
    def prepare_context(cls, initializer, initargs):
        """(create_context, resolve_task) for the workers (see WorkerContext.prepare); subclasses with other
        contexts override it (and may accept more keyword arguments of the constructor)."""
        return WorkerContext.prepare(initializer, initargs)

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=(), **ctxkwargs):
        if max_workers is None:
            max_workers = _default_workers()
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._create_worker_context, self._resolve_work_item_task = \
            type(self).prepare_context(initializer, initargs, **ctxkwargs)
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = thread_name_prefix or f"ThreadPoolExecutor-{_next_pool_number()}"
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _exit_lock:
            if self._broken:
                raise self.BROKEN(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _interpreter_exiting[0]:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            future = _base.Future()
            task = self._resolve_work_item_task(fn, args, kwargs)
            self._work_queue.put(_WorkItem(future, task))
            self._adjust_thread_count()
            return future

    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        # An idle worker will take the new item; otherwise start one more worker while below the limit.
        if self._idle_semaphore.acquire(timeout=0):
            return
        count = len(self._threads)
        if count < self._max_workers:
            name = f"{self._thread_name_prefix or self}_{count}"

            # Workers hold the pool weakly: once nobody else holds it, this wakes them and they end.
            def wake(_, work_queue=self._work_queue):
                work_queue.put(None)

            worker = threading.Thread(name=name, target=_worker,
                                      args=(weakref.ref(self, wake), self._create_worker_context, self._work_queue,
                                            self._idle_semaphore))
            worker.start()
            self._threads.add(worker)
            _worker_queues[worker] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool is not usable anymore')
            # The queued calls will never run: their futures fail.
            while True:
                try:
                    item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if item is not None:
                    item.future.set_exception(self.BROKEN(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                # Drop the calls not started yet; their futures are cancelled.
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if item is not None:
                        item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for worker in list(self._threads):
                worker.join()

    shutdown.__doc__ = _base.Executor.shutdown.__doc__
