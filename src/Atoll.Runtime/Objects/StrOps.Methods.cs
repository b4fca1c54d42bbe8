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
        var sb = new StringBuilder();
        var it = Ops.GetIter(iterable);
        int i = 0;
        while (Ops.Next(it) is { } x)
        {
            if (x is not PyStr s)
                throw Err.Type($"sequence item {i}: expected str instance, {Ops.TypeName(x)} found");
            if (i > 0)
                sb.Append(sep);
            sb.Append(s.Value);
            i++;
        }
        return sb.ToString();
    }

    public static bool IsSpaceChar(char c) => c is ' ' or '\t' or '\n' or '\r' or '\x0b' or '\x0c' or '\x1c' or '\x1d' or '\x1e' or '\x1f' or '\x85' || (c > 0x7f && char.IsWhiteSpace(c) && c != '\u200b');

    public static PyObject Split(ReadOnlySpan<PyObject> args, string[]? kw, bool right)
    {
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

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\x0b' or '\x0c' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';

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
        var s = self.Value.Substring(a, b - a);
        bool Test(PyObject p)
        {
            var ps = p as PyStr ?? throw Err.Type($"tuple for {name} must only contain str, not {Ops.TypeName(p)}");
            return starts ? s.StartsWith(ps.Value, StringComparison.Ordinal) : s.EndsWith(ps.Value, StringComparison.Ordinal);
        }
        if (args[1] is PyTuple t)
        {
            foreach (var p in t.Items)
            {
                if (Test(p))
                    return PyBool.True;
            }
            return PyBool.False;
        }
        if (args[1] is not PyStr)
            throw Err.Type($"{name} first arg must be str or a tuple of str, not {Ops.TypeName(args[1])}");
        return PyBool.From(Test(args[1]));
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

    public static string Upper(string s)
    {
        if (s.AsSpan().IndexOfAnyExceptInRange('\0', '\x7f') < 0)
            return s.ToUpperInvariant();
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (c == 'ß')
                sb.Append("SS");
            else
                sb.Append(char.ToUpperInvariant(c));
        }
        return sb.ToString();
    }

    public static string Lower(string s) => s.ToLowerInvariant();

    public static string SwapCase(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
            sb.Append(char.IsUpper(c) ? char.ToLowerInvariant(c) : char.IsLower(c) ? char.ToUpperInvariant(c) : c);
        return sb.ToString();
    }

    public static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..].ToLowerInvariant();

    public static string Title(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool prevCased = false;
        foreach (char c in s)
        {
            if (char.IsLetter(c))
            {
                sb.Append(prevCased ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c));
                prevCased = true;
            }
            else
            {
                sb.Append(c);
                prevCased = false;
            }
        }
        return sb.ToString();
    }

    public static bool All(string s, Func<int, bool> pred) => s.Length > 0 && AllOrEmpty(s, pred);

    public static bool AllOrEmpty(string s, Func<int, bool> pred)
    {
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            if (!pred(cp))
                return false;
        }
        return true;
    }

    private static UnicodeCategory Cat(int cp) => CharUnicodeInfo.GetUnicodeCategory(cp);

    public static bool IsDecimal(int cp) => Cat(cp) == UnicodeCategory.DecimalDigitNumber;

    public static bool IsDigit(int cp) => IsDecimal(cp) || (cp >= 0x2070 && CharUnicodeInfo.GetDecimalDigitValue(cp < 0x10000 ? ((char)cp).ToString() : char.ConvertFromUtf32(cp), 0) >= 0) || (cp is >= 0xB2 and <= 0xB3 or 0xB9);

    public static bool IsNumeric(int cp) => Cat(cp) is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    public static bool IsAlpha(int cp) => Cat(cp) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter;

    public static bool IsSpace(int cp) => cp < 0x10000 && IsSpaceChar((char)cp);

    public static bool IsUpperStr(string s)
    {
        bool cased = false;
        foreach (char c in s)
        {
            if (char.IsLower(c))
                return false;
            if (char.IsUpper(c))
                cased = true;
        }
        return cased;
    }

    public static bool IsLowerStr(string s)
    {
        bool cased = false;
        foreach (char c in s)
        {
            if (char.IsUpper(c))
                return false;
            if (char.IsLower(c))
                cased = true;
        }
        return cased;
    }

    public static bool IsTitleStr(string s)
    {
        bool cased = false, prevCased = false;
        foreach (char c in s)
        {
            if (char.IsUpper(c))
            {
                if (prevCased)
                    return false;
                prevCased = true;
                cased = true;
            }
            else if (char.IsLower(c))
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
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
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
                sb.Append(char.ConvertFromUtf32(cp));
            else if (r == PyNone.Instance)
                continue;
            else if (r is PyInt ri)
                sb.Append(char.ConvertFromUtf32((int)ri.Value));
            else if (r is PyStr rs)
                sb.Append(rs.Value);
            else
                throw Err.Type("character mapping must return integer, None or str");
        }
        return sb.ToString();
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
