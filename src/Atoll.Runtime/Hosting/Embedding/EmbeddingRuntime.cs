using System;
using System.IO;
using System.Threading;
using Atoll.Runtime;
using Atoll.Runtime.Interpreters;

namespace Atoll.Hosting;

/// <summary>
/// The process-wide state behind the embedding API: the one group that every <see cref="PythonInterpreter"/> and
/// every <see cref="PythonQueue"/> joins, and a hidden interpreter that packs and unpacks queue items for host
/// threads.
/// <para>
/// Why a static: the API promises that interpreters made by unrelated parts of a program see each other
/// (<c>interpreters.list_all()</c>) and share queues, the way every interpreter of a CPython process does, and that
/// <see cref="PythonQueue.Create"/> works before any interpreter exists. That needs one registry reachable without an
/// interpreter, which is what CPython's runtime state is. The alternative, a host object passed to every factory,
/// would let two "processes" coexist, which only the runtime's own tests want (they use the internal
/// <see cref="Interpreter"/> constructor, which still starts a group of its own).
/// </para>
/// <para>
/// INVARIANT: <see cref="Shared"/> is the only static field of the embedding API and is listed, with this reason, in
/// the runtime's invariant test. Everything reachable from it is thread-safe: the group guards its tables with its own
/// lock, and the converter is made once (a lost race drops the spare) and used only while holding its interpreter
/// lock. It holds no Python object of any interpreter.
/// </para>
/// </summary>
internal sealed class EmbeddingRuntime
{
    /// <summary>The embedding API's state for the process, made on first use of the API.</summary>
    internal static readonly EmbeddingRuntime Shared = new();

    private Interpreter? _converter;

    private EmbeddingRuntime()
    {
    }

    /// <summary>The interpreters and queues made through the API (and those Python code makes from them).</summary>
    internal InterpreterGroup Group { get; } = new();

    /// <summary>
    /// The interpreter a host thread enters to pack a value that is not shareable (a dict) before putting it in a
    /// queue, or to unpack an item that arrived as a copy: the copier runs inside an interpreter. It belongs to a group
    /// of its own, so Python code never sees it in <c>interpreters.list_all()</c>; it runs no user code, and what it
    /// unpacks is converted to .NET values before its lock is released. Host threads converting copies take turns on
    /// it (shareable values, the common case, need no interpreter).
    /// </summary>
    internal Interpreter Converter
    {
        get
        {
            var c = Volatile.Read(ref _converter);
            if (c != null)
                return c;
            Interlocked.CompareExchange(ref _converter, new Interpreter(TextWriter.Null, TextWriter.Null), null);
            return _converter!;
        }
    }
}
