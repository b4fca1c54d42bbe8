using System.IO;
using Xunit;

namespace Atoll.Runtime.Tests;

/// <summary>
/// Behaviour of the Python library shipped in the runtime (src/Atoll.Runtime/Lib) that CPython 3.13 cannot be asked
/// about, so the golden programs (Golden/library) cannot check it: the worker-context hooks of ThreadPoolExecutor
/// (what an InterpreterPoolExecutor builds on) and the release of thread-local data when a thread ends.
/// </summary>
public class LibraryTests
{
    private static (int Status, string Out, string Err) RunCode(string code)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int status = global::Atoll.Cli.Program.Run(["-c", code], stdout, stderr);
        return (status, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Thread_pool_worker_contexts_are_made_in_the_worker_and_run_each_task()
    {
        const string code = """
            import threading
            from concurrent.futures import ThreadPoolExecutor
            from concurrent.futures.thread import WorkerContext
            log = []
            class Ctx(WorkerContext):
                def initialize(self):
                    log.append(('init', threading.current_thread().name))
                    super().initialize()
                def run(self, task):
                    return ('ctx', super().run(task))
                def finalize(self):
                    log.append('final')
            class Pool(ThreadPoolExecutor):
                @classmethod
                def prepare_context(cls, initializer, initargs, scale=1):
                    create, resolve = Ctx.prepare(initializer, initargs)
                    return create, lambda fn, args, kwargs: resolve(fn, tuple(a * scale for a in args), kwargs)
            with Pool(1, thread_name_prefix='p', initializer=log.append, initargs=('user init',), scale=10) as pool:
                print(pool.submit(lambda x: x + 1, 4).result())
                try:
                    pool.submit(lambda: 1 / 0).result()
                except ZeroDivisionError as e:
                    print('raised', e)
            print(log)
            """;
        var (status, stdout, stderr) = RunCode(code);
        Assert.Equal("", stderr);
        Assert.Equal(0, status);
        Assert.Equal("('ctx', 41)\nraised division by zero\n[('init', 'p_0'), 'user init', 'final']\n", stdout);
    }

    [Fact]
    public void Thread_local_data_of_a_thread_is_dropped_when_it_ends()
    {
        const string code = """
            import threading
            data = threading.local()
            data.mine = 'main'
            def use():
                data.mine = threading.current_thread().name
            threads = [threading.Thread(target=use) for _ in range(5)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            print(len(object.__getattribute__(data, '_local__store').dicts), data.mine)
            """;
        var (status, stdout, stderr) = RunCode(code);
        Assert.Equal("", stderr);
        Assert.Equal(0, status);
        Assert.Equal("1 main\n", stdout);
    }

    [Fact]
    public void Thread_local_data_goes_with_the_local_object_while_the_thread_lives()
    {
        const string code = """
            import threading, gc, weakref
            class Value:
                pass
            data = threading.local()
            data.value = Value()
            w = weakref.ref(data.value)
            gc.collect()
            print(w() is not None)
            del data
            gc.collect()
            print(w() is None, len(threading.current_thread()._local_stores))
            """;
        var (status, stdout, stderr) = RunCode(code);
        Assert.Equal("", stderr);
        Assert.Equal(0, status);
        Assert.Equal("True\nTrue 0\n", stdout);
    }

    [Fact]
    public void Workers_of_a_thread_pool_dropped_without_shutdown_end()
    {
        const string code = """
            import gc, weakref
            from concurrent.futures import ThreadPoolExecutor
            pool = ThreadPoolExecutor(2)
            print(pool.submit(lambda: 42).result(), pool.submit(lambda: 43).result())
            workers = list(pool._threads)
            alive = weakref.ref(pool)
            del pool
            gc.collect()
            for t in workers:
                t.join(60)  # a safety net: without the weak reference the workers never end
            print(alive() is None, [t.is_alive() for t in workers])
            """;
        var (status, stdout, stderr) = RunCode(code);
        Assert.Equal("", stderr);
        Assert.Equal(0, status);
        Assert.Matches(@"^42 43\nTrue \[False(, False)?\]\n$", stdout);
    }

    [Fact]
    public void Tracebacks_show_the_source_lines_of_library_modules()
    {
        var (status, _, stderr) = RunCode("import queue\nqueue.Queue().get(timeout=-1)\n");
        Assert.Equal(1, status);
        Assert.Contains("File \"<atoll>/lib/queue.py\", line ", stderr, System.StringComparison.Ordinal);
        Assert.Contains("    raise ValueError(\"'timeout' must be a non-negative number\")\n", stderr, System.StringComparison.Ordinal);
    }
}
