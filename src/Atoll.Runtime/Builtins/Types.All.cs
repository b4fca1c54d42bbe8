using System.Runtime.CompilerServices;
using Atoll.Runtime.Builtins;

namespace Atoll.Runtime.Objects;

public static partial class BuiltinTypes
{
    private static void DefineAll()
    {
        DefineNumbers();
        DefineStr();
        DefineBytes();
        DefineList();
        DefineTuple();
        DefineDict();
        DefineSets();
        DefineRangeSlice();
        DefineFunctions();
        DefineIterators();
        DefineExceptions();
        DefineStreams();
        DefineMemoryView();
    }

    private static void DefineStreams()
    {
        var t = TextIOWrapper;
        Def(t, "write", (self, s) =>
        {
            if (s is not PyStr ps)
                throw Err.Type($"write() argument must be str, not {Ops.TypeName(s)}");
            ((PyTextStream)self).Write(ps.Value);
            return PyInt.From(ps.Length);
        });
        Def(t, "flush", self =>
        {
            ((PyTextStream)self).Flush();
            return PyNone.Instance;
        });
        DefN(t, "readline", (args, kw) => new PyStr(((PyTextStream)args[0]).ReadLine() ?? ""));
        DefN(t, "read", (args, kw) => new PyStr(((PyTextStream)args[0]).ReadAll()));
        Def(t, "readlines", self =>
        {
            var l = new PyList();
            while (((PyTextStream)self).ReadLine() is { } line)
                l.Append(new PyStr(line));
            return l;
        });
        Def(t, "__iter__", self => self);
        Def(t, "__next__", self => ((PyTextStream)self).ReadLine() is { } line ? new PyStr(line) : throw new PyException(new PyBaseException(StopIteration)));
        Def(t, "isatty", self => PyBool.False);
        Def(t, "fileno", self => PyInt.From(((PyTextStream)self).Name switch
        {
            "<stdin>" => 0,
            "<stdout>" => 1,
            _ => 2,
        }));
        Def(t, "writable", self => PyBool.From(((PyTextStream)self).Mode == "w"));
        Def(t, "readable", self => PyBool.From(((PyTextStream)self).Mode == "r"));
        Def(t, "__repr__", self => new PyStr($"<_io.TextIOWrapper name='{((PyTextStream)self).Name}' mode='{((PyTextStream)self).Mode}' encoding='utf-8'>"));
        Def(t, "__enter__", self => self);
        DefN(t, "__exit__", (args, kw) => PyBool.False);
        Prop(t, "encoding", self => new PyStr("utf-8"));
        Prop(t, "name", self => new PyStr(((PyTextStream)self).Name));
        Prop(t, "mode", self => new PyStr(((PyTextStream)self).Mode));
        Prop(t, "closed", self => PyBool.False);
    }
}

/// <summary>open(): arrives with the io module.</summary>
internal static class FileIO
{
    public static PyObject Open(System.ReadOnlySpan<PyObject> args, string[]? kw)
    {
        _ = args;
        _ = kw;
        throw Err.NotImplemented("open() is not available yet: the io module arrives with the standard library");
    }
}
