using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Atoll.Runtime.Objects;
using Xunit;

namespace Atoll.Runtime.Tests;

/// <summary>
/// DESIGN.md invariant 2 for the runtime: no mutable static state. A static field is readonly and holds immutable
/// data (the builtin types, which are frozen at start-up, and the process-wide immutable singletons count as such),
/// or it is a documented thread-safe cache listed here with its reason.
/// </summary>
public class InvariantTests
{
    private static readonly Dictionary<string, string> Documented = new()
    {
        ["Atoll.Runtime.ThreadState.t_current"] = "[ThreadStatic]: the thread state the calling OS thread is running in (CPython's tstate); per thread, never shared",
        ["Atoll.Runtime.Objects.PyStr.Interned"] = "ConcurrentDictionary of immutable identifier strings: a thread-safe cache of immutable data",
        ["Atoll.Runtime.ImportSystem.CodeCache"] = "ConcurrentDictionary of compiled (immutable) module code shared by all interpreters",
        ["Atoll.Runtime.Interpreters.Execution.SourceCache"] = "ConcurrentDictionary of compiled (immutable) code for exec() sources sent to interpreters; bounded",
        ["Atoll.Hosting.EmbeddingRuntime.Shared"] = "the embedding API's process-wide registry (CPython's runtime state): one interpreter group that every " +
            "PythonInterpreter and PythonQueue joins, reachable without an interpreter; thread-safe (the group locks its tables), holds no Python object",
        ["Atoll.Runtime.StdLib.Names"] = "frozen set of the embedded library's resource names, read once",
        ["Atoll.Runtime.Objects.PyStr.Latin1"] = "array of the 256 one-character strs, filled in the static constructor and only read",
        ["Atoll.Runtime.Objects.PyInt.Cache"] = "array of the small int objects, filled in the static constructor and only read",
        ["Atoll.Runtime.Builtins.BuiltinFunctions.Entries"] = "the builtins namespace template (immutable definitions), copied into each interpreter",
        ["Atoll.Runtime.Objects.BuiltinTypes.All"] = "list of builtin types used only while the static constructor builds them",
        ["Atoll.Runtime.Objects.BuiltinTypes.ExceptionTypes"] = "array of the builtin exception types, filled once and only read",
        ["Atoll.Runtime.Objects.BuiltinTypes.Named"] = "array of the builtin types exposed by name, filled once and only read",
        ["Atoll.Runtime.Objects.PySet.Dummy"] = "the immutable sentinel that marks deleted slots in set tables",
        ["Atoll.Runtime.Objects.PyList.NoItems"] = "the shared empty array of empty lists: zero length, nothing can be stored in it",
        ["Atoll.Runtime.Objects.Ops.BinDunder"] = "constant table of dunder names",
        ["Atoll.Runtime.Objects.Ops.BinRDunder"] = "constant table of dunder names",
        ["Atoll.Runtime.Objects.Ops.BinIDunder"] = "constant table of dunder names",
        ["Atoll.Runtime.Objects.Ops.BinSymbol"] = "constant table of operator symbols",
        ["Atoll.Runtime.Objects.Ops.CmpDunder"] = "constant table of dunder names",
        ["Atoll.Runtime.Objects.Ops.CmpSwapped"] = "constant table of reflected comparison operators",
        ["Atoll.Runtime.Objects.Ops.CmpSymbol"] = "constant table of operator symbols",
    };

    // Runtime types whose instances are immutable by contract when held in a static field: the frozen builtin types,
    // the singletons, shared immutable values and native function definitions.
    private static readonly Type[] ImmutableRuntimeTypes =
    [
        typeof(PyType), typeof(PyNone), typeof(PyBool), typeof(PyNotImplemented), typeof(PyEllipsis), typeof(PyTuple),
        typeof(PyStr), typeof(PyBytes), typeof(PyInt), typeof(PyBuiltinFunction), typeof(Atoll.Runtime.Modules.NativeModuleDef),
    ];

    [Fact]
    public void NoMutableStaticFields()
    {
        var offenders = new List<string>();
        foreach (var asmName in new[] { "Atoll.Runtime" })
        {
            var assembly = Assembly.Load(asmName);
            foreach (var type in assembly.GetTypes())
            {
                if (type.IsDefined(typeof(CompilerGeneratedAttribute)) || type.Name.StartsWith('<'))
                    continue;
                foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (field.IsLiteral || field.IsDefined(typeof(CompilerGeneratedAttribute)))
                        continue;
                    string name = $"{type.FullName}.{field.Name}";
                    if (Documented.ContainsKey(name))
                        continue;
                    if (!field.IsInitOnly)
                        offenders.Add($"{name}: not readonly");
                    else if (!IsImmutable(field.FieldType))
                        offenders.Add($"{name}: readonly but of mutable type {field.FieldType.Name}");
                }
            }
        }
        Assert.True(offenders.Count == 0, "Mutable static state:\n" + string.Join("\n", offenders));
    }

    private static bool IsImmutable(Type t)
    {
        if (t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(object) || t == typeof(Type))
            return true;
        if (ImmutableRuntimeTypes.Contains(t))
            return true;
        if (t.IsGenericType && t.GetGenericTypeDefinition().FullName?.StartsWith("System.Collections.Frozen.", StringComparison.Ordinal) == true)
            return true;
        if (t.IsValueType && t.IsDefined(typeof(IsReadOnlyAttribute)))
            return true;
        return false;
    }

    [Fact]
    public void TheCheckCatchesAMutableStatic()
    {
        Assert.False(IsImmutable(typeof(int[])));
        Assert.False(IsImmutable(typeof(List<int>)));
        Assert.False(IsImmutable(typeof(PyList)));
        Assert.False(IsImmutable(typeof(PyDict)));
        Assert.True(IsImmutable(typeof(PyType)));
    }

    [Fact]
    public void BuiltinTypesRejectAttributeAssignment()
    {
        var e = Assert.Throws<PyException>(() => Ops.SetAttr(BuiltinTypes.Int, PyStr.Intern("x"), PyInt.One));
        Assert.Equal("cannot set 'x' attribute of immutable type 'int'", Ops.Str(e.Value));
    }
}
