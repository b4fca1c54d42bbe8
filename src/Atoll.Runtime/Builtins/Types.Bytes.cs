using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Atoll.Runtime.Builtins;

namespace Atoll.Runtime.Objects;

/// <summary>Operations on <c>bytes</c> and <c>bytearray</c>.</summary>
internal static class BytesOps
{
    public static ReadOnlySpan<byte> AsBytes(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => ba.AsSpan(),
        _ => throw Err.Type($"a bytes-like object is required, not '{Ops.TypeName(o)}'"),
    };

    public static string Repr(byte[] b) => Atoll.Syntax.PyRepr.Bytes(b);

    public static byte[] FromObject(PyObject o)
    {
        switch (o)
        {
            case PyBytes b:
                return b.Value;
            case PyByteArray ba:
                return ba.AsSpan().ToArray();
            case PyStr:
                throw Err.Type("string argument without an encoding");
            case PyInt i:
                long n = i.IsBig ? long.MaxValue : i.Value;
                if (n < 0)
                    throw Err.Value("negative count");
                return new byte[n];
        }
        if (o.Type.Lookup("__index__") != null)
        {
            long n = Ops.AsLong(o);
            if (n < 0)
                throw Err.Value("negative count");
            return new byte[n];
        }
        var it = Ops.GetIterOrNull(o) ?? throw Err.Type($"cannot convert '{Ops.TypeName(o)}' object to bytes");
        var list = new List<byte>();
        while (Ops.Next(it) is { } x)
        {
            if (x.Type.Lookup("__index__") == null)
                throw Err.Type($"'{Ops.TypeName(x)}' object cannot be interpreted as an integer");
            long v = Ops.AsLong(x);
            if (v is < 0 or > 255)
                throw Err.Value("bytes must be in range(0, 256)");
            list.Add((byte)v);
        }
        return [.. list];
    }
}

/// <summary>Text encodings for str.encode/bytes.decode.</summary>
internal static class Codecs
{
    public static string Normalize(string enc) => enc.ToLowerInvariant().Replace('_', '-') switch
    {
        "utf8" or "utf-8" or "u8" or "cp65001" => "utf-8",
        "ascii" or "us-ascii" or "646" => "ascii",
        "latin-1" or "latin1" or "iso-8859-1" or "iso8859-1" or "l1" or "8859" or "cp819" => "latin-1",
        "utf-16" or "utf16" => "utf-16",
        "utf-16-le" or "utf-16le" => "utf-16-le",
        "utf-16-be" or "utf-16be" => "utf-16-be",
        "utf-32" or "utf32" => "utf-32",
        var other => other,
    };

