using System;
using System.Globalization;
using System.Text;

namespace Atoll.Runtime.Objects;

/// <summary>Operations on <c>str</c>.</summary>
internal static partial class StrOps
{
    /// <summary>Code-point order (what Python compares); ordinal UTF-16 order differs only past the BMP.</summary>
    public static int Compare(string a, string b)
    {
        int n = Math.Min(a.Length, b.Length);
        // Short strings (most sort keys) compare fastest char by char; long ones find the first difference vectorized.
        int i = n < 16 ? 0 : a.AsSpan(0, n).CommonPrefixLength(b.AsSpan(0, n));
        while (i < n && a[i] == b[i])
            i++;
        if (i == n)
            return a.Length.CompareTo(b.Length);
        char x = a[i], y = b[i];
        if (char.IsSurrogate(x) || char.IsSurrogate(y))
        {
            // Code point order: a high surrogate starts a code point above U+FFFF.
            int cx = char.IsHighSurrogate(x) ? 0x10000 + x : x;
            int cy = char.IsHighSurrogate(y) ? 0x10000 + y : y;
            return cx.CompareTo(cy);
        }
        return x.CompareTo(y);
    }

    public static PyStr Repeat(PyStr s, PyInt n)
    {
        long times = ListOps.RepeatCount(n);
        if (times <= 0 || s.Value.Length == 0)
            return PyStr.Empty;
        if (times == 1)
            return s;
        if (times > long.MaxValue / s.Value.Length)
            throw Err.Overflow("repeated string is too long");
        if (times > int.MaxValue / 2 / s.Value.Length)
            throw Err.New(BuiltinTypes.MemoryError, "");
        var sb = new StringBuilder(s.Value.Length * (int)times);
        for (long i = 0; i < times; i++)
            sb.Append(s.Value);
        return new PyStr(sb.ToString());
    }

    public static PyObject GetItem(PyStr s, PyObject key)
    {
        if (key is PySlice sl)
        {
            int len = s.Length;
            var (start, _, step, count) = Ops.SliceIndices(sl, len);
            if (step == 1)
                return count == len && s.GetType() == typeof(PyStr) ? s : new PyStr(s.Substring((int)start, (int)(start + count)));
            if (s.IsSimple)
            {
                var v = s.Value;
                return new PyStr(string.Create((int)count, (v, (int)start, (int)step), static (span, st) =>
                {
                    for (int i = 0, j = st.Item2; i < span.Length; i++, j += st.Item3)
                        span[i] = st.v[j];
                }));
            }
            var sb = new StringBuilder((int)count);
            for (long i = 0, j = start; i < count; i++, j += step)
                sb.Append(s.CharAt((int)j).Value);
            return new PyStr(sb.ToString());
        }
        long idx = Ops.IndexValue(key, "string");
        int n = s.Length;
        if (idx < 0)
            idx += n;
        if (idx < 0 || idx >= n)
            throw Err.Index("string index out of range");
        return s.CharAt((int)idx);
    }

    /// <summary>ascii(): the repr with non-ASCII characters escaped.</summary>
    public static string Ascii(string repr)
    {
        var sb = new StringBuilder(repr.Length);
        for (int i = 0; i < repr.Length; i++)
        {
            char c = repr[i];
            if (c < 0x80)
            {
                sb.Append(c);
                continue;
            }
            int cp = c;
            if (char.IsHighSurrogate(c) && i + 1 < repr.Length && char.IsLowSurrogate(repr[i + 1]))
            {
                cp = char.ConvertToUtf32(c, repr[i + 1]);
                i++;
            }
            if (cp < 0x100)
                sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            else if (cp < 0x10000)
                sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
            else
                sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    public static string FromCodePoints(ReadOnlySpan<int> cps)
    {
        var sb = new StringBuilder(cps.Length);
        foreach (int cp in cps)
        {
            if (cp < 0x10000)
                sb.Append((char)cp);
            else
                sb.Append(char.ConvertFromUtf32(cp));
        }
        return sb.ToString();
    }
}
