using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Atoll.Runtime.Objects;

/// <summary>
/// <c>str</c>: a .NET string plus the facts needed for code-point semantics. A surrogate pair counts as one
/// character (<c>len('😀') == 1</c>); strings without surrogates (almost all) index directly.
/// </summary>
public class PyStr : PyObject
{
    /// <summary>The text.</summary>
    public readonly string Value;
    private long _hash;
    private int _cpLength = -1; // code points; -1 until computed

    /// <summary>Wraps a .NET string.</summary>
    public PyStr(string value) => Value = value;

    /// <inheritdoc/>
    public override PyType Type => BuiltinTypes.Str;

    /// <summary>The empty string.</summary>
    public static readonly PyStr Empty = new("");

    // Identifier strings are interned process-wide: they are immutable, so sharing them is safe, and code objects
    // (which every interpreter runs) refer to them. A thread-safe cache of immutable data.
    private static readonly ConcurrentDictionary<string, PyStr> Interned = new(StringComparer.Ordinal);

    private static readonly PyStr[] Latin1 = MakeLatin1();

    private static PyStr[] MakeLatin1()
    {
        var a = new PyStr[256];
        for (int i = 0; i < 256; i++)
            a[i] = new PyStr(((char)i).ToString());
        return a;
    }

    /// <summary>The one shared str object for an identifier-like string.</summary>
    public static PyStr Intern(string s) => Interned.GetOrAdd(s, static k => new PyStr(k));

    /// <summary>A str of one UTF-16 unit (cached for Latin-1).</summary>
    public static PyStr FromChar(char c) => c < 256 ? Latin1[c] : new PyStr(c.ToString());

    /// <summary>A str of one code point.</summary>
    public static PyStr FromCodePoint(int cp) => cp < 256 ? Latin1[cp] : new PyStr(cp < 0x10000 ? ((char)cp).ToString() : char.ConvertFromUtf32(cp));

    /// <summary>The hash of a .NET string as <c>hash(str)</c> computes it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long HashOf(string s)
    {
        if (s.Length == 0)
            return 0; // hash('') is 0 in CPython
        long h = s.GetHashCode();
        // 0 marks "not computed" in the cache (and -1 is never a hash): both are moved, identically on every path.
        return h == -1 ? -2 : h == 0 ? 1 : h;
    }

    /// <summary>The (cached) hash.</summary>
    public long Hash
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            long h = _hash;
            if (h == 0 && Value.Length != 0)
            {
                h = HashOf(Value);
                _hash = h;
            }
            return h;
        }
    }

    /// <summary>True when the text has no surrogates, so UTF-16 indexes are code-point indexes.</summary>
    public bool IsSimple
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            int n = _cpLength;
            if (n < 0)
                n = ComputeLength();
            return n == Value.Length;
        }
    }

    /// <summary><c>len(s)</c>: the number of code points.</summary>
    public int Length
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            int n = _cpLength;
            return n >= 0 ? n : ComputeLength();
        }
    }

    private int ComputeLength()
    {
        var s = Value;
        int n = s.Length;
        int idx = s.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (idx >= 0)
        {
            for (int i = idx; i < s.Length - 1; i++)
            {
                if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]))
                {
                    n--;
                    i++;
                }
            }
        }
        _cpLength = n;
        return n;
    }

    /// <summary>The UTF-16 offset of code point <paramref name="index"/> (0 ≤ index ≤ Length).</summary>
    public int OffsetOf(int index)
    {
        if (IsSimple)
            return index;
        var s = Value;
        int off = 0;
        for (int k = 0; k < index; k++)
            off += char.IsHighSurrogate(s[off]) && off + 1 < s.Length && char.IsLowSurrogate(s[off + 1]) ? 2 : 1;
        return off;
    }

    /// <summary>The code point at <paramref name="index"/>.</summary>
    public int CodePointAt(int index)
    {
        var s = Value;
        if (IsSimple)
            return s[index];
        int off = OffsetOf(index);
        if (char.IsHighSurrogate(s[off]) && off + 1 < s.Length && char.IsLowSurrogate(s[off + 1]))
            return char.ConvertToUtf32(s[off], s[off + 1]);
        return s[off];
    }

    /// <summary>The substring of code points [start, end).</summary>
    public string Substring(int start, int end)
    {
        if (IsSimple)
            return Value.Substring(start, end - start);
        int a = OffsetOf(start);
        int b = OffsetOf(end);
        return Value.Substring(a, b - a);
    }

    /// <summary>The one-character str at code point <paramref name="index"/>.</summary>
    public PyStr CharAt(int index)
    {
        if (IsSimple)
            return FromChar(Value[index]);
        return FromCodePoint(CodePointAt(index));
    }

    /// <summary>Code-point index of a UTF-16 offset.</summary>
    public int IndexOfOffset(int offset)
    {
        if (IsSimple || offset <= 0)
            return offset;
        var s = Value;
        int n = 0;
        for (int i = 0; i < offset; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                i++;
            n++;
        }
        return n;
    }

    /// <inheritdoc/>
    public override string ToString() => Value;
}
