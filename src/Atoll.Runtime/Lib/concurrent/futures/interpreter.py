"""InterpreterPoolExecutor: a pool whose workers each run calls in an interpreter of their own (PEP 734).

Calls, arguments and results cross between interpreters as any value does (shared when immutable, copied
otherwise). A call that raises re-raises in the caller as its own exception type, with the
concurrent.interpreters.ExecutionFailed that carries the original traceback as its __cause__.
"""

import _interpreters
from concurrent import interpreters as _interpreters_api
from concurrent.futures import thread as _thread_pool


class BrokenInterpreterPool(_thread_pool.BrokenThreadPool):
    """A worker's initializer failed: the pool takes no more work."""


class _InterpreterWorkerContext(_thread_pool.WorkerContext):
    """One worker's interpreter: created and initialized in the worker thread, closed when the worker ends."""

    @classmethod
    def prepare(cls, initializer, initargs):
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")

        def create_context():
            return cls(initializer, initargs)

        def resolve_task(fn, args, kwargs):
            if not callable(fn):
                raise TypeError(f"{type(fn).__name__!r} object is not callable")
            return (fn, args, kwargs)

        return create_context, resolve_task

    def __init__(self, initializer, initargs):
        super().__init__(initializer, initargs)
        self.interp = None

    def initialize(self):
        self.interp = _interpreters_api.create()
        if self.initializer is not None:
            _interpreters._call_task(self.interp, self.initializer, tuple(self.initargs), None)

    def finalize(self):
        interp, self.interp = self.interp, None
        if interp is not None:
            interp.close()

    def run(self, task):
        fn, args, kwargs = task
        return _interpreters._call_task(self.interp, fn, args, kwargs or None)


class InterpreterPoolExecutor(_thread_pool.ThreadPoolExecutor):
    """An executor running calls in up to *max_workers* interpreters, one per worker thread, each initialized by
    *initializer*(*initargs) run in it."""

    BROKEN = BrokenInterpreterPool

    @classmethod
    def prepare_context(cls, initializer, initargs):
        return _InterpreterWorkerContext.prepare(initializer, initargs)

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        super().__init__(max_workers, thread_name_prefix or f"InterpreterPoolExecutor-{_thread_pool._next_pool_number()}",
                         initializer, initargs)