    public static byte[] Encode(string s, string encoding, string errors)
    {
        var enc = Normalize(encoding);
        switch (enc)
        {
            case "utf-8":
                if (errors == "surrogatepass")
                    return new UTF8Encoding(false, false).GetBytes(s);
                for (int i = 0; i < s.Length; i++)
                {
                    if (char.IsSurrogate(s[i]) && !(char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])))
                    {
                        if (errors is "ignore" or "replace" or "backslashreplace" or "surrogateescape")
                            return EncodeWithErrors(s, 0x10FFFF, errors, "utf-8");
                        throw EncodeError("utf-8", s, i, i + 1, "surrogates not allowed");
                    }
                    if (char.IsHighSurrogate(s[i]))
                        i++;
                }
                return Encoding.UTF8.GetBytes(s);
            case "ascii":
                return EncodeWithErrors(s, 0x7F, errors, "ascii");
            case "latin-1":
                return EncodeWithErrors(s, 0xFF, errors, "latin-1");
            case "utf-16":
                return [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(s)];
            case "utf-16-le":
                return Encoding.Unicode.GetBytes(s);
            case "utf-16-be":
                return Encoding.BigEndianUnicode.GetBytes(s);
            case "utf-32":
                return [0xFF, 0xFE, 0, 0, .. Encoding.UTF32.GetBytes(s)];
        }
        throw Err.New(BuiltinTypes.LookupError, $"unknown encoding: {encoding}");
    }

    private static byte[] EncodeWithErrors(string s, int max, string errors, string name)
    {
        var list = new List<byte>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            int len = 1;
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                len = 2;
            }
            if (cp <= max && !(name == "utf-8" && cp >= 0xD800 && cp <= 0xDFFF))
            {
                if (name == "utf-8")
                    list.AddRange(Encoding.UTF8.GetBytes(s.Substring(i, len)));
                else
                    list.Add((byte)cp);
            }
            else
            {
                switch (errors)
                {
                    case "ignore":
                        break;
                    case "replace":
                        list.Add((byte)'?');
                        break;
                    case "backslashreplace":
                        list.AddRange(Encoding.ASCII.GetBytes(cp < 0x100 ? $"\\x{cp:x2}" : cp < 0x10000 ? $"\\u{cp:x4}" : $"\\U{cp:x8}"));
                        break;
                    case "xmlcharrefreplace":
                        list.AddRange(Encoding.ASCII.GetBytes($"&#{cp};"));
                        break;
                    case "surrogateescape" when cp is >= 0xDC80 and <= 0xDCFF:
                        list.Add((byte)(cp - 0xDC00));
                        break;
                    default:
                        int end = i + len;
                        while (end < s.Length && s[end] > max)
                            end++;
                        throw EncodeError(name, s, i, end, $"ordinal not in range({max + 1})");
                }
            }
            i += len - 1;
        }
        return [.. list];
    }

    private static PyException EncodeError(string enc, string s, int start, int end, string reason)
    {
        var e = new PyBaseException(BuiltinTypes.UnicodeEncodeError) { Args = PyTuple.Of(new PyStr(enc), new PyStr(s), PyInt.From(start), PyInt.From(end), new PyStr(reason)) };
        e.SetField("encoding", new PyStr(enc));
        e.SetField("object", new PyStr(s));
        e.SetField("start", PyInt.From(start));
        e.SetField("end", PyInt.From(end));
        e.SetField("reason", new PyStr(reason));
        return new PyException(e);
    }

    public static string Decode(ReadOnlySpan<byte> b, string encoding, string errors)
    {
        var enc = Normalize(encoding);
        switch (enc)
        {
            case "utf-8":
                try
                {
                    return new UTF8Encoding(false, true).GetString(b);
                }
                catch (DecoderFallbackException ex)
                {
                    if (errors == "replace")
                        return Encoding.UTF8.GetString(b);
                    if (errors == "ignore")
                        return Encoding.UTF8.GetString(b).Replace("\uFFFD", "", StringComparison.Ordinal);
                    int pos = ex.Index;
                    throw DecodeError("utf-8", b.ToArray(), Math.Max(0, pos), Math.Max(0, pos) + 1, $"invalid start byte");
                }
            case "ascii":
                for (int i = 0; i < b.Length; i++)
                {
                    if (b[i] > 0x7F && errors == "strict")
                        throw DecodeError("ascii", b.ToArray(), i, i + 1, "ordinal not in range(128)");
                }
                var sb = new StringBuilder(b.Length);
                foreach (var x in b)
                {
                    if (x <= 0x7F)
                        sb.Append((char)x);
                    else if (errors == "replace")
                        sb.Append('\uFFFD');
                    else if (errors == "surrogateescape")
                        sb.Append((char)(0xDC00 + x));
                }
                return sb.ToString();
            case "latin-1":
                return Encoding.Latin1.GetString(b);
            case "utf-16":
                if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF)
                    return Encoding.BigEndianUnicode.GetString(b[2..]);
                if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE)
                    return Encoding.Unicode.GetString(b[2..]);
                return Encoding.Unicode.GetString(b);
            case "utf-16-le":
                return Encoding.Unicode.GetString(b);
            case "utf-16-be":
                return Encoding.BigEndianUnicode.GetString(b);
            case "utf-32":
                return Encoding.UTF32.GetString(b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE ? b[4..] : b);
        }
        throw Err.New(BuiltinTypes.LookupError, $"unknown encoding: {encoding}");
    }

    private static PyException DecodeError(string enc, byte[] data, int start, int end, string reason)
    {
        var e = new PyBaseException(BuiltinTypes.UnicodeDecodeError) { Args = PyTuple.Of(new PyStr(enc), new PyBytes(data), PyInt.From(start), PyInt.From(end), new PyStr(reason)) };
        e.SetField("encoding", new PyStr(enc));
        e.SetField("object", new PyBytes(data));
        e.SetField("start", PyInt.From(start));
        e.SetField("end", PyInt.From(end));
        e.SetField("reason", new PyStr(reason));
        return new PyException(e);
    }
}

