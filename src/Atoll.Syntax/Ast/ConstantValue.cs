namespace Atoll.Syntax.Ast;

/// <summary>
/// The values a <see cref="Constant"/> or <see cref="MatchSingleton"/> node may hold, seen from the syntax layer
/// (which knows nothing of runtime objects): <see cref="None"/>, <see cref="Ellipsis"/>, <see cref="bool"/>,
/// <see cref="long"/> or <see cref="System.Numerics.BigInteger"/> (int), <see cref="double"/> (float),
/// <see cref="System.Numerics.Complex"/> (an imaginary literal), <see cref="string"/> (str) and
/// <see cref="BytesValue"/> (bytes).
/// </summary>
public static class ConstantValue
{
    /// <summary>Python's <c>None</c>.</summary>
    public static readonly object None = new Singleton("None");

    /// <summary>Python's <c>...</c>.</summary>
    public static readonly object Ellipsis = new Singleton("Ellipsis");

    private sealed class Singleton(string repr)
    {
        public override string ToString() => repr;
    }
}

/// <summary>An immutable bytes literal value.</summary>
public sealed class BytesValue(byte[] data)
{
    private readonly byte[] _data = data;

    /// <summary>The bytes, read-only.</summary>
    public System.ReadOnlySpan<byte> Span => _data;

    public int Length => _data.Length;
}

/// <summary>
/// A str constant holding surrogate code points (from escapes such as <c>'\ud800\udc00'</c>), which a .NET string
/// cannot keep apart from a real astral character: Python sees two code points there, not one.
/// </summary>
public sealed class CodePointString(int[] codePoints)
{
    private readonly int[] _codePoints = codePoints;

    /// <summary>The code points, read-only.</summary>
    public System.ReadOnlySpan<int> CodePoints => _codePoints;

    /// <summary>Concatenates str constant values (string or CodePointString).</summary>
    public static object Concat(object a, object b)
    {
        if (a is string sa && b is string sb)
            return sa + sb;
        var list = new System.Collections.Generic.List<int>();
        Append(list, a);
        Append(list, b);
        return new CodePointString(list.ToArray());
    }

    private static void Append(System.Collections.Generic.List<int> list, object v)
    {
        if (v is CodePointString c)
        {
            list.AddRange(c._codePoints);
            return;
        }
        string s = (string)v;
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                list.Add(char.ConvertToUtf32(s[i], s[i + 1]));
                i++;
            }
            else
            {
                list.Add(s[i]);
            }
        }
    }
}
