// Embedding Atoll in a .NET program: interpreters, values both ways, a queue between C# and Python, and CPU-bound
// Python code running on every core at once, one interpreter per thread.
//
//     dotnet run --project examples/embedding -c Release [-- LIMIT]
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using Atoll.Hosting;

int limit = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 300_000;

// 1. An interpreter: run statements, evaluate expressions, call functions, read and set globals.
using (var py = PythonInterpreter.Create())
{
    py.Exec("""
        def greet(name, punctuation='!'):
            return f'Hello, {name}{punctuation}'

        squares = [n * n for n in range(10)]
        """);
    Console.WriteLine(py.Call("greet", ".NET"));                                    // Hello, .NET!
    Console.WriteLine(py.CallWithKeywords("greet", ["Python"], new Dictionary<string, object?> { ["punctuation"] = "?" }));
    Console.WriteLine(py.Eval("sum(squares)"));                                     // 285 (a long)
    py.SetGlobal("config", new Dictionary<string, object?> { ["retries"] = 3, ["hosts"] = new List<string> { "a", "b" } });
    Console.WriteLine(py.Eval("f\"{config['retries']} retries over {len(config['hosts'])} hosts\""));
    py.Exec("print('print() goes to Console.Out')");
    try
    {
        py.Exec("int('not a number')");
    }
    catch (PythonException e)
    {
        Console.WriteLine($"caught {e.PythonTypeName}: {e.PythonMessage}");
    }
}

// 2. A queue between C# and Python: C# sends jobs, a Python worker (running on its own thread) sends results back.
using (var worker = PythonInterpreter.Create())
using (var jobs = PythonQueue.Create())
using (var results = PythonQueue.Create())
{
    worker.SetGlobal("jobs", jobs);
    worker.SetGlobal("results", results);
    worker.Exec("""
        def serve():
            while (job := jobs.get()) is not None:
                word, times = job
                results.put((word, word * times))
        """);
    var thread = new Thread(() => worker.Call("serve"));
    thread.Start();
    jobs.Put(("ab", 3));
    jobs.Put(("xyz", 2));
    jobs.Put(null); // tells the worker to stop
    for (int i = 0; i < 2; i++)
    {
        var r = (object?[])results.Get()!;
        Console.WriteLine($"worker: {r[0]} -> {r[1]}");
    }
    thread.Join();
}

// 3. CPU-bound work: count the primes below `limit`, once in one interpreter, then split across N interpreters on N
// threads. Each interpreter has its own lock, so the threads run Python code in parallel.
const string CountPrimes = """
    def count_primes(start, stop):
        count = 0
        for n in range(max(start, 2), stop):
            d = 2
            while d * d <= n:
                if n % d == 0:
                    break
                d += 1
            else:
                count += 1
        return count
    """;
int workers = Environment.ProcessorCount;
var interps = Enumerable.Range(0, workers).Select(_ => PythonInterpreter.Create()).ToArray();
try
{
    foreach (var interp in interps)
        interp.Exec(CountPrimes);

    var clock = Stopwatch.StartNew();
    long serial = (long)interps[0].Call("count_primes", 0, limit)!;
    var serialTime = clock.Elapsed;

    // Chunks of the range, interleaved so each worker gets a similar mix of small and large numbers.
    const int Chunks = 64;
    var chunksPerWorker = Enumerable.Range(0, workers).Select(w => Enumerable.Range(0, Chunks).Where(c => c % workers == w).ToArray()).ToArray();
    var partial = new long[workers];
    clock.Restart();
    var threads = Enumerable.Range(0, workers).Select(w => new Thread(() =>
    {
        foreach (int c in chunksPerWorker[w])
            partial[w] += (long)interps[w].Call("count_primes", (long)c * limit / Chunks, (long)(c + 1) * limit / Chunks)!;
    }, maxStackSize: 16 << 20)).ToArray(); // Python code gets a roomy stack
    foreach (var t in threads)
        t.Start();
    foreach (var t in threads)
        t.Join();
    var parallelTime = clock.Elapsed;
    long parallel = partial.Sum();

    Console.WriteLine($"primes below {limit}: {serial} (serial), {parallel} (parallel)");
    Console.WriteLine($"serial, 1 interpreter:                {serialTime.TotalMilliseconds,8:F0} ms");
    Console.WriteLine($"parallel, {workers} interpreters on {workers} threads: {parallelTime.TotalMilliseconds,8:F0} ms " +
        $"({serialTime / parallelTime:F2}x)");
    if (serial != parallel)
        throw new InvalidOperationException("the parallel count differs");
}
finally
{
    foreach (var interp in interps)
        interp.Dispose();
}