public static partial class BuiltinTypes
{
    private static void DefineBytes()
    {
        var t = Bytes;
        DefStatic(t, "__new__", (args, kw) =>
        {
            var a = Args.Bind("bytes", args[1..], kw, ["source", "encoding", "errors"], 0);
            if (a[0] == null)
                return PyBytes.Empty;
            if (a[1] != null)
            {
                if (a[0] is not PyStr s)
                    throw Err.Type("encoding without a string argument");
                return new PyBytes(Codecs.Encode(s.Value, ((PyStr)a[1]!).Value, a[2] is PyStr es ? es.Value : "strict"));
            }
            if (a[0] is PyBytes && args[0] == Bytes)
                return a[0]!;
            var bf = a[0]!.Type.Lookup("__bytes__");
            if (bf != null)
            {
                var r = Ops.CallMethod(a[0]!, bf);
                return r is PyBytes ? r : throw Err.Type($"__bytes__ returned non-bytes (type {Ops.TypeName(r)})");
            }
            return new PyBytes(BytesOps.FromObject(a[0]!));
        });
        Def(t, "__repr__", self => new PyStr(BytesOps.Repr(((PyBytes)self).Value)));
        Def(t, "__len__", self => PyInt.From(((PyBytes)self).Value.Length));
        Def(t, "__hash__", self => PyInt.From(BytesHash(((PyBytes)self).Value)));
        Def(t, "__iter__", self => new BytesIterator(((PyBytes)self).Value));
        Def(t, "__getitem__", (self, k) =>
        {
            var b = ((PyBytes)self).Value;
            if (k is PySlice s)
            {
                var (start, _, step, count) = Ops.SliceIndices(s, b.Length);
                var r = new byte[count];
                for (long i = 0, j = start; i < count; i++, j += step)
                    r[i] = b[j];
                return new PyBytes(r);
            }
            long idx = Ops.IndexValue(k, "byte");
            if (idx < 0)
                idx += b.Length;
            if (idx < 0 || idx >= b.Length)
                throw Err.Index("index out of range");
            return PyInt.From(b[idx]);
        });
        Def(t, "__add__", (self, o) => o is PyBytes or PyByteArray ? new PyBytes([.. ((PyBytes)self).Value, .. BytesOps.AsBytes(o)]) : throw Err.Type($"can't concat {Ops.TypeName(o)} to bytes"));
        Def(t, "__mul__", (self, n) =>
        {
            if (n is not PyInt ni)
                return PyNotImplemented.Instance;
            var b = ((PyBytes)self).Value;
            long times = Math.Max(0, ni.IsBig ? 0 : ni.Value);
            var r = new byte[b.Length * times];
            for (long i = 0; i < times; i++)
                b.CopyTo(r, i * b.Length);
            return new PyBytes(r);
        });
        Def(t, "__contains__", (self, x) =>
        {
            var b = ((PyBytes)self).Value;
            if (x is PyInt xi)
                return PyBool.From(Array.IndexOf(b, (byte)xi.Value) >= 0 && xi.Value is >= 0 and < 256);
            return PyBool.From(b.AsSpan().IndexOf(BytesOps.AsBytes(x)) >= 0);
        });
        DefineComparisons(t, (a, b) => b is PyBytes bb ? ((PyBytes)a).Value.AsSpan().SequenceCompareTo(bb.Value) : null);
        DefN(t, "decode", (args, kw) =>
        {
            var a = Args.Bind("decode", args, kw, ["self", "encoding", "errors"], 1);
            return new PyStr(Codecs.Decode(((PyBytes)a[0]!).Value, a[1] is PyStr e ? e.Value : "utf-8", a[2] is PyStr er ? er.Value : "strict"));
        });
        Def(t, "hex", self => new PyStr(Convert.ToHexStringLower(((PyBytes)self).Value)));
        DefClass(t, "fromhex", (args, kw) =>
        {
            var s = ((PyStr)args[1]).Value.Replace(" ", "", StringComparison.Ordinal);
            try
            {
                return new PyBytes(Convert.FromHexString(s));
            }
            catch (FormatException)
            {
                throw Err.Value("non-hexadecimal number found in fromhex() arg");
            }
        });
        Def(t, "join", (self, it) =>
        {
            var sep = ((PyBytes)self).Value;
            var list = new List<byte>();
            var iter = Ops.GetIter(it);
            int i = 0;
            while (Ops.Next(iter) is { } x)
            {
                if (x is not (PyBytes or PyByteArray))
                    throw Err.Type($"sequence item {i}: expected a bytes-like object, {Ops.TypeName(x)} found");
                if (i++ > 0)
                    list.AddRange(sep);
                list.AddRange(BytesOps.AsBytes(x).ToArray());
            }
            return new PyBytes([.. list]);
        });
        DefN(t, "startswith", (args, kw) => PyBool.From(((PyBytes)args[0]).Value.AsSpan().StartsWith(BytesOps.AsBytes(args[1]))));
        DefN(t, "endswith", (args, kw) => PyBool.From(((PyBytes)args[0]).Value.AsSpan().EndsWith(BytesOps.AsBytes(args[1]))));
        DefN(t, "find", (args, kw) => PyInt.From(((PyBytes)args[0]).Value.AsSpan().IndexOf(args[1] is PyInt bi ? [(byte)bi.Value] : BytesOps.AsBytes(args[1]))));
        Def(t, "upper", self => new PyBytes(Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(((PyBytes)self).Value).ToUpperInvariant())));
        Def(t, "lower", self => new PyBytes(Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(((PyBytes)self).Value).ToLowerInvariant())));
        DefN(t, "strip", (args, kw) => new PyBytes(Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(((PyBytes)args[0]).Value).Trim())));
        DefN(t, "split", (args, kw) =>
        {
            var s = Encoding.Latin1.GetString(((PyBytes)args[0]).Value);
            var parts = args.Length > 1 && args[1] != PyNone.Instance ? s.Split(Encoding.Latin1.GetString(BytesOps.AsBytes(args[1]))) : s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var l = new PyList();
            foreach (var p in parts)
                l.Append(new PyBytes(Encoding.Latin1.GetBytes(p)));
            return l;
        });
        DefN(t, "replace", (args, kw) => new PyBytes(Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(((PyBytes)args[0]).Value).Replace(Encoding.Latin1.GetString(BytesOps.AsBytes(args[1])), Encoding.Latin1.GetString(BytesOps.AsBytes(args[2])), StringComparison.Ordinal))));
        Def(t, "__mod__", (self, a) => new PyBytes(Encoding.Latin1.GetBytes(((PyStr)StrOps.Percent(new PyStr(Encoding.Latin1.GetString(((PyBytes)self).Value)), a)).Value)));
        Def(t, "__bytes__", self => self);

        var ba = ByteArray;
        DefStatic(ba, "__new__", (args, kw) => new PyByteArray([]));
        DefN(ba, "__init__", (args, kw) =>
        {
            var self = (PyByteArray)args[0];
            var a = Args.Bind("bytearray", args[1..], kw, ["source", "encoding", "errors"], 0);
            byte[] data = a[0] == null ? [] : a[1] != null ? Codecs.Encode(((PyStr)a[0]!).Value, ((PyStr)a[1]!).Value, "strict") : BytesOps.FromObject(a[0]!);
            self._items = data;
            self._count = data.Length;
            return PyNone.Instance;
        });
        Def(ba, "__repr__", self => new PyStr("bytearray(" + BytesOps.Repr(((PyByteArray)self).AsSpan().ToArray()) + ")"));
        Def(ba, "__len__", self => PyInt.From(((PyByteArray)self)._count));
        Def(ba, "__iter__", self => new BytesIterator(((PyByteArray)self).AsSpan().ToArray()));
        Def(ba, "__getitem__", (self, k) =>
        {
            var b = ((PyByteArray)self).AsSpan();
            long idx = Ops.IndexValue(k, "bytearray");
            if (idx < 0)
                idx += b.Length;
            if (idx < 0 || idx >= b.Length)
                throw Err.Index("bytearray index out of range");
            return PyInt.From(b[(int)idx]);
        });
        Def(ba, "__setitem__", (self, k, v) =>
        {
            var b = ((PyByteArray)self).AsSpan();
            long idx = Ops.IndexValue(k, "bytearray");
            if (idx < 0)
                idx += b.Length;
            if (idx < 0 || idx >= b.Length)
                throw Err.Index("bytearray index out of range");
            long val = Ops.AsLong(v);
            if (val is < 0 or > 255)
                throw Err.Value("byte must be in range(0, 256)");
            b[(int)idx] = (byte)val;
            return PyNone.Instance;
        });
        Def(ba, "append", (self, v) =>
        {
            var b = (PyByteArray)self;
            long val = Ops.AsLong(v);
            if (val is < 0 or > 255)
                throw Err.Value("byte must be in range(0, 256)");
            if (b._count == b._items.Length)
                Array.Resize(ref b._items, Math.Max(8, b._count * 2));
            b._items[b._count++] = (byte)val;
            return PyNone.Instance;
        });
        Def(ba, "extend", (self, v) =>
        {
            var b = (PyByteArray)self;
            var more = BytesOps.FromObject(v);
            var n = new byte[b._count + more.Length];
            b.AsSpan().CopyTo(n);
            more.CopyTo(n, b._count);
            b._items = n;
            b._count = n.Length;
            return PyNone.Instance;
        });
        DefN(ba, "decode", (args, kw) =>
        {
            var a = Args.Bind("decode", args, kw, ["self", "encoding", "errors"], 1);
            return new PyStr(Codecs.Decode(((PyByteArray)a[0]!).AsSpan(), a[1] is PyStr e ? e.Value : "utf-8", a[2] is PyStr er ? er.Value : "strict"));
        });
        DefineComparisons(ba, (a, b) => b is PyByteArray or PyBytes ? ((PyByteArray)a).AsSpan().SequenceCompareTo(BytesOps.AsBytes(b)) : null);
        ba.Dict.SetStr("__hash__", PyNone.Instance);
    }

    internal static long BytesHash(byte[] b)
    {
        var hc = new HashCode();
        hc.AddBytes(b);
        long h = hc.ToHashCode();
        return h == -1 ? -2 : h;
    }
}
