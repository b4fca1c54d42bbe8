using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Atoll.Runtime.Builtins;

namespace Atoll.Runtime.Objects;

internal static partial class StrOps
{
    private static PyStr Self(PyObject o) => o as PyStr ?? throw Err.Type($"descriptor requires a 'str' object but received a '{Ops.TypeName(o)}'");

    public static bool IsIdentifier(string s)
    {
        if (s.Length == 0)
            return false;
        bool first = true;
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            if (first ? !(Atoll.Syntax.Identifiers.IsXidStart(cp) || cp == '_') : !Atoll.Syntax.Identifiers.IsXidContinue(cp))
                return false;
            first = false;
        }
        return true;
    }

    public static string Join(string sep, PyObject iterable)
    {
        // Lists and tuples are joined from their item arrays; anything else is collected first. The result is made in
        // one piece of the exact length (no growing buffer).
        PyObject[] items;
        int count;
        if (iterable.GetType() == typeof(PyList))
        {
            var l = (PyList)iterable;
            items = l._items;
            count = l.Count;
        }
        else if (iterable.GetType() == typeof(PyTuple))
        {
            items = ((PyTuple)iterable).Items;
            count = items.Length;
        }
        else
        {
            var collected = new List<PyObject>();
            var it = Ops.GetIter(iterable);
            while (Ops.Next(it) is { } x)
                collected.Add(x);
            items = collected.ToArray();
            count = items.Length;
        }
        if (count == 0)
            return "";
        long total = (long)sep.Length * (count - 1);
        for (int i = 0; i < count; i++)
        {
            if (items[i] is not PyStr s)
                throw Err.Type($"sequence item {i}: expected str instance, {Ops.TypeName(items[i])} found");
            total += s.Value.Length;
        }
        if (count == 1)
            return ((PyStr)items[0]).Value;
        if (total > int.MaxValue)
            throw Err.Overflow("join() result is too long for a Python string");
        return string.Create((int)total, (items, count, sep), static (span, state) =>
        {
            var (items, count, sep) = state;
            int pos = 0;
            for (int i = 0; i < count; i++)
            {
                if (i > 0)
                {
                    sep.AsSpan().CopyTo(span[pos..]);
                    pos += sep.Length;
                }
                var v = ((PyStr)items[i]).Value;
                v.AsSpan().CopyTo(span[pos..]);
                pos += v.Length;
            }
        });
    }

    public static bool IsSpaceChar(char c) => UnicodeCType.IsSpace(c);

    public static PyObject Split(ReadOnlySpan<PyObject> args, string[]? kw, bool right)
    {
        if (!right && kw == null && args.Length == 2 && args[0] is PyStr self0 && args[1] is PyStr sep0 && sep0.Value.Length > 0)
            return SplitOn(self0.Value, sep0.Value);
        var a = Args.Bind(right ? "rsplit" : "split", args, kw, ["self", "sep", "maxsplit"], 1);
        var s = Self(a[0]!).Value;
        long max = a[2] == null ? -1 : Ops.AsLong(a[2]!);
        if (max < 0)
            max = long.MaxValue;
        var result = new PyList();
        if (a[1] == null || a[1] == PyNone.Instance)
        {
            var parts = new List<string>();
            if (!right)
            {
                int i = 0, n = s.Length;
                while (true)
                {
                    while (i < n && IsSpaceChar(s[i]))
                        i++;
                    if (i >= n)
                        break;
                    if (parts.Count >= max)
                    {
                        int end = n;
                        while (end > i && IsSpaceChar(s[end - 1]))
                            end--;
                        parts.Add(s[i..end]);
                        break;
                    }
                    int j = i;
                    while (j < n && !IsSpaceChar(s[j]))
                        j++;
                    parts.Add(s[i..j]);
                    i = j;
                }
            }
            else
            {
                int i = s.Length;
                while (true)
                {
                    while (i > 0 && IsSpaceChar(s[i - 1]))
                        i--;
                    if (i <= 0)
                        break;
                    if (parts.Count >= max)
                    {
                        int st = 0;
                        while (st < i && IsSpaceChar(s[st]))
                            st++;
                        parts.Add(s[st..i]);
                        break;
                    }
                    int j = i;
                    while (j > 0 && !IsSpaceChar(s[j - 1]))
                        j--;
                    parts.Add(s[j..i]);
                    i = j;
                }
                parts.Reverse();
            }
            foreach (var p in parts)
                result.Append(new PyStr(p));
            return result;
        }
        var sep = (a[1] as PyStr ?? throw Err.Type($"must be str or None, not {Ops.TypeName(a[1]!)}")).Value;
        if (sep.Length == 0)
            throw Err.Value("empty separator");
        var pieces = new List<string>();
        if (!right)
        {
            int start = 0;
            while (pieces.Count < max)
            {
                int idx = s.IndexOf(sep, start, StringComparison.Ordinal);
                if (idx < 0)
                    break;
                pieces.Add(s[start..idx]);
                start = idx + sep.Length;
            }
            pieces.Add(s[start..]);
        }
        else
        {
            int end = s.Length;
            while (pieces.Count < max)
            {
                int idx = end - sep.Length < 0 ? -1 : s.LastIndexOf(sep, end - 1, end, StringComparison.Ordinal);
                if (idx < 0)
                    break;
                pieces.Add(s[(idx + sep.Length)..end]);
                end = idx;
            }
            pieces.Add(s[..end]);
            pieces.Reverse();
        }
        foreach (var p in pieces)
            result.Append(new PyStr(p));
        return result;
    }

    /// <summary><c>s.split(sep)</c> with no limit: the common case, without the general argument handling.</summary>
    private static PyList SplitOn(string s, string sep)
    {
        var result = new PyList(4);
        int start = 0;
        while (true)
        {
            int idx = sep.Length == 1 ? s.IndexOf(sep[0], start) : s.IndexOf(sep, start, StringComparison.Ordinal);
            if (idx < 0)
                break;
            result.Append(new PyStr(s[start..idx]));
            start = idx + sep.Length;
        }
        result.Append(new PyStr(s[start..]));
        return result;
    }

    public static PyList SplitLines(string s, bool keepends)
    {
        var result = new PyList();
        int i = 0, n = s.Length;
        while (i < n)
        {
            int j = i;
            while (j < n && !IsLineBreak(s[j]))
                j++;
            int eol = j;
            if (j < n)
            {
                if (s[j] == '\r' && j + 1 < n && s[j + 1] == '\n')
                    j += 2;
                else
                    j++;
            }
            result.Append(new PyStr(keepends ? s[i..j] : s[i..eol]));
            i = j;
        }
        return result;
    }

    private static bool IsLineBreak(char c) => c < 128 ? c is '\n' or '\r' or '\x0b' or '\x0c' or '\x1c' or '\x1d' or '\x1e' : UnicodeCType.IsLineBreak(c);

    public static PyObject Strip(ReadOnlySpan<PyObject> args, string[]? kw, bool left, bool right, string name)
    {
        Args.NoKeywords(name, kw);
        Args.Count(name, args.Length - 1, 0, 1);
        var s = Self(args[0]).Value;
        string? chars = null;
        if (args.Length > 1 && args[1] != PyNone.Instance)
            chars = (args[1] as PyStr ?? throw Err.Type($"{name} arg must be None or str")).Value;
        int a = 0, b = s.Length;
        if (left)
        {
            while (a < b && (chars == null ? IsSpaceChar(s[a]) : chars.Contains(s[a], StringComparison.Ordinal)))
                a++;
        }
        if (right)
        {
            while (b > a && (chars == null ? IsSpaceChar(s[b - 1]) : chars.Contains(s[b - 1], StringComparison.Ordinal)))
                b--;
        }
        if (a == 0 && b == s.Length && args[0].GetType() == typeof(PyStr))
            return args[0];
        return new PyStr(s[a..b]);
    }

    public static string Replace(string s, string old, string @new, long count)
    {
        if (count < 0)
        {
            if (old.Length == 0)
            {
                var sb0 = new StringBuilder(@new);
                foreach (char c in s)
                    sb0.Append(c).Append(@new);
                return sb0.ToString();
            }
            return s.Replace(old, @new, StringComparison.Ordinal);
        }
        var sb = new StringBuilder();
        int start = 0;
        long done = 0;
        if (old.Length == 0)
        {
            int k = 0;
            for (; k <= s.Length && done < count; k++, done++)
            {
                sb.Append(@new);
                if (k < s.Length)
                    sb.Append(s[k]);
            }
            if (k <= s.Length)
                sb.Append(s, Math.Min(k, s.Length), s.Length - Math.Min(k, s.Length));
            return sb.ToString();
        }
        while (done < count)
        {
            int idx = s.IndexOf(old, start, StringComparison.Ordinal);
            if (idx < 0)
                break;
            sb.Append(s, start, idx - start).Append(@new);
            start = idx + old.Length;
            done++;
        }
        sb.Append(s, start, s.Length - start);
        return sb.ToString();
    }

    private static (int Start, int End) Bounds(PyStr s, ReadOnlySpan<PyObject> args, int first)
    {
        var (a, b) = BuiltinTypes.SearchRange(args, first, s.Length);
        if (a > b)
            return (-1, -1);
        return (s.OffsetOf((int)a), s.OffsetOf((int)b));
    }

    public static PyObject StartsEnds(ReadOnlySpan<PyObject> args, string[]? kw, bool starts)
    {
        string name = starts ? "startswith" : "endswith";
        Args.NoKeywords(name, kw);
        Args.Count(name, args.Length - 1, 1, 3);
        var self = Self(args[0]);
        var (a, b) = Bounds(self, args, 2);
        if (a < 0)
            return PyBool.False;
        if (args[1] is PyTuple t)
        {
            foreach (var p in t.Items)
            {
                var ps = p as PyStr ?? throw Err.Type($"tuple for {name} must only contain str, not {Ops.TypeName(p)}");
                if (Affix(self.Value, a, b, ps.Value, starts))
                    return PyBool.True;
            }
            return PyBool.False;
        }
        if (args[1] is not PyStr affix)
            throw Err.Type($"{name} first arg must be str or a tuple of str, not {Ops.TypeName(args[1])}");
        return PyBool.From(Affix(self.Value, a, b, affix.Value, starts));
    }

    // s[a:b].startswith(p) / .endswith(p) without making the substring.
    private static bool Affix(string s, int a, int b, string p, bool starts)
    {
        var window = s.AsSpan(a, b - a);
        return starts ? window.StartsWith(p, StringComparison.Ordinal) : window.EndsWith(p, StringComparison.Ordinal);
    }

    public static PyObject Find(ReadOnlySpan<PyObject> args, string[]? kw, string name, bool reverse, bool raise)
    {
        Args.NoKeywords(name, kw);
        Args.Count(name, args.Length - 1, 1, 3);
        var self = Self(args[0]);
        var sub = (args[1] as PyStr ?? throw Err.Type($"must be str, not {Ops.TypeName(args[1])}")).Value;
        var (a, b) = Bounds(self, args, 2);
        int idx = -1;
        if (a >= 0 && b - a >= sub.Length)
        {
            idx = reverse ? self.Value.LastIndexOf(sub, b - 1 < 0 ? 0 : b - 1, b - a, StringComparison.Ordinal) : self.Value.IndexOf(sub, a, b - a, StringComparison.Ordinal);
            if (reverse && sub.Length == 0)
                idx = b;
        }
        if (idx < 0)
        {
            if (raise)
                throw Err.Value("substring not found");
            return PyInt.From(-1);
        }
        return PyInt.From(self.IndexOfOffset(idx));
    }

    public static PyObject Count(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Args.NoKeywords("count", kw);
        Args.Count("count", args.Length - 1, 1, 3);
        var self = Self(args[0]);
        var sub = (args[1] as PyStr ?? throw Err.Type($"must be str, not {Ops.TypeName(args[1])}")).Value;
        var (a, b) = Bounds(self, args, 2);
        if (a < 0)
            return PyInt.Zero;
        if (sub.Length == 0)
            return PyInt.From(self.IndexOfOffset(b) - self.IndexOfOffset(a) + 1);
        int n = 0, pos = a;
        while (true)
        {
            int idx = self.Value.IndexOf(sub, pos, b - pos, StringComparison.Ordinal);
            if (idx < 0 || idx + sub.Length > b)
                break;
            n++;
            pos = idx + sub.Length;
            if (pos > b)
                break;
        }
        return PyInt.From(n);
    }

    /// <summary>The code point at UTF-16 offset <paramref name="i"/> (a lone surrogate stands for itself); <paramref name="len"/> its units.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int CodePointAt(string s, int i, out int len)
    {
        char c = s[i];
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            len = 2;
            return char.ConvertToUtf32(c, s[i + 1]);
        }
        len = 1;
        return c;
    }

    private static bool IsAscii(string s) => s.AsSpan().IndexOfAnyExceptInRange('\0', '\x7f') < 0;

    public static string Upper(string s)
    {
        if (IsAscii(s))
            return s.ToUpperInvariant();
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length;)
        {
            int cp = CodePointAt(s, i, out int len);
            UnicodeCType.AppendUpper(sb, cp);
            i += len;
        }
        return sb.ToString();
    }

    public static string Lower(string s)
    {
        if (IsAscii(s))
            return s.ToLowerInvariant();
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length;)
        {
            int cp = CodePointAt(s, i, out int len);
            AppendLowerAt(sb, s, i, cp);
            i += len;
        }
        return sb.ToString();
    }

    public static string CaseFold(string s)
    {
        if (IsAscii(s))
            return s.ToLowerInvariant();
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length;)
        {
            int cp = CodePointAt(s, i, out int len);
            UnicodeCType.AppendFold(sb, cp);
            i += len;
        }
        return sb.ToString();
    }

    /// <summary>Lower-cases the code point at <paramref name="i"/>, applying the final-sigma rule to capital sigma.</summary>
    private static void AppendLowerAt(StringBuilder sb, string s, int i, int cp)
    {
        if (cp == 0x3A3)
            sb.Append(IsFinalSigma(s, i) ? '\u03C2' : '\u03C3');
        else
            UnicodeCType.AppendLower(sb, cp);
    }

    // Final sigma (Unicode 3.13, Table 3-17): preceded by a cased letter and not followed by one, case-ignorable
    // characters skipped on both sides.
    private static bool IsFinalSigma(string s, int i)
    {
        int j = i;
        bool before = false;
        while (j > 0)
        {
            int k = j - 1;
            if (char.IsLowSurrogate(s[k]) && k > 0 && char.IsHighSurrogate(s[k - 1]))
                k--;
            int cp = CodePointAt(s, k, out _);
            j = k;
            if (!UnicodeCType.Has(cp, UnicodeCType.CaseIgnorable))
            {
                before = UnicodeCType.Has(cp, UnicodeCType.Cased);
                break;
            }
        }
        if (!before)
            return false;
        j = i + 1;
        while (j < s.Length)
        {
            int cp = CodePointAt(s, j, out int len);
            j += len;
            if (!UnicodeCType.Has(cp, UnicodeCType.CaseIgnorable))
                return !UnicodeCType.Has(cp, UnicodeCType.Cased);
        }
        return true;
    }

    public static string SwapCase(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length;)
        {
            int cp = CodePointAt(s, i, out int len);
            int f = UnicodeCType.Flags(cp);
            if ((f & UnicodeCType.Upper) != 0)
                AppendLowerAt(sb, s, i, cp);
            else if ((f & UnicodeCType.Lower) != 0)
                UnicodeCType.AppendUpper(sb, cp);
            else
                UnicodeCType.AppendCodePoint(sb, cp);
            i += len;
        }
        return sb.ToString();
    }

    public static string Capitalize(string s)
    {
        if (s.Length == 0)
            return s;
        var sb = new StringBuilder(s.Length);
        int first = CodePointAt(s, 0, out int i);
        UnicodeCType.AppendTitle(sb, first);
        while (i < s.Length)
        {
            int cp = CodePointAt(s, i, out int len);
            AppendLowerAt(sb, s, i, cp);
            i += len;
        }
        return sb.ToString();
    }

    public static string Title(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool prevCased = false;
        for (int i = 0; i < s.Length;)
        {
            int cp = CodePointAt(s, i, out int len);
            if (prevCased)
                AppendLowerAt(sb, s, i, cp);
            else
                UnicodeCType.AppendTitle(sb, cp);
            prevCased = UnicodeCType.Has(cp, UnicodeCType.Cased);
            i += len;
        }
        return sb.ToString();
    }

    public static bool All(string s, Func<int, bool> pred) => s.Length > 0 && AllOrEmpty(s, pred);

    public static bool AllOrEmpty(string s, Func<int, bool> pred)
    {
        for (int i = 0; i < s.Length;)
        {
            int cp = CodePointAt(s, i, out int len);
            if (!pred(cp))
                return false;
            i += len;
        }
        return true;
    }

    /// <summary>True when the string is non-empty and every code point has one of <paramref name="flags"/>.</summary>
    public static bool AllHave(string s, int flags)
    {
        if (s.Length == 0)
            return false;
        for (int i = 0; i < s.Length;)
        {
            int cp = CodePointAt(s, i, out int len);
            if (!UnicodeCType.Has(cp, flags))
                return false;
            i += len;
        }
        return true;
    }

    public static bool IsDecimal(int cp) => UnicodeCType.Has(cp, UnicodeCType.Decimal);

    public static bool IsDigit(int cp) => UnicodeCType.Has(cp, UnicodeCType.Digit);

    public static bool IsNumeric(int cp) => UnicodeCType.Has(cp, UnicodeCType.Numeric);

    public static bool IsAlpha(int cp) => UnicodeCType.Has(cp, UnicodeCType.Alpha);

    public static bool IsSpace(int cp) => UnicodeCType.IsSpace(cp);

    public static bool IsUpperStr(string s)
    {
        bool cased = false;
        for (int i = 0; i < s.Length;)
        {
            int f = UnicodeCType.Flags(CodePointAt(s, i, out int len));
            if ((f & (UnicodeCType.Lower | UnicodeCType.Title)) != 0)
                return false;
            if ((f & UnicodeCType.Upper) != 0)
                cased = true;
            i += len;
        }
        return cased;
    }

    public static bool IsLowerStr(string s)
    {
        bool cased = false;
        for (int i = 0; i < s.Length;)
        {
            int f = UnicodeCType.Flags(CodePointAt(s, i, out int len));
            if ((f & (UnicodeCType.Upper | UnicodeCType.Title)) != 0)
                return false;
            if ((f & UnicodeCType.Lower) != 0)
                cased = true;
            i += len;
        }
        return cased;
    }

    public static bool IsTitleStr(string s)
    {
        bool cased = false, prevCased = false;
        for (int i = 0; i < s.Length;)
        {
            int f = UnicodeCType.Flags(CodePointAt(s, i, out int len));
            i += len;
            if ((f & (UnicodeCType.Upper | UnicodeCType.Title)) != 0)
            {
                if (prevCased)
                    return false;
                prevCased = true;
                cased = true;
            }
            else if ((f & UnicodeCType.Lower) != 0)
            {
                if (!prevCased)
                    return false;
                prevCased = true;
                cased = true;
            }
            else
            {
                prevCased = false;
            }
        }
        return cased;
    }

    public static PyObject Pad(ReadOnlySpan<PyObject> args, string[]? kw, string name)
    {
        Args.NoKeywords(name, kw);
        Args.Count(name, args.Length - 1, 1, 2);
        var self = Self(args[0]);
        long width = Ops.AsLong(args[1]);
        string fill = " ";
        if (args.Length > 2)
        {
            var f = args[2] as PyStr ?? throw Err.Type($"{name}() argument 2 must be str, not {Ops.TypeName(args[2])}");
            if (f.Length != 1)
                throw Err.Type("The fill character must be exactly one character long");
            fill = f.Value;
        }
        int len = self.Length;
        if (width <= len)
            return self.GetType() == typeof(PyStr) ? self : new PyStr(self.Value);
        int total = (int)(width - len);
        int left = name switch
        {
            "ljust" => 0,
            "rjust" => total,
            _ => total / 2 + (total & (int)width & 1),
        };
        var sb = new StringBuilder();
        for (int i = 0; i < left; i++)
            sb.Append(fill);
        sb.Append(self.Value);
        for (int i = 0; i < total - left; i++)
            sb.Append(fill);
        return new PyStr(sb.ToString());
    }

    public static string ZFill(string s, long width)
    {
        if (width <= s.Length)
            return s;
        int fill = (int)(width - s.Length);
        if (s.Length > 0 && (s[0] == '+' || s[0] == '-'))
            return s[0] + new string('0', fill) + s[1..];
        return new string('0', fill) + s;
    }

    public static PyObject Partition(string s, string sep, bool reverse)
    {
        if (sep.Length == 0)
            throw Err.Value("empty separator");
        int idx = reverse ? s.LastIndexOf(sep, StringComparison.Ordinal) : s.IndexOf(sep, StringComparison.Ordinal);
        if (idx < 0)
            return reverse ? PyTuple.Of(PyStr.Empty, PyStr.Empty, new PyStr(s)) : PyTuple.Of(new PyStr(s), PyStr.Empty, PyStr.Empty);
        return PyTuple.Of(new PyStr(s[..idx]), new PyStr(sep), new PyStr(s[(idx + sep.Length)..]));
    }

    public static string ExpandTabs(string s, int tab)
    {
        var sb = new StringBuilder();
        int col = 0;
        foreach (char c in s)
        {
            if (c == '\t')
            {
                if (tab > 0)
                {
                    int n = tab - col % tab;
                    sb.Append(' ', n);
                    col += n;
                }
            }
            else
            {
                sb.Append(c);
                col = c is '\n' or '\r' ? 0 : col + 1;
            }
        }
        return sb.ToString();
    }

    public static string Translate(string s, PyObject table)
    {
        var sb = new StringBuilder(s.Length);
        // What each ASCII character maps to, looked up once (CPython caches the ASCII part the same way): the
        // replacement text, "" to delete.
        string?[]? ascii = null;
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (cp < 128)
            {
                ascii ??= new string?[128];
                var cached = ascii[cp] ??= TranslateOne(table, cp);
                sb.Append(cached);
                continue;
            }
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            sb.Append(TranslateOne(table, cp));
        }
        return sb.ToString();
    }

    /// <summary>What <paramref name="table"/> maps one code point to for str.translate: the replacement text, the
    /// character itself when it has no entry (LookupError), "" for None.</summary>
    private static string TranslateOne(PyObject table, int cp)
    {
        PyObject? r;
        if (table.GetType() == typeof(PyDict))
        {
            r = ((PyDict)table).GetItem(PyInt.From(cp));
        }
        else
        {
            try
            {
                r = Ops.GetItem(table, PyInt.From(cp));
            }
            catch (PyException e) when (e.Is(BuiltinTypes.LookupError))
            {
                r = null;
            }
        }
        if (r == null)
            return char.ConvertFromUtf32(cp);
        if (r == PyNone.Instance)
            return "";
        if (r is PyInt ri)
        {
            if (ri.IsBig || ri.Value < 0 || ri.Value > 0x10FFFF)
                throw Err.Value("character mapping must be in range(0x110000)");
            return char.ConvertFromUtf32((int)ri.Value);
        }
        if (r is PyStr rs)
            return rs.Value;
        throw Err.Type("character mapping must return integer, None or str");
    }

    public static PyObject MakeTrans(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Args.NoKeywords("maketrans", kw);
        Args.Count("maketrans", args.Length, 1, 3);
        var d = new PyDict();
        if (args.Length == 1)
        {
            if (args[0] is not PyDict src)
                throw Err.Type("if you give only one argument to maketrans it must be a dict");
            foreach (var (k, v) in src.Items())
            {
                if (k is PyStr ks)
                {
                    if (ks.Length != 1)
                        throw Err.Value("string keys in translate table must be of length 1");
                    d.SetItem(PyInt.From(ks.CodePointAt(0)), v);
                }
                else if (k is PyInt)
                {
                    d.SetItem(k, v);
                }
                else
                {
                    throw Err.Type("keys in translate table must be strings or integers");
                }
            }
            return d;
        }
        var x = (args[0] as PyStr ?? throw Err.Type("maketrans() argument 1 must be str")).Value;
        var y = (args[1] as PyStr ?? throw Err.Type("maketrans() argument 2 must be str")).Value;
        if (x.Length != y.Length)
            throw Err.Value("the first two maketrans arguments must have equal length");
        for (int i = 0; i < x.Length; i++)
            d.SetItem(PyInt.From(x[i]), PyInt.From(y[i]));
        if (args.Length > 2)
        {
            foreach (char c in ((PyStr)args[2]).Value)
                d.SetItem(PyInt.From(c), PyNone.Instance);
        }
        return d;
    }
}
