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
    /// <summary><c>bytes(n)</c>: n zero bytes; OverflowError beyond an index-sized integer, MemoryError beyond what an
    /// array holds (as CPython's allocation fails).</summary>
    private static byte[] ZeroBytes(PyInt n)
    {
        if (n.IsBig)
            throw Err.Overflow("cannot fit 'int' into an index-sized integer");
        if (n.Value < 0)
            throw Err.Value("negative count");
        if (n.Value > Array.MaxLength)
            throw Err.New(BuiltinTypes.MemoryError, "");
        return new byte[n.Value];
    }


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
                return ZeroBytes(i);
        }
        if (o.Type.Lookup("__index__") != null)
            return ZeroBytes(Ops.Index(o));
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
                    return Modules.Pickle.PickleText.EncodeUtf8SurrogatePass(s);
                for (int i = 0; i < s.Length; i++)
                {
                    if (char.IsSurrogate(s[i]) && !(char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])))
                    {
                        if (errors is "ignore" or "replace" or "backslashreplace" or "surrogateescape")
                            return EncodeWithErrors(s, 0x10FFFF, errors, "utf-8");
                        throw Err.UnicodeEncode("utf-8", s, i, i + 1, "surrogates not allowed");
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
                        throw Err.UnicodeEncode(name, s, i, end, $"ordinal not in range({max + 1})");
                }
            }
            i += len - 1;
        }
        return [.. list];
    }

    /// <summary>The first invalid UTF-8 sequence in <paramref name="b"/> as CPython reports it: the byte range and
    /// "invalid start byte", "invalid continuation byte" or "unexpected end of data".</summary>
    private static (int Start, int End, string Reason) Utf8Error(ReadOnlySpan<byte> b)
    {
        for (int i = 0; i < b.Length;)
        {
            byte c = b[i];
            int need = c < 0x80 ? 0 : c is >= 0xC2 and <= 0xDF ? 1 : c is >= 0xE0 and <= 0xEF ? 2 : c is >= 0xF0 and <= 0xF4 ? 3 : -1;
            if (need < 0)
                return (i, i + 1, "invalid start byte");
            for (int k = 1; k <= need; k++)
            {
                if (i + k >= b.Length)
                    return (i, b.Length, "unexpected end of data");
                byte d = b[i + k];
                // The second byte's range is narrower after E0, ED, F0 and F4 (no overlongs, surrogates or > U+10FFFF).
                int lo = 0x80, hi = 0xBF;
                if (k == 1)
                {
                    if (c == 0xE0) lo = 0xA0;
                    else if (c == 0xED) hi = 0x9F;
                    else if (c == 0xF0) lo = 0x90;
                    else if (c == 0xF4) hi = 0x8F;
                }
                if (d < lo || d > hi)
                    return (i, i + k, "invalid continuation byte");
            }
            i += need + 1;
        }
        return (0, 1, "invalid start byte"); // not reached: the strict decoder found an error
    }

    public static string Decode(ReadOnlySpan<byte> b, string encoding, string errors)
    {
        var enc = Normalize(encoding);
        switch (enc)
        {
            case "utf-8":
                if (errors == "surrogatepass")
                    return Modules.Pickle.PickleText.DecodeUtf8SurrogatePass(b);
                try
                {
                    return new UTF8Encoding(false, true).GetString(b);
                }
                catch (DecoderFallbackException)
                {
                    // .NET replaces each maximal invalid subpart, as CPython's decoder does.
                    if (errors == "replace")
                        return Encoding.UTF8.GetString(b);
                    if (errors == "ignore")
                        return Encoding.GetEncoding("utf-8", EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("")).GetString(b);
                    var (start, end, reason) = Utf8Error(b);
                    throw Err.UnicodeDecode("utf-8", b.ToArray(), start, end, reason);
                }
            case "ascii":
                for (int i = 0; i < b.Length; i++)
                {
                    if (b[i] > 0x7F && errors == "strict")
                        throw Err.UnicodeDecode("ascii", b.ToArray(), i, i + 1, "ordinal not in range(128)");
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
}

public static partial class BuiltinTypes
{
    /// <summary>bytearray's reduction: the class, its contents (bytes from protocol 3, else latin-1 text) and the
    /// instance dict of a subclass.</summary>
    private static PyObject ByteArrayReduce(PyObject self, long proto)
    {
        var data = ((PyByteArray)self).AsSpan().ToArray();
        var args = proto >= 3
            ? PyTuple.Of(new PyBytes(data))
            : PyTuple.Of(new PyStr(System.Text.Encoding.Latin1.GetString(data)), new PyStr("latin-1"));
        return PyTuple.Of(self.Type, args, (PyObject?)self.Dict ?? PyNone.Instance);
    }

    private static void DefineBytes()
    {
        var t = Bytes;
        DefStatic(t, "__new__", (args, kw) =>
        {
            var cls = (PyType)args[0];
            var b = NewBytes(args, kw);
            return cls == Bytes ? b : new PyBytesSub(cls, ((PyBytes)b).Value);
        });

        static PyObject NewBytes(ReadOnlySpan<PyObject> args, string[]? kw)
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
            if (a[0]!.GetType() == typeof(PyBytes) && args[0] == Bytes)
                return a[0]!;
            var bf = a[0]!.Type.Lookup("__bytes__");
            if (bf != null)
            {
                var r = Ops.CallMethod(a[0]!, bf);
                return r is PyBytes ? r : throw Err.Type($"__bytes__ returned non-bytes (type {Ops.TypeName(r)})");
            }
            return new PyBytes(BytesOps.FromObject(a[0]!));
        }

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
        Def(t, "__add__", (self, o) => o is PyBytes or PyByteArray ? new PyBytes([.. ((PyBytes)self).Value, .. BytesOps.AsBytes(o)]) : o.Type.Lookup("__radd__") != null ? PyNotImplemented.Instance : throw Err.Type($"can't concat {Ops.TypeName(o)} to bytes"));
        Def(t, "__mul__", (self, n) => BRepeat(self, n));
        Def(t, "__rmul__", (self, n) => BRepeat(self, n));
        Def(t, "__contains__", (self, x) => PyBool.From(BContains(BData(self), x)));
        DefineComparisons(t, (a, b) => b is PyBytes or PyByteArray ? BData(a).SequenceCompareTo(BData(b)) : null);
        Def(t, "__mod__", (self, a) => new PyBytes(Encoding.Latin1.GetBytes(((PyStr)StrOps.Percent(new PyStr(Encoding.Latin1.GetString(((PyBytes)self).Value)), a, true)).Value)));
        Def(t, "__rmod__", (self, a) => PyNotImplemented.Instance);
        Def(t, "__bytes__", self => self.GetType() == typeof(PyBytes) ? self : new PyBytes(BData(self).ToArray()));
        DefineBytesMethods(t);

        var ba = ByteArray;
        DefStatic(ba, "__new__", (args, kw) => (PyType)args[0] == ByteArray ? new PyByteArray([]) : new PyByteArraySub((PyType)args[0]));
        DefN(ba, "__init__", (args, kw) =>
        {
            var self = (PyByteArray)args[0];
            var a = Args.Bind("bytearray", args[1..], kw, ["source", "encoding", "errors"], 0);
            byte[] data;
            if (a[0] == null)
            {
                if (a[1] != null || a[2] != null)
                    throw Err.Type(a[1] != null ? "encoding without a string argument" : "errors without a string argument");
                data = [];
            }
            else if (a[0] is PyStr str)
            {
                if (a[1] == null)
                    throw Err.Type("string argument without an encoding");
                data = Codecs.Encode(str.Value, ArgStr(a[1]!, "bytearray", 2), a[2] == null ? "strict" : ArgStr(a[2]!, "bytearray", 3));
            }
            else
            {
                if (a[1] != null || a[2] != null)
                    throw Err.Type(a[1] != null ? "encoding without a string argument" : "errors without a string argument");
                data = a[0] is PyByteArray src ? src.AsSpan().ToArray() : BytesOps.FromObject(a[0]!);
            }
            self._items = data;
            self._count = data.Length;
            return PyNone.Instance;
        });
        Def(ba, "__repr__", self => new PyStr(self.Type.Name + "(" + BytesOps.Repr(((PyByteArray)self).AsSpan().ToArray()) + ")"));
        Def(ba, "__reduce__", self => ByteArrayReduce(self, 2));
        Def(ba, "__reduce_ex__", (self, proto) => ByteArrayReduce(self, Ops.AsLong(proto)));
        Def(ba, "__len__", self => PyInt.From(((PyByteArray)self)._count));
        Def(ba, "__iter__", self => new BytesIterator(((PyByteArray)self).AsSpan().ToArray()));
        Def(ba, "__getitem__", (self, k) =>
        {
            var b = ((PyByteArray)self).AsSpan();
            if (k is PySlice sl)
            {
                var (start, _, step, count) = Ops.SliceIndices(sl, b.Length);
                var r = new byte[count];
                for (long i = 0, j = start; i < count; i++, j += step)
                    r[i] = b[(int)j];
                return new PyByteArray(r);
            }
            long idx = Ops.IndexValue(k, "bytearray");
            if (idx < 0)
                idx += b.Length;
            if (idx < 0 || idx >= b.Length)
                throw Err.Index("bytearray index out of range");
            return PyInt.From(b[(int)idx]);
        });
        Def(ba, "__setitem__", (self, k, v) =>
        {
            var bself = (PyByteArray)self;
            if (k is PySlice sl)
            {
                ByteArraySetSlice(bself, sl, v);
                return PyNone.Instance;
            }
            var b = bself.AsSpan();
            long idx = Ops.IndexValue(k, "bytearray");
            if (idx < 0)
                idx += b.Length;
            if (idx < 0 || idx >= b.Length)
                throw Err.Index("bytearray index out of range");
            b[(int)idx] = ByteValue(v);
            return PyNone.Instance;
        });
        Def(ba, "__delitem__", (self, k) =>
        {
            var bself = (PyByteArray)self;
            if (k is PySlice sl)
            {
                var (start, _, step, count) = Ops.SliceIndices(sl, bself._count);
                var keep = new List<byte>(bself._count);
                var drop = new HashSet<long>();
                for (long i = 0, j = start; i < count; i++, j += step)
                    drop.Add(j);
                for (int i = 0; i < bself._count; i++)
                {
                    if (!drop.Contains(i))
                        keep.Add(bself._items[i]);
                }
                bself._items = keep.ToArray();
                bself._count = bself._items.Length;
                return PyNone.Instance;
            }
            long idx = Ops.IndexValue(k, "bytearray");
            if (idx < 0)
                idx += bself._count;
            if (idx < 0 || idx >= bself._count)
                throw Err.Index("bytearray index out of range");
            Array.Copy(bself._items, idx + 1, bself._items, idx, bself._count - idx - 1);
            bself._count--;
            return PyNone.Instance;
        });
        Def(ba, "append", (self, v) =>
        {
            ByteArrayInsert((PyByteArray)self, ((PyByteArray)self)._count, ByteValue(v));
            return PyNone.Instance;
        });
        Def(ba, "insert", (self, i, v) =>
        {
            var b = (PyByteArray)self;
            long idx = Ops.IndexValue(i, "bytearray");
            if (idx < 0)
                idx = Math.Max(0, idx + b._count);
            ByteArrayInsert(b, (int)Math.Min(idx, b._count), ByteValue(v));
            return PyNone.Instance;
        });
        Def(ba, "extend", (self, v) =>
        {
            var b = (PyByteArray)self;
            if (v is PyStr)
                throw Err.Type("expected iterable of integers; got: 'str'");
            var more = v is PyByteArray vb ? vb.AsSpan().ToArray() : Ops.GetIterOrNull(v) == null && v is not PyBytes ? throw Err.Type($"can't extend bytearray with {Ops.TypeName(v)}") : BytesOps.FromObject(v);
            ByteArrayAppend(b, more);
            return PyNone.Instance;
        });
        DefN(ba, "pop", (args, kw) =>
        {
            Args.NoKeywords("pop", kw);
            Args.Count("pop", args.Length - 1, 0, 1);
            var b = (PyByteArray)args[0];
            if (b._count == 0)
                throw Err.Index("pop from empty bytearray");
            long idx = args.Length > 1 ? Ops.IndexValue(args[1], "bytearray") : -1;
            if (idx < 0)
                idx += b._count;
            if (idx < 0 || idx >= b._count)
                throw Err.Index("pop index out of range");
            byte v = b._items[idx];
            Array.Copy(b._items, idx + 1, b._items, idx, b._count - idx - 1);
            b._count--;
            return PyInt.From(v);
        });
        Def(ba, "remove", (self, v) =>
        {
            var b = (PyByteArray)self;
            byte x = ByteValue(v);
            int idx = b.AsSpan().IndexOf(x);
            if (idx < 0)
                throw Err.Value("value not found in bytearray");
            Array.Copy(b._items, idx + 1, b._items, idx, b._count - idx - 1);
            b._count--;
            return PyNone.Instance;
        });
        Def(ba, "reverse", self =>
        {
            ((PyByteArray)self).AsSpan().Reverse();
            return PyNone.Instance;
        });
        Def(ba, "clear", self =>
        {
            ((PyByteArray)self)._items = [];
            ((PyByteArray)self)._count = 0;
            return PyNone.Instance;
        });
        Def(ba, "copy", self => new PyByteArray(((PyByteArray)self).AsSpan().ToArray()));
        Def(ba, "__add__", (self, o) => o is PyBytes or PyByteArray ? new PyByteArray([.. ((PyByteArray)self).AsSpan(), .. BytesOps.AsBytes(o)]) : o.Type.Lookup("__radd__") != null ? PyNotImplemented.Instance : throw Err.Type($"can't concat {Ops.TypeName(o)} to bytearray"));
        Def(ba, "__iadd__", (self, o) =>
        {
            if (o is not (PyBytes or PyByteArray))
                throw Err.Type($"can't concat {Ops.TypeName(o)} to bytearray");
            ByteArrayAppend((PyByteArray)self, BytesOps.AsBytes(o).ToArray());
            return self;
        });
        Def(ba, "__mul__", (self, n) => BRepeat(self, n));
        Def(ba, "__rmul__", (self, n) => BRepeat(self, n));
        Def(ba, "__imul__", (self, n) =>
        {
            var r = BRepeat(self, n);
            if (r is PyByteArray rb)
            {
                ((PyByteArray)self)._items = rb._items;
                ((PyByteArray)self)._count = rb._count;
                return self;
            }
            return r;
        });
        Def(ba, "__contains__", (self, x) => PyBool.From(BContains(BData(self), x)));
        Def(ba, "__alloc__", self => PyInt.From(((PyByteArray)self)._items.Length + 1));
        Def(ba, "__mod__", (self, a) => new PyByteArray(Encoding.Latin1.GetBytes(((PyStr)StrOps.Percent(new PyStr(Encoding.Latin1.GetString(((PyByteArray)self).AsSpan())), a, true)).Value)));
        DefineComparisons(ba, (a, b) => b is PyByteArray or PyBytes ? BData(a).SequenceCompareTo(BData(b)) : null);
        ba.Dict.SetStr("__hash__", PyNone.Instance);
        DefineBytesMethods(ba);
    }

    private static byte ByteValue(PyObject v)
    {
        if (v is not PyInt && v.Type.Lookup("__index__") == null)
            throw Err.Type($"'{Ops.TypeName(v)}' object cannot be interpreted as an integer");
        var i = Ops.Index(v);
        if (i.IsBig || i.Value is < 0 or > 255)
            throw Err.Value("byte must be in range(0, 256)");
        return (byte)i.Value;
    }

    private static bool BContains(ReadOnlySpan<byte> s, PyObject x)
    {
        if (x is PyBytes or PyByteArray)
            return s.IndexOf(BytesOps.AsBytes(x)) >= 0;
        if (x is PyInt || x.Type.Lookup("__index__") != null)
            return s.IndexOf(ByteValue(x)) >= 0;
        throw Err.Type($"a bytes-like object is required, not '{Ops.TypeName(x)}'");
    }

    private static PyObject BRepeat(PyObject self, PyObject n)
    {
        if (n is not PyInt && n.Type.Lookup("__index__") == null)
            return PyNotImplemented.Instance;
        var ni = Ops.Index(n);
        var b = BData(self);
        long times = Math.Max(0, ListOps.RepeatCount(ni));
        if (times > 0 && b.Length > 0 && b.Length * (double)times > int.MaxValue)
            throw Err.New(MemoryError, "");
        if (times == 1 && self.GetType() == typeof(PyBytes))
            return self;
        var r = new byte[b.Length * (int)Math.Min(times, int.MaxValue / Math.Max(1, b.Length))];
        for (int i = 0; i < r.Length; i += b.Length)
            b.CopyTo(r.AsSpan(i));
        return BMake(self, r);
    }

    private static void ByteArrayInsert(PyByteArray b, int index, byte v)
    {
        if (b._count == b._items.Length)
            Array.Resize(ref b._items, Math.Max(8, b._count * 2));
        Array.Copy(b._items, index, b._items, index + 1, b._count - index);
        b._items[index] = v;
        b._count++;
    }

    private static void ByteArrayAppend(PyByteArray b, byte[] more)
    {
        if (b._count + more.Length > b._items.Length)
            Array.Resize(ref b._items, Math.Max(b._count + more.Length, b._count * 2));
        more.CopyTo(b._items, b._count);
        b._count += more.Length;
    }

    private static void ByteArraySetSlice(PyByteArray b, PySlice sl, PyObject v)
    {
        byte[] vals = v switch
        {
            PyBytes vb => vb.Value,
            PyByteArray va => va.AsSpan().ToArray(),
            PyInt => throw Err.Type("can assign only bytes, buffers, or iterables of ints in range(0, 256)"),
            PyStr => throw Err.Type("can assign only bytes, buffers, or iterables of ints in range(0, 256)"),
            _ => BytesOps.FromObject(v),
        };
        var (start, stop, step, count) = Ops.SliceIndices(sl, b._count);
        if (step == 1)
        {
            if (stop < start)
                stop = start;
            var items = new byte[b._count - (stop - start) + vals.Length];
            b._items.AsSpan(0, (int)start).CopyTo(items);
            vals.CopyTo(items, start);
            b._items.AsSpan((int)stop, b._count - (int)stop).CopyTo(items.AsSpan((int)start + vals.Length));
            b._items = items;
            b._count = items.Length;
            return;
        }
        if (vals.Length != count)
            throw Err.Value($"attempt to assign bytes of size {vals.Length} to extended slice of size {count}");
        for (long i = 0, j = start; i < count; i++, j += step)
            b._items[j] = vals[i];
    }

    /// <summary>hash(bytes): equal to the hash of the str with the same Latin-1 characters, as in CPython.</summary>
    internal static long BytesHash(byte[] b) => PyStr.HashOf(Encoding.Latin1.GetString(b));
}
