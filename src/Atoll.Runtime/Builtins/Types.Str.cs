using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Atoll.Runtime.Builtins;
using Atoll.Runtime.Numerics;

namespace Atoll.Runtime.Objects;

public static partial class BuiltinTypes
{
    private static PyStr AsStr(PyObject o) => o as PyStr ?? throw Err.Type($"descriptor requires a 'str' object but received a '{Ops.TypeName(o)}'");

    private static string ArgStr(PyObject o, string fname, int pos = 1) => (o as PyStr)?.Value ?? throw Err.Type($"{fname}() argument {pos} must be str, not {Ops.TypeName(o)}");

    private static void DefineStr()
    {
        var t = Str;
        DefStatic(t, "__new__", StrNew);
        Def(t, "__repr__", self => new PyStr(Ops.StrRepr(AsStr(self).Value)));
        Def(t, "__str__", self => self.GetType() == typeof(PyStr) ? self : new PyStr(AsStr(self).Value));
        Def(t, "__len__", self => PyInt.From(AsStr(self).Length));
        Def(t, "__hash__", self => PyInt.From(AsStr(self).Hash));
        Def(t, "__getitem__", (self, k) => StrOps.GetItem(AsStr(self), k));
        Def(t, "__contains__", (self, x) => x is PyStr xs ? PyBool.From(AsStr(self).Value.Contains(xs.Value, StringComparison.Ordinal)) : throw Err.Type($"'in <string>' requires string as left operand, not {Ops.TypeName(x)}"));
        Def(t, "__iter__", self => new StrIterator(AsStr(self)));
        Def(t, "__add__", (self, o) => o is PyStr os ? new PyStr(AsStr(self).Value + os.Value) : PyNotImplemented.Instance);
        Def(t, "__mul__", (self, n) => n is PyInt ni ? StrOps.Repeat(AsStr(self), ni) : n.Type.Lookup("__index__") != null ? StrOps.Repeat(AsStr(self), Ops.Index(n)) : PyNotImplemented.Instance);
        Def(t, "__rmul__", (self, n) => n is PyInt ni ? StrOps.Repeat(AsStr(self), ni) : PyNotImplemented.Instance);
        Def(t, "__mod__", (self, args) => StrOps.Percent(AsStr(self), args));
        Def(t, "__rmod__", (self, other) => PyNotImplemented.Instance);
        Def(t, "__getnewargs__", self => PyTuple.Of(new PyStr(AsStr(self).Value)));
        DefineComparisons(t, (a, b) => b is PyStr bs ? StrOps.Compare(AsStr(a).Value, bs.Value) : null);
        Def(t, "__format__", (self, spec) =>
        {
            var s = AsStr(self).Value;
            var sp = spec as PyStr ?? throw Err.Type($"__format__() argument must be str, not {Ops.TypeName(spec)}");
            if (sp.Value.Length == 0)
                return Ops.StrObject(self); // str(self): a subclass's __str__ counts
            try
            {
                return new PyStr(Formatter.FormatString(s, sp.Value, self.Type.Name));
            }
            catch (NumericError e)
            {
                throw ToPy(e);
            }
        });
        Def(t, "join", (self, it) => new PyStr(StrOps.Join(AsStr(self).Value, it)));
        DefN(t, "split", (args, kw) => StrOps.Split(args, kw, false));
        DefN(t, "rsplit", (args, kw) => StrOps.Split(args, kw, true));
        DefN(t, "splitlines", (args, kw) =>
        {
            var a = Args.Bind("splitlines", args, kw, ["self", "keepends"], 1);
            return StrOps.SplitLines(AsStr(a[0]!).Value, a[1] != null && Ops.IsTrue(a[1]!));
        });
        DefN(t, "strip", (args, kw) => StrOps.Strip(args, kw, true, true, "strip"));
        DefN(t, "lstrip", (args, kw) => StrOps.Strip(args, kw, true, false, "lstrip"));
        DefN(t, "rstrip", (args, kw) => StrOps.Strip(args, kw, false, true, "rstrip"));
        DefN(t, "replace", (args, kw) =>
        {
            var a = Args.Bind("replace", args, kw, ["self", "old", "new", "count"], 3, posOnly: 3);
            var s = AsStr(a[0]!).Value;
            var o = ArgStr(a[1]!, "replace", 1);
            var n = ArgStr(a[2]!, "replace", 2);
            long count = a[3] == null ? -1 : Ops.AsLong(a[3]!);
            return new PyStr(StrOps.Replace(s, o, n, count));
        });
        DefN(t, "startswith", (args, kw) => StrOps.StartsEnds(args, kw, true));
        DefN(t, "endswith", (args, kw) => StrOps.StartsEnds(args, kw, false));
        DefN(t, "find", (args, kw) => StrOps.Find(args, kw, "find", false, false));
        DefN(t, "rfind", (args, kw) => StrOps.Find(args, kw, "rfind", true, false));
        DefN(t, "index", (args, kw) => StrOps.Find(args, kw, "index", false, true));
        DefN(t, "rindex", (args, kw) => StrOps.Find(args, kw, "rindex", true, true));
        DefN(t, "count", (args, kw) => StrOps.Count(args, kw));
        Def(t, "upper", self => new PyStr(StrOps.Upper(AsStr(self).Value)));
        Def(t, "lower", self => new PyStr(StrOps.Lower(AsStr(self).Value)));
        Def(t, "casefold", self => new PyStr(StrOps.CaseFold(AsStr(self).Value)));
        Def(t, "swapcase", self => new PyStr(StrOps.SwapCase(AsStr(self).Value)));
        Def(t, "capitalize", self => new PyStr(StrOps.Capitalize(AsStr(self).Value)));
        Def(t, "title", self => new PyStr(StrOps.Title(AsStr(self).Value)));
        Def(t, "isdigit", self => PyBool.From(StrOps.AllHave(AsStr(self).Value, UnicodeCType.Digit)));
        Def(t, "isdecimal", self => PyBool.From(StrOps.AllHave(AsStr(self).Value, UnicodeCType.Decimal)));
        Def(t, "isnumeric", self => PyBool.From(StrOps.AllHave(AsStr(self).Value, UnicodeCType.Numeric)));
        Def(t, "isalpha", self => PyBool.From(StrOps.AllHave(AsStr(self).Value, UnicodeCType.Alpha)));
        Def(t, "isalnum", self => PyBool.From(StrOps.AllHave(AsStr(self).Value, UnicodeCType.Alpha | UnicodeCType.Decimal | UnicodeCType.Digit | UnicodeCType.Numeric)));
        Def(t, "isspace", self => PyBool.From(StrOps.AllHave(AsStr(self).Value, UnicodeCType.Space)));
        Def(t, "isascii", self => PyBool.From(AsStr(self).Value.AsSpan().IndexOfAnyExceptInRange('\0', '\x7f') < 0));
        Def(t, "isprintable", self => PyBool.From(StrOps.AllOrEmpty(AsStr(self).Value, Atoll.Syntax.PyRepr.IsPrintable)));
        Def(t, "isupper", self => PyBool.From(StrOps.IsUpperStr(AsStr(self).Value)));
        Def(t, "islower", self => PyBool.From(StrOps.IsLowerStr(AsStr(self).Value)));
        Def(t, "istitle", self => PyBool.From(StrOps.IsTitleStr(AsStr(self).Value)));
        Def(t, "isidentifier", self => PyBool.From(StrOps.IsIdentifier(AsStr(self).Value)));
        DefN(t, "center", (args, kw) => StrOps.Pad(args, kw, "center"));
        DefN(t, "ljust", (args, kw) => StrOps.Pad(args, kw, "ljust"));
        DefN(t, "rjust", (args, kw) => StrOps.Pad(args, kw, "rjust"));
        Def(t, "zfill", (self, w) => new PyStr(StrOps.ZFill(AsStr(self).Value, Ops.AsLong(w))));
        Def(t, "partition", (self, sep) => StrOps.Partition(AsStr(self).Value, ArgStr(sep, "partition"), false));
        Def(t, "rpartition", (self, sep) => StrOps.Partition(AsStr(self).Value, ArgStr(sep, "rpartition"), true));
        Def(t, "removeprefix", (self, p) => new PyStr(AsStr(self).Value.StartsWith(ArgStr(p, "removeprefix"), StringComparison.Ordinal) ? AsStr(self).Value[((PyStr)p).Value.Length..] : AsStr(self).Value));
        Def(t, "removesuffix", (self, p) => new PyStr(ArgStr(p, "removesuffix").Length > 0 && AsStr(self).Value.EndsWith(((PyStr)p).Value, StringComparison.Ordinal) ? AsStr(self).Value[..^((PyStr)p).Value.Length] : AsStr(self).Value));
        DefN(t, "expandtabs", (args, kw) =>
        {
            var a = Args.Bind("expandtabs", args, kw, ["self", "tabsize"], 1);
            return new PyStr(StrOps.ExpandTabs(AsStr(a[0]!).Value, a[1] == null ? 8 : (int)Ops.AsLong(a[1]!)));
        });
        DefN(t, "format", (args, kw) => new PyStr(StrFormat.Format(AsStr(args[0]).Value, args[1..], kw)));
        Def(t, "format_map", (self, m) => new PyStr(StrFormat.FormatMap(AsStr(self).Value, m)));
        DefN(t, "encode", (args, kw) =>
        {
            var a = Args.Bind("encode", args, kw, ["self", "encoding", "errors"], 1);
            return new PyBytes(Codecs.Encode(AsStr(a[0]!).Value, a[1] == null ? "utf-8" : ArgStr(a[1]!, "encode"), a[2] == null ? "strict" : ArgStr(a[2]!, "encode", 2)));
        });
        Def(t, "translate", (self, table) => new PyStr(StrOps.Translate(AsStr(self).Value, table)));
        t.Dict.SetStr("maketrans", PyBuiltinFunction.Create("maketrans", StrOps.MakeTrans, t, isStatic: true));
    }

    private static PyObject StrNew(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var cls = (PyType)args[0];
        var a = Args.Bind("str", args[1..], kw, ["object", "encoding", "errors"], 0);
        string value;
        if (a[0] == null)
        {
            value = "";
        }
        else if (a[1] != null || a[2] != null)
        {
            var enc = a[1] == null ? "utf-8" : ArgStr(a[1]!, "str", 2);
            var errors = a[2] == null ? "strict" : ArgStr(a[2]!, "str", 3);
            if (a[0] is PyStr)
                throw Err.Type("decoding str is not supported");
            if (a[0] is not (PyBytes or PyByteArray))
                throw Err.Type($"decoding to str: need a bytes-like object, {Ops.TypeName(a[0]!)} found");
            value = Codecs.Decode(BytesOps.AsBytes(a[0]!), enc, errors);
        }
        else
        {
            if (cls == Str)
                return Ops.StrObject(a[0]!);
            value = Ops.Str(a[0]!);
        }
        if (cls == Str)
            return new PyStr(value);
        return new PyStrSub(cls, value);
    }
}
