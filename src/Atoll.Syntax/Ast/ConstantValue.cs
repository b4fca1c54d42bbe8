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
