using System;
using Atoll.Runtime.Builtins;
using Atoll.Runtime.Objects;
using static Atoll.Runtime.Objects.BuiltinTypes;

namespace Atoll.Runtime.Modules.Io;

internal static partial class IoTypes
{
    private static PyTextIOBase Text(PyObject o) => (PyTextIOBase)o;

    /// <summary>The methods every native text stream has.</summary>
    private static void DefineTextCommon(PyType t)
    {
        DefN(t, "read", (args, kw) =>
        {
            var a = Args.Bind("read", args[1..], kw, ["size"], 0);
            return new PyStr(Text(args[0]).Read(PyIOObject.SizeArg(a[0])));
        });
        DefN(t, "readline", (args, kw) =>
        {
            var a = Args.Bind("readline", args[1..], kw, ["size"], 0);
            return new PyStr(Text(args[0]).ReadLine(PyIOObject.SizeArg(a[0])));
        });
        Def(t, "write", (self, s) =>
        {
            if (s is not PyStr ps)
                throw Err.Type(self is PyStringIO ? $"string argument expected, got '{Ops.TypeName(s)}'" : $"write() argument must be str, not {Ops.TypeName(s)}");
            return PyInt.From(Text(self).Write(ps));
        });
        DefN(t, "seek", (args, kw) =>
        {
            var a = Args.Bind("seek", args[1..], kw, ["cookie", "whence"], 1);
            var self = Text(args[0]);
            self.CheckOpen();
            return self.Seek(PyIOObject.IntArg(a[0]!), a[1] == null ? 0 : PyIOObject.IntArg(a[1]!));
        });
        Def(t, "tell", self => Text(self).Tell());
        DefN(t, "truncate", (args, kw) =>
        {
            var a = Args.Bind("truncate", args[1..], kw, ["pos"], 0);
            return Text(args[0]).Truncate(a[0]);
        });
        Def(t, "flush", self =>
        {
            Text(self).Flush();
            return None;
        });
        Def(t, "close", self =>
        {
            Text(self).Close();
            return None;
        });
        Prop(t, "closed", self => Bool(Text(self).IsClosed));
        Def(t, "readable", self => Bool(Text(self).Readable()));
        Def(t, "writable", self => Bool(Text(self).Writable()));
        Def(t, "seekable", self => Bool(Text(self).Seekable()));
        Def(t, "isatty", self =>
        {
            if (Text(self).IsClosed)
                throw PyIOObject.ClosedError(false);
            return PyBool.False;
        });
        Def(t, "__next__", self =>
        {
            var line = Text(self).ReadLine(-1);
            return line.Length == 0 ? throw StopIter() : new PyStr(line);
        });
        Prop(t, "line_buffering", self => Bool(self is PyTextFile f && f.LineBuffering));
    }

    private static string? OptStr(PyObject? o, string fname, string arg)
    {
        if (o == null || o == PyNone.Instance)
            return null;
        return o is PyStr s ? s.Value : throw Err.Type($"{fname}() argument '{arg}' must be str or None, not {Ops.TypeName(o)}");
    }

    private static void DefineTextIOWrapper(PyType t)
    {
        DefStatic(t, "__new__", (args, kw) => new PyTextFile((PyType)args[0]));
        DefN(t, "__init__", (args, kw) =>
        {
            var a = Args.Bind("TextIOWrapper", args[1..], kw, ["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"], 1);
            if (args[0] is not PyTextFile f)
                throw Err.Type("TextIOWrapper.__init__ needs a TextIOWrapper");
            f.Init(a[0]!, OptStr(a[1], "TextIOWrapper", "encoding"), OptStr(a[2], "TextIOWrapper", "errors"), OptStr(a[3], "TextIOWrapper", "newline"), a[4] != null && Ops.IsTrue(a[4]!));
            return None;
        });
        DefineTextCommon(t);
        Def(t, "fileno", self =>
        {
            if (self is PyTextFile f)
            {
                f.CheckedBin();
                return Ops.Call(Ops.GetAttr(f.Buffer, "fileno"));
            }
            return PyInt.From(((PyTextStream)self).Name switch { "<stdin>" => 0, "<stdout>" => 1, _ => 2 });
        });
        Def(t, "detach", self => self is PyTextFile f ? f.Detach() : throw PyIOObject.Unsupported("detach"));
        Prop(t, "buffer", self => self is PyTextFile f ? f.Buffer : throw Err.NoAttribute(self, "buffer"));
        Prop(t, "name", self => self switch
        {
            PyTextFile f => Ops.GetAttr(f.Bin, "name"),
            PyTextStream s => new PyStr(s.Name),
            _ => None,
        });
        Prop(t, "mode", self => self switch
        {
            PyTextFile { ModeStr: { } m } => new PyStr(m),
            PyTextStream s => new PyStr(s.Mode),
            _ => throw Err.NoAttribute(self, "mode"),
        });
        Prop(t, "encoding", self => new PyStr(self is PyTextFile f ? f.EncodingName : "utf-8"));
        Prop(t, "errors", self => new PyStr(self is PyTextFile f ? f.Errors : "strict"));
        Prop(t, "newlines", self => self is PyTextFile f ? f.Newlines : None);
        Prop(t, "write_through", self => PyBool.False);
        Def(t, "__repr__", self => new PyStr(self switch
        {
            PyTextFile f => f.Repr(),
            PyTextStream s => $"<_io.TextIOWrapper name='{s.Name}' mode='{s.Mode}' encoding='utf-8'>",
            _ => "<_io.TextIOWrapper>",
        }));
    }

    private static void DefineStringIO(PyType t)
    {
        DefStatic(t, "__new__", (args, kw) => new PyStringIO((PyType)args[0]));
        DefN(t, "__init__", (args, kw) =>
        {
            var a = Args.Bind("StringIO", args[1..], kw, ["initial_value", "newline"], 0);
            string initial = a[0] == null || a[0] == PyNone.Instance ? ""
                : a[0] is PyStr s ? s.Value : throw Err.Type($"initial_value must be str or None, not {Ops.TypeName(a[0]!)}");
            string? newline = a.Length > 1 && a[1] != null ? a[1] == PyNone.Instance ? null
                : a[1] is PyStr n ? n.Value : throw Err.Type($"newline must be str or None, not {Ops.TypeName(a[1]!)}") : "\n";
            ((PyStringIO)args[0]).Init(initial, newline);
            return None;
        });
        DefineTextCommon(t);
        Def(t, "getvalue", self => new PyStr(((PyStringIO)self).GetValue()));
        Def(t, "fileno", self => throw PyIOObject.Unsupported("fileno"));
        Prop(t, "newlines", self => None);
    }
}
