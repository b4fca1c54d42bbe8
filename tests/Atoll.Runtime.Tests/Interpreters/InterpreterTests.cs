using System;
using System.IO;
using System.Text;
using System.Threading;
using Atoll.Runtime.Hosting;
using Xunit;

namespace Atoll.Runtime.Tests.Interpreters;

/// <summary>
/// concurrent.interpreters beyond what CPython 3.13 can check in the golden programs (its API is PEP 734's as of
/// 3.14): calls with arguments and results, values crossing by reference, read-only buffers, stress with many
/// interpreters, closing interpreters whose items are still queued. Each program asserts and prints; the test checks
/// what it printed.
/// </summary>
public class InterpreterTests
{
    private static (int Status, string Out, string Err) Run(string code)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int status = -1;
        var t = new Thread(() => status = PythonMain.Run(Encoding.UTF8.GetBytes(code), "<string>", ["-c"], "", false, stdout, stderr, TextReader.Null),
            64 * 1024 * 1024);
        t.IsBackground = true;
        t.Start();
        // A missed wake-up or a deadlock between interpreters fails the test instead of hanging the run.
        Assert.True(t.Join(TimeSpan.FromMinutes(3)), "the program did not finish: " + stdout);
        return (status, stdout.ToString(), stderr.ToString());
    }

    private static void AssertRuns(string code, string expected)
    {
        var (status, output, err) = Run(code);
        Assert.True(status == 0, err);
        Assert.Equal(expected, output);
    }

    [Fact]
    public void Call_passes_arguments_and_returns_the_result()
    {
        AssertRuns("""
            from concurrent import interpreters
            interp = interpreters.create()
            def add(a, b, *, scale=1):
                return (a + b) * scale
            print(interp.call(add, 2, 3, scale=10))
            print(interp.call(sorted, [3, 1, 2]))
            print(interp.call(dict, a=1))
            def where():
                import sys
                return __name__, 'helper' in sys.modules
            import sys
            sys.modules['helper'] = sys
            print(interp.call(where))
            def fail(x):
                raise ValueError(f"bad {x}")
            try:
                interp.call(fail, 7)
            except interpreters.ExecutionFailed as e:
                print(type(e).__name__, e.excinfo.type.__name__, e.excinfo.msg)
            interp.close()
            """, "50\n[1, 2, 3]\n{'a': 1}\n('__main__', False)\nExecutionFailed ValueError bad 7\n");
    }

    [Fact]
    public void Shareable_values_cross_by_reference_and_others_are_copied()
    {
        AssertRuns("""
            from concurrent import interpreters
            big = 7 ** 500
            text = "x" * 100_000
            blob = b"y" * (1 << 20)
            values = (big, text, blob, (big, (text,)), frozenset({1, 2}), None, 1.5)
            print([interpreters.is_shareable(v) for v in values])
            print([interpreters.is_shareable(v) for v in ([], {}, {1}, bytearray(), (1, []), object())])
            q = interpreters.create_queue()
            interp = interpreters.create()
            interp.prepare_main(q=q)
            for v in values:
                q.put(v)
                interp.exec("q.put(q.get())")
                print(q.get() is v, end=" ")
            print()
            data = [1, [2, 3], {"k": "v"}]
            q.put(data)
            interp.exec("got = q.get()\ngot[1].append(4)\nq.put(got)")
            back = q.get()
            print(back, data, back is data)
            interp.close()
            """, "[True, True, True, True, True, True, True]\n[False, False, False, False, False, False]\n" +
            "True True True True True True True \n[1, [2, 3, 4], {'k': 'v'}] [1, [2, 3], {'k': 'v'}] False\n");
    }

    [Fact]
    public void Values_that_cannot_be_copied_raise_NotShareableError()
    {
        AssertRuns("""
            from concurrent import interpreters
            q = interpreters.create_queue()
            def gen():
                yield 1
            for v in (gen(), interpreters):
                try:
                    q.put(v)
                except interpreters.NotShareableError as e:
                    print(type(e).__name__, isinstance(e, ValueError), e)
            """, "NotShareableError True cannot share 'generator' object\nNotShareableError True cannot share 'module' object\n");
    }

    [Fact]
    public void A_buffer_sent_on_a_channel_is_read_only_for_the_receiver()
    {
        AssertRuns("""
            from concurrent import interpreters
            from concurrent.interpreters import channels
            r, s = channels.create()
            sub = interpreters.create()
            sub.prepare_main(r=r)
            data = bytearray(b"abc")
            s.send_buffer_nowait(data)
            sub.exec("v = r.recv()\ntry:\n    v[0] = 1\nexcept TypeError as e:\n    print(v.readonly, e)")
            """, "True cannot modify read-only memory\n");
    }

    [Fact]
    public void Exceptions_arrive_as_ExecutionFailed_not_as_live_objects()
    {
        AssertRuns("""
            from concurrent import interpreters
            interp = interpreters.create()
            try:
                interp.exec("class MyError(Exception): pass\nraise MyError('mine')")
            except interpreters.ExecutionFailed as e:
                print(e.excinfo.type.__name__, e.excinfo.type.__module__, e.excinfo.formatted)
                print(e.__cause__, e.__context__, type(e.excinfo).__name__)
            """, "MyError __main__ MyError: mine\nNone None SimpleNamespace\n");
    }

    [Fact]
    public void One_hundred_interpreters_exchange_100000_messages_without_loss_or_duplication()
    {
        AssertRuns("""
            import _thread
            from concurrent import interpreters
            N, PER = 100, 1000
            out = interpreters.create_queue()
            done = interpreters.create_queue()
            interps = [interpreters.create() for _ in range(N)]
            for k, interp in enumerate(interps):
                interp.prepare_main(out=out, done=done, k=k, PER=PER)
            def run(interp):
                interp.exec("for i in range(PER):\n    out.put((k, i))\ndone.put(k)")
            for interp in interps:
                _thread.start_new_thread(run, (interp,))
            seen = set()
            count = 0
            while count < N * PER:
                seen.add(out.get())
                count += 1
            finished = sorted(done.get() for _ in range(N))
            print(count, len(seen), seen == {(k, i) for k in range(N) for i in range(PER)}, finished == list(range(N)), out.empty())
            for interp in interps:
                interp.close()
            print(len(interpreters.list_all()))
            """, "100000 100000 True True True\n1\n");
    }

    [Fact]
    public void Closing_an_interpreter_while_others_use_its_queue()
    {
        // The reader takes one item before the owner closes and one after (it became UNBOUND); then a new one.
        AssertRuns("""
            import _thread
            from concurrent import interpreters
            q = interpreters.create_queue()
            owner = interpreters.create()
            owner.prepare_main(q=q)
            owner.exec("q.put('taken before close')\nq.put('left behind')")
            reader = interpreters.create()
            step, result = interpreters.create_queue(), interpreters.create_queue()
            reader.prepare_main(q=q, step=step, result=result)
            def read():
                reader.exec("result.put(q.get())\nstep.get()\nresult.put(repr(q.get()))\nresult.put(q.get())")
            _thread.start_new_thread(read, ())
            print(result.get())
            owner.close()
            step.put('go')
            print(result.get())
            q.put('after close')
            print(result.get())
            print(owner.id in [i.id for i in interpreters.list_all()])
            """, "taken before close\nUNBOUND\nafter close\nFalse\n");
    }

    [Fact]
    public void Blocking_get_wakes_on_put_from_another_interpreter_and_times_out_otherwise()
    {
        AssertRuns("""
            import _thread, time
            from concurrent import interpreters
            q = interpreters.create_queue(maxsize=1)
            t0 = time.monotonic()
            try:
                q.get(timeout=0.05)
            except interpreters.QueueEmpty:
                print("empty after", time.monotonic() - t0 >= 0.04)
            q.put(1)
            try:
                q.put(2, timeout=0.05)
            except interpreters.QueueFull:
                print("full")
            q.get()
            interp = interpreters.create()
            interp.prepare_main(q=q)
            _thread.start_new_thread(interp.exec, ("q.put('woken')",))
            print(q.get(timeout=60))
            """, "empty after True\nfull\nwoken\n");
    }

    [Fact]
    public void Two_interpreters_run_at_the_same_time()
    {
        // Each interpreter waits for the other inside its own code: only possible if both run at once.
        AssertRuns("""
            import _thread
            from concurrent import interpreters
            a, b = interpreters.create(), interpreters.create()
            ab, ba = interpreters.create_queue(), interpreters.create_queue()
            done = interpreters.create_queue()
            a.prepare_main(send=ab, recv=ba, done=done, name='a')
            b.prepare_main(send=ba, recv=ab, done=done, name='b')
            code = "total = 0\nfor i in range(1000):\n    send.put(i)\n    total += recv.get(timeout=60)\ndone.put((name, total))"
            _thread.start_new_thread(a.exec, (code,))
            _thread.start_new_thread(b.exec, (code,))
            print(sorted([done.get(timeout=60), done.get(timeout=60)]))
            """, "[('a', 499500), ('b', 499500)]\n");
    }

    [Fact]
    public void Running_interpreter_cannot_be_closed_or_entered_twice()
    {
        AssertRuns("""
            import _thread
            from concurrent import interpreters
            interp = interpreters.create()
            gate, go = interpreters.create_queue(), interpreters.create_queue()
            interp.prepare_main(gate=gate, go=go)
            _thread.start_new_thread(interp.exec, ("gate.put(1)\ngo.get()",))
            gate.get()
            print(interp.is_running())
            for action in (interp.close, lambda: interp.exec("pass")):
                try:
                    action()
                except interpreters.InterpreterError as e:
                    print(type(e).__name__, e)
            go.put(1)
            main = interpreters.get_main()
            try:
                main.close()
            except interpreters.InterpreterError as e:
                print(type(e).__name__, e)
            """, "True\nInterpreterError interpreter running\nInterpreterError interpreter already running\nInterpreterError cannot destroy the current interpreter\n");
    }

    [Fact]
    public void InterpreterPoolExecutor_runs_tasks_in_other_interpreters_and_reraises_the_original_type()
    {
        AssertRuns("""
            from concurrent.futures import InterpreterPoolExecutor
            from concurrent import interpreters
            def square(x):
                return x * x
            def where(_):
                from concurrent import interpreters
                return interpreters.get_current().id
            def fail(x):
                raise KeyError(f"missing {x}")
            def init(tag):
                global TAG
                TAG = tag
            def tagged(x):
                return (TAG, x)
            with InterpreterPoolExecutor(max_workers=2, initializer=init, initargs=("T",)) as pool:
                print(list(pool.map(square, range(6))))
                print(0 not in set(pool.map(where, range(10))))
                try:
                    pool.submit(fail, 3).result()
                except KeyError as e:
                    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__.excinfo.type.__name__)
                print(pool.submit(tagged, 5).result())
            print(len(interpreters.list_all()))
            """, "[0, 1, 4, 9, 16, 25]\nTrue\nKeyError 'missing 3' ExecutionFailed KeyError\n('T', 5)\n1\n");
    }

    [Fact]
    public void Call_in_thread_returns_a_started_threading_Thread()
    {
        AssertRuns("""
            from concurrent import interpreters
            interp = interpreters.create()
            q = interpreters.create_queue()
            def work(q, x):
                q.put(x * 2)
            t = interp.call_in_thread(work, q, 21)
            print(type(t).__name__, q.get())
            t.join()
            print(t.is_alive())
            interp.close()
            """, "Thread 42\nFalse\n");
    }

    [Fact]
    public void Queue_put_and_get_without_blocking_and_the_implementation_flag()
    {
        AssertRuns("""
            import sys
            from concurrent import interpreters
            print(sys.implementation.supports_isolated_interpreters)
            q = interpreters.create_queue(1)
            print(q, q.maxsize, q == interpreters.create_queue(), q.id in [x.id for x in __import__('concurrent.interpreters._queues').interpreters._queues.list_all()])
            q.put(1, block=False)
            try:
                q.put(2, block=False)
            except interpreters.QueueFull:
                print("full")
            print(q.get(block=False))
            try:
                q.get(block=False)
            except interpreters.QueueEmpty:
                print("empty")
            """, "True\nQueue(1) 1 False True\nfull\n1\nempty\n");
    }

    [Fact]
    public void Functions_and_classes_of_the_main_script_cross_with_their_module()
    {
        // The worker runs the script again as __mp_main__ (its imports and helpers exist, its main block does not
        // run); objects of its classes coming back are the main program's own classes.
        var dir = Directory.CreateTempSubdirectory("atoll-mp-main-");
        try
        {
            var script = Path.Combine(dir.FullName, "job.py");
            File.WriteAllText(script, """
                import time
                from concurrent.futures import InterpreterPoolExecutor
                SCALE = 3
                def helper(x):
                    return x * SCALE
                class Point:
                    def __init__(self, x):
                        self.x = x
                def work(x):
                    return (helper(x), time.time() > 0, __name__)
                def make_point(x):
                    return Point(x)
                if __name__ == "__main__":
                    with InterpreterPoolExecutor(max_workers=2) as pool:
                        print(list(pool.map(work, range(3))))
                        p = pool.submit(make_point, 5).result()
                        print(type(p) is Point, p.x)
                """);
            var stdout = new StringWriter { NewLine = "\n" };
            var stderr = new StringWriter { NewLine = "\n" };
            int status = Atoll.Cli.Program.Run([script], stdout, stderr);
            Assert.True(status == 0, stderr.ToString());
            Assert.Equal("[(0, True, '__mp_main__'), (3, True, '__mp_main__'), (6, True, '__mp_main__')]\nTrue 5\n", stdout.ToString());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_main_script_without_a_main_guard_gets_an_error_not_endless_interpreters()
    {
        // The worker re-runs the script as __mp_main__ to define 'work'; the script's own top-level code would start the
        // job again there: it is refused with a RuntimeError naming the fix, which reaches the caller as the cause.
        var dir = Directory.CreateTempSubdirectory("atoll-mp-guard-");
        try
        {
            var script = Path.Combine(dir.FullName, "unguarded.py");
            File.WriteAllText(script, """
                from concurrent import interpreters
                def work():
                    return 1
                interp = interpreters.create()
                try:
                    interp.call(work)
                except interpreters.ExecutionFailed as e:
                    print(e.excinfo.type.__name__)
                    print("if __name__ == '__main__'" in e.excinfo.errdisplay)
                print(len(interpreters.list_all()))
                """);
            var stdout = new StringWriter { NewLine = "\n" };
            var stderr = new StringWriter { NewLine = "\n" };
            int status = Atoll.Cli.Program.Run([script], stdout, stderr);
            Assert.True(status == 0, stderr.ToString());
            Assert.Equal("NotShareableError\nTrue\n2\n", stdout.ToString());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
