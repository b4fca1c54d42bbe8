using System;
using System.Collections.Generic;
using Atoll.Runtime.Builtins;

namespace Atoll.Runtime.Objects;

// The methods bytes and bytearray share (docs.python.org/3/library/stdtypes.html#bytes-and-bytearray-operations).
// They work on ASCII only: case, classes and whitespace are the ASCII ones, as in CPython. Results have the
// receiver's type (a bytearray method returns a bytearray).
public static partial class BuiltinTypes
{
    private static ReadOnlySpan<byte> BData(PyObject self) => self switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => ba.AsSpan(),
        _ => throw Err.Type($"descriptor requires a 'bytes' object but received a '{Ops.TypeName(self)}'"),
    };

    private static PyObject BMake(PyObject self, byte[] data) => self is PyByteArray ? new PyByteArray(data) : data.Length == 0 ? PyBytes.Empty : new PyBytes(data);

    private static PyObject BMake(PyObject self, ReadOnlySpan<byte> data) => BMake(self, data.ToArray());

    /// <summary>A bytes-like argument (bytes, bytearray), or the TypeError CPython gives.</summary>
    private static ReadOnlySpan<byte> BArg(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => ba.AsSpan(),
        _ => throw Err.Type($"a bytes-like object is required, not '{Ops.TypeName(o)}'"),
    };

    /// <summary>The sub argument of find/count/index: bytes-like or an int in range(256).</summary>
    private static ReadOnlySpan<byte> BSubArg(PyObject o, Span<byte> one)
    {
        if (o is PyBytes or PyByteArray)
            return BArg(o);
        if (o is PyInt || o.Type.Lookup("__index__") != null)
        {
            var v = Ops.Index(o);
            if (v.IsBig || v.Value is < 0 or > 255)
                throw Err.Value("byte must be in range(0, 256)");
            one[0] = (byte)v.Value;
            return one;
        }
        throw Err.Type($"argument should be integer or bytes-like object, not '{Ops.TypeName(o)}'");
    }

    private static bool IsAsciiSpace(byte c) => c is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0B or 0x0C;

    private static bool IsAsciiLower(byte c) => c is >= (byte)'a' and <= (byte)'z';

    private static bool IsAsciiUpper(byte c) => c is >= (byte)'A' and <= (byte)'Z';

    private static byte ToAsciiUpper(byte c) => IsAsciiLower(c) ? (byte)(c - 32) : c;

    private static byte ToAsciiLower(byte c) => IsAsciiUpper(c) ? (byte)(c + 32) : c;

    private static void DefineBytesMethods(PyType t)
    {
        string tn = t.Name;
        DefN(t, "count", (args, kw) => BSearch(args, kw, tn, "count"));
        DefN(t, "find", (args, kw) => BSearch(args, kw, tn, "find"));
        DefN(t, "rfind", (args, kw) => BSearch(args, kw, tn, "rfind"));
        DefN(t, "index", (args, kw) => BSearch(args, kw, tn, "index"));
        DefN(t, "rindex", (args, kw) => BSearch(args, kw, tn, "rindex"));
        DefN(t, "startswith", (args, kw) => BStartsEnds(args, kw, true));
        DefN(t, "endswith", (args, kw) => BStartsEnds(args, kw, false));
        DefN(t, "split", (args, kw) => BSplit(args, kw, false));
        DefN(t, "rsplit", (args, kw) => BSplit(args, kw, true));
        DefN(t, "strip", (args, kw) => BStrip(args, kw, "strip", true, true));
        DefN(t, "lstrip", (args, kw) => BStrip(args, kw, "lstrip", true, false));
        DefN(t, "rstrip", (args, kw) => BStrip(args, kw, "rstrip", false, true));
        DefN(t, "replace", (args, kw) =>
        {
            var a = Args.Bind("replace", args, kw, ["self", "old", "new", "count"], 3, posOnly: 3);
            long count = a[3] == null ? -1 : Ops.AsLong(a[3]!);
            return BMake(a[0]!, BReplace(BData(a[0]!), BArg(a[1]!), BArg(a[2]!), count));
        });
        Def(t, "join", (self, it) =>
        {
            var sep = BData(self).ToArray();
            var buf = new List<byte>();
            var iter = Ops.GetIter(it);
            int i = 0;
            while (Ops.Next(iter) is { } x)
            {
                if (x is not (PyBytes or PyByteArray))
                    throw Err.Type($"sequence item {i}: expected a bytes-like object, {Ops.TypeName(x)} found");
                if (i++ > 0)
                    buf.AddRange(sep);
                foreach (byte c in BArg(x))
                    buf.Add(c);
            }
            return BMake(self, buf.ToArray());
        });
        Def(t, "upper", self => BMap(self, ToAsciiUpper));
        Def(t, "lower", self => BMap(self, ToAsciiLower));
        Def(t, "swapcase", self => BMap(self, c => IsAsciiUpper(c) ? (byte)(c + 32) : IsAsciiLower(c) ? (byte)(c - 32) : c));
        Def(t, "capitalize", self =>
        {
            var r = BData(self).ToArray();
            for (int i = 0; i < r.Length; i++)
                r[i] = i == 0 ? ToAsciiUpper(r[i]) : ToAsciiLower(r[i]);
            return BMake(self, r);
        });
        Def(t, "title", self =>
        {
            var r = BData(self).ToArray();
            bool prevCased = false;
            for (int i = 0; i < r.Length; i++)
            {
                byte c = r[i];
                r[i] = prevCased ? ToAsciiLower(c) : ToAsciiUpper(c);
                prevCased = IsAsciiLower(c) || IsAsciiUpper(c);
            }
            return BMake(self, r);
        });
        Def(t, "isalpha", self => PyBool.From(BAll(self, c => IsAsciiLower(c) || IsAsciiUpper(c))));
        Def(t, "isalnum", self => PyBool.From(BAll(self, c => IsAsciiLower(c) || IsAsciiUpper(c) || c is >= (byte)'0' and <= (byte)'9')));
        Def(t, "isdigit", self => PyBool.From(BAll(self, c => c is >= (byte)'0' and <= (byte)'9')));
        Def(t, "isspace", self => PyBool.From(BAll(self, IsAsciiSpace)));
        Def(t, "isascii", self => PyBool.From(BData(self).IndexOfAnyExceptInRange((byte)0, (byte)0x7F) < 0));
        Def(t, "islower", self => PyBool.From(BData(self).IndexOfAnyInRange((byte)'A', (byte)'Z') < 0 && BData(self).IndexOfAnyInRange((byte)'a', (byte)'z') >= 0));
        Def(t, "isupper", self => PyBool.From(BData(self).IndexOfAnyInRange((byte)'a', (byte)'z') < 0 && BData(self).IndexOfAnyInRange((byte)'A', (byte)'Z') >= 0));
        Def(t, "istitle", self =>
        {
            bool cased = false, prevCased = false;
            foreach (byte c in BData(self))
            {
                if (IsAsciiUpper(c))
                {
                    if (prevCased)
                        return PyBool.False;
                    prevCased = cased = true;
                }
                else if (IsAsciiLower(c))
                {
                    if (!prevCased)
                        return PyBool.False;
                    prevCased = cased = true;
                }
                else
                {
                    prevCased = false;
                }
            }
            return PyBool.From(cased);
        });
        DefN(t, "center", (args, kw) => BPad(args, kw, "center"));
        DefN(t, "ljust", (args, kw) => BPad(args, kw, "ljust"));
        DefN(t, "rjust", (args, kw) => BPad(args, kw, "rjust"));
        Def(t, "zfill", (self, w) =>
        {
            var s = BData(self);
            long width = Ops.AsLong(w);
            if (width <= s.Length)
                return self.GetType() == typeof(PyBytes) ? self : BMake(self, s);
            var r = new byte[width];
            int fill = (int)(width - s.Length);
            int sign = s.Length > 0 && s[0] is (byte)'+' or (byte)'-' ? 1 : 0;
            if (sign == 1)
                r[0] = s[0];
            r.AsSpan(sign, fill).Fill((byte)'0');
            s[sign..].CopyTo(r.AsSpan(sign + fill));
            return BMake(self, r);
        });
        Def(t, "partition", (self, sep) => BPartition(self, sep, false));
        Def(t, "rpartition", (self, sep) => BPartition(self, sep, true));
        Def(t, "removeprefix", (self, p) =>
        {
            var s = BData(self);
            var pre = BArg(p);
            return s.StartsWith(pre) && pre.Length > 0 ? BMake(self, s[pre.Length..]) : self.GetType() == typeof(PyBytes) ? self : BMake(self, s);
        });
        Def(t, "removesuffix", (self, p) =>
        {
            var s = BData(self);
            var suf = BArg(p);
            return s.EndsWith(suf) && suf.Length > 0 ? BMake(self, s[..^suf.Length]) : self.GetType() == typeof(PyBytes) ? self : BMake(self, s);
        });
        DefN(t, "expandtabs", (args, kw) =>
        {
            var a = Args.Bind("expandtabs", args, kw, ["self", "tabsize"], 1);
            long tab = a[1] == null ? 8 : Ops.AsLong(a[1]!);
            var r = new List<byte>();
            int col = 0;
            foreach (byte c in BData(a[0]!))
            {
                if (c == '\t')
                {
                    if (tab > 0)
                    {
                        long n = tab - col % tab;
                        for (long i = 0; i < n; i++)
                            r.Add((byte)' ');
                        col += (int)n;
                    }
                }
                else
                {
                    r.Add(c);
                    col = c is (byte)'\n' or (byte)'\r' ? 0 : col + 1;
                }
            }
            return BMake(a[0]!, r.ToArray());
        });
        DefN(t, "splitlines", (args, kw) =>
        {
            var a = Args.Bind("splitlines", args, kw, ["self", "keepends"], 1);
            bool keep = a[1] != null && Ops.IsTrue(a[1]!);
            var s = BData(a[0]!);
            var result = new PyList();
            int i = 0;
            while (i < s.Length)
            {
                int j = i;
                while (j < s.Length && s[j] is not ((byte)'\n' or (byte)'\r'))
                    j++;
                int eol = j;
                if (j < s.Length)
                    j += s[j] == '\r' && j + 1 < s.Length && s[j + 1] == '\n' ? 2 : 1;
                result.Append(BMake(a[0]!, s[i..(keep ? j : eol)]));
                i = j;
            }
            return result;
        });
        DefN(t, "decode", (args, kw) =>
        {
            var a = Args.Bind("decode", args, kw, ["self", "encoding", "errors"], 1);
            string enc = a[1] == null ? "utf-8" : a[1] is PyStr e ? e.Value : throw Err.Type($"decode() argument 'encoding' must be str, not {Ops.TypeName(a[1]!)}");
            string errors = a[2] == null ? "strict" : a[2] is PyStr er ? er.Value : throw Err.Type($"decode() argument 'errors' must be str, not {Ops.TypeName(a[2]!)}");
            return new PyStr(Codecs.Decode(BData(a[0]!), enc, errors));
        });
        DefN(t, "hex", (args, kw) =>
        {
            var a = Args.Bind("hex", args, kw, ["self", "sep", "bytes_per_sep"], 1);
            return new PyStr(BHex(BData(a[0]!), a[1], a[2]));
        });
        DefClass(t, "fromhex", (args, kw) =>
        {
            Args.NoKeywords("fromhex", kw);
            Args.Count("fromhex", args.Length - 1, 1, 1);
            var s = args[1] as PyStr ?? throw Err.Type($"fromhex() argument must be str, not {Ops.TypeName(args[1])}");
            var data = BFromHex(s.Value);
            var cls = (PyType)args[0];
            if (cls == ByteArray)
                return new PyByteArray(data);
            var v = new PyBytes(data);
            return cls == Bytes ? v : Ops.Call(cls, v);
        });
        DefN(t, "translate", (args, kw) =>
        {
            var a = Args.Bind("translate", args, kw, ["self", "table", "delete"], 2, posOnly: 2);
            ReadOnlySpan<byte> table = default;
            bool hasTable = a[1] != PyNone.Instance;
            if (hasTable)
            {
                table = BArg(a[1]!);
                if (table.Length != 256)
                    throw Err.Value("translation table must be 256 characters long");
            }
            var del = a[2] == null ? default : BArg(a[2]!);
            var r = new List<byte>();
            foreach (byte c in BData(a[0]!))
            {
                if (del.IndexOf(c) >= 0)
                    continue;
                r.Add(hasTable ? table[c] : c);
            }
            return BMake(a[0]!, r.ToArray());
        });
        DefStaticFn(t, "maketrans", (args, kw) =>
        {
            Args.NoKeywords("maketrans", kw);
            Args.Count("maketrans", args.Length, 2, 2);
            var from = BArg(args[0]);
            var to = BArg(args[1]);
            if (from.Length != to.Length)
                throw Err.Value("maketrans arguments must have same length");
            var table = new byte[256];
            for (int i = 0; i < 256; i++)
                table[i] = (byte)i;
            for (int i = 0; i < from.Length; i++)
                table[from[i]] = to[i];
            return new PyBytes(table);
        });
        Def(t, "__getnewargs__", self => PyTuple.Of(new PyBytes(BData(self).ToArray())));
    }

    private static void DefStaticFn(PyType t, string name, NativeFunction f) => t.Dict.SetStr(name, PyBuiltinFunction.Create(name, f, t, isStatic: true));

    private static PyObject BMap(PyObject self, Func<byte, byte> f)
    {
        var r = BData(self).ToArray();
        for (int i = 0; i < r.Length; i++)
            r[i] = f(r[i]);
        return BMake(self, r);
    }

    private static bool BAll(PyObject self, Func<byte, bool> pred)
    {
        var s = BData(self);
        if (s.Length == 0)
            return false;
        foreach (byte c in s)
        {
            if (!pred(c))
                return false;
        }
        return true;
    }

    private static PyObject BSearch(ReadOnlySpan<PyObject> args, string[]? kw, string tn, string name)
    {
        Args.NoKeywords(name, kw);
        if (args.Length < 2)
            throw Err.Type($"{name}() takes at least 1 argument (0 given)");
        if (args.Length > 4)
            throw Err.Type($"{name}() takes at most 3 arguments ({args.Length - 1} given)");
        var s = BData(args[0]);
        Span<byte> one = stackalloc byte[1];
        var sub = BSubArg(args[1], one);
        var (a, b) = SearchRange(args, 2, s.Length);
        if (name == "count")
        {
            if (a > b)
                return PyInt.Zero;
            var hay = s[(int)a..(int)b];
            if (sub.Length == 0)
                return PyInt.From(hay.Length + 1);
            int n = 0;
            for (int pos = 0; ;)
            {
                int k = hay[pos..].IndexOf(sub);
                if (k < 0)
                    break;
                n++;
                pos += k + sub.Length;
            }
            return PyInt.From(n);
        }
        long idx = -1;
        if (a <= b && b - a >= sub.Length)
        {
            var hay = s[(int)a..(int)b];
            int k = name[0] == 'r' ? hay.LastIndexOf(sub) : hay.IndexOf(sub);
            if (k >= 0)
                idx = a + k;
        }
        if (idx < 0 && name.EndsWith("index", StringComparison.Ordinal))
            throw Err.Value("subsection not found");
        return PyInt.From(idx);
    }

    private static PyObject BStartsEnds(ReadOnlySpan<PyObject> args, string[]? kw, bool starts)
    {
        string name = starts ? "startswith" : "endswith";
        Args.NoKeywords(name, kw);
        Args.Count(name, args.Length - 1, 1, 3);
        var s = BData(args[0]);
        var (a, b) = SearchRange(args, 2, s.Length);
        if (args[1] is PyTuple tup)
        {
            foreach (var p in tup.Items)
            {
                if (p is not (PyBytes or PyByteArray))
                    throw Err.Type($"a bytes-like object is required, not '{Ops.TypeName(p)}'");
                if (a <= b && Match(s[(int)a..(int)b], BArg(p), starts))
                    return PyBool.True;
            }
            return PyBool.False;
        }
        if (args[1] is not (PyBytes or PyByteArray))
            throw Err.Type($"{name} first arg must be bytes or a tuple of bytes, not {Ops.TypeName(args[1])}");
        return PyBool.From(a <= b && Match(s[(int)a..(int)b], BArg(args[1]), starts));

        static bool Match(ReadOnlySpan<byte> hay, ReadOnlySpan<byte> p, bool starts) => starts ? hay.StartsWith(p) : hay.EndsWith(p);
    }

    private static PyObject BSplit(ReadOnlySpan<PyObject> args, string[]? kw, bool right)
    {
        var a = Args.Bind(right ? "rsplit" : "split", args, kw, ["self", "sep", "maxsplit"], 1);
        var self = a[0]!;
        var s = BData(self);
        long max = a[2] == null ? -1 : Ops.AsLong(a[2]!);
        if (max < 0)
            max = long.MaxValue;
        var parts = new List<(int Start, int End)>();
        if (a[1] == null || a[1] == PyNone.Instance)
        {
            if (!right)
            {
                int i = 0, n = s.Length;
                while (true)
                {
                    while (i < n && IsAsciiSpace(s[i]))
                        i++;
                    if (i >= n)
                        break;
                    if (parts.Count >= max)
                    {
                        int end = n;
                        while (end > i && IsAsciiSpace(s[end - 1]))
                            end--;
                        parts.Add((i, end));
                        break;
                    }
                    int j = i;
                    while (j < n && !IsAsciiSpace(s[j]))
                        j++;
                    parts.Add((i, j));
                    i = j;
                }
            }
            else
            {
                int i = s.Length;
                while (true)
                {
                    while (i > 0 && IsAsciiSpace(s[i - 1]))
                        i--;
                    if (i <= 0)
                        break;
                    if (parts.Count >= max)
                    {
                        int st = 0;
                        while (st < i && IsAsciiSpace(s[st]))
                            st++;
                        parts.Add((st, i));
                        break;
                    }
                    int j = i;
                    while (j > 0 && !IsAsciiSpace(s[j - 1]))
                        j--;
                    parts.Add((j, i));
                    i = j;
                }
                parts.Reverse();
            }
        }
        else
        {
            var sep = BArg(a[1]!);
            if (sep.Length == 0)
                throw Err.Value("empty separator");
            if (!right)
            {
                int start = 0;
                while (parts.Count < max)
                {
                    int k = s[start..].IndexOf(sep);
                    if (k < 0)
                        break;
                    parts.Add((start, start + k));
                    start += k + sep.Length;
                }
                parts.Add((start, s.Length));
            }
            else
            {
                int end = s.Length;
                while (parts.Count < max)
                {
                    int k = s[..end].LastIndexOf(sep);
                    if (k < 0)
                        break;
                    parts.Add((k + sep.Length, end));
                    end = k;
                }
                parts.Add((0, end));
                parts.Reverse();
            }
        }
        var result = new PyList(parts.Count);
        foreach (var (st, en) in parts)
            result.Append(BMake(self, s[st..en]));
        return result;
    }

    private static PyObject BStrip(ReadOnlySpan<PyObject> args, string[]? kw, string name, bool left, bool right)
    {
        Args.NoKeywords(name, kw);
        Args.Count(name, args.Length - 1, 0, 1);
        var s = BData(args[0]);
        bool ws = args.Length < 2 || args[1] == PyNone.Instance;
        var chars = ws ? default : BArg(args[1]);
        int a = 0, b = s.Length;
        if (left)
        {
            while (a < b && (ws ? IsAsciiSpace(s[a]) : chars.IndexOf(s[a]) >= 0))
                a++;
        }
        if (right)
        {
            while (b > a && (ws ? IsAsciiSpace(s[b - 1]) : chars.IndexOf(s[b - 1]) >= 0))
                b--;
        }
        if (a == 0 && b == s.Length && args[0].GetType() == typeof(PyBytes))
            return args[0];
        return BMake(args[0], s[a..b]);
    }

    private static byte[] BReplace(ReadOnlySpan<byte> s, ReadOnlySpan<byte> old, ReadOnlySpan<byte> @new, long count)
    {
        if (count < 0)
            count = long.MaxValue;
        var r = new List<byte>(s.Length);
        long done = 0;
        if (old.Length == 0)
        {
            int k = 0;
            for (; k <= s.Length; k++)
            {
                if (done < count)
                {
                    foreach (byte c in @new)
                        r.Add(c);
                    done++;
                }
                if (k < s.Length)
                    r.Add(s[k]);
            }
            return r.ToArray();
        }
        int start = 0;
        while (done < count)
        {
            int k = s[start..].IndexOf(old);
            if (k < 0)
                break;
            foreach (byte c in s.Slice(start, k))
                r.Add(c);
            foreach (byte c in @new)
                r.Add(c);
            start += k + old.Length;
            done++;
        }
        foreach (byte c in s[start..])
            r.Add(c);
        return r.ToArray();
    }

    private static PyObject BPad(ReadOnlySpan<PyObject> args, string[]? kw, string name)
    {
        Args.NoKeywords(name, kw);
        Args.Count(name, args.Length - 1, 1, 2);
        var self = args[0];
        var s = BData(self);
        long width = Ops.AsLong(args[1]);
        byte fill = (byte)' ';
        if (args.Length > 2)
        {
            if (args[2] is not (PyBytes or PyByteArray) || BArg(args[2]).Length != 1)
                throw Err.Type($"{name}() argument 2 must be a byte string of length 1, not {Ops.TypeName(args[2])}");
            fill = BArg(args[2])[0];
        }
        if (width <= s.Length)
            return self.GetType() == typeof(PyBytes) ? self : BMake(self, s);
        int total = (int)(width - s.Length);
        int left = name switch
        {
            "ljust" => 0,
            "rjust" => total,
            _ => total / 2 + (total & s.Length & 1),
        };
        var r = new byte[width];
        r.AsSpan().Fill(fill);
        s.CopyTo(r.AsSpan(left));
        return BMake(self, r);
    }

    private static PyObject BPartition(PyObject self, PyObject sepObj, bool reverse)
    {
        var s = BData(self);
        var sep = BArg(sepObj);
        if (sep.Length == 0)
            throw Err.Value("empty separator");
        int k = reverse ? s.LastIndexOf(sep) : s.IndexOf(sep);
        var empty = BMake(self, Array.Empty<byte>());
        if (k < 0)
            return reverse ? PyTuple.Of(empty, BMake(self, Array.Empty<byte>()), BMake(self, s)) : PyTuple.Of(BMake(self, s), empty, BMake(self, Array.Empty<byte>()));
        return PyTuple.Of(BMake(self, s[..k]), BMake(self, sep), BMake(self, s[(k + sep.Length)..]));
    }

    private static string BHex(ReadOnlySpan<byte> data, PyObject? sepObj, PyObject? perObj)
    {
        string hex = Convert.ToHexStringLower(data);
        if (sepObj == null)
            return hex;
        string sep = sepObj switch
        {
            PyStr ss => ss.Value,
            PyBytes or PyByteArray => System.Text.Encoding.Latin1.GetString(BArg(sepObj)),
            _ => throw Err.Type($"sep must be str or bytes."),
        };
        if (sep.Length != 1)
            throw Err.Value("sep must be length 1.");
        if (sep[0] > 0x7F)
            throw Err.Value("sep must be ASCII.");
        long per = perObj == null ? 1 : Ops.AsLong(perObj);
        if (per == 0 || data.Length == 0)
            return hex;
        long group = Math.Abs(per);
        var sb = new System.Text.StringBuilder(hex.Length * 2);
        for (int i = 0; i < data.Length; i++)
        {
            // Groups count from the right for a positive bytes_per_sep, from the left for a negative one.
            long fromEdge = per > 0 ? data.Length - i : i;
            if (i > 0 && fromEdge % group == 0)
                sb.Append(sep[0]);
            sb.Append(hex, 2 * i, 2);
        }
        return sb.ToString();
    }

    private static byte[] BFromHex(string s)
    {
        var r = new List<byte>(s.Length / 2);
        int i = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (c is ' ' or '\t' or '\n' or '\r' or '\x0b' or '\x0c')
            {
                i++;
                continue;
            }
            int hi = HexVal(c);
            if (hi < 0)
                throw Err.Value($"non-hexadecimal number found in fromhex() arg at position {i}");
            if (i + 1 >= s.Length)
                throw Err.Value($"non-hexadecimal number found in fromhex() arg at position {i + 1}");
            int lo = HexVal(s[i + 1]);
            if (lo < 0)
                throw Err.Value($"non-hexadecimal number found in fromhex() arg at position {i + 1}");
            r.Add((byte)(hi * 16 + lo));
            i += 2;
        }
        return r.ToArray();

        static int HexVal(char c) => c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'f' ? c - 'a' + 10 : c is >= 'A' and <= 'F' ? c - 'A' + 10 : -1;
    }
}
