using System.Numerics;

namespace Atoll.Runtime.Numerics;

/// <summary>
/// A Python int as the runtime stores it: a <see cref="long"/> when it fits, a <see cref="BigInteger"/> otherwise.
/// Results of the numeric helpers that may leave the 64-bit range (parsing, powers, floor division) come back as one.
/// </summary>
internal readonly struct IntValue
{
    private readonly long _small;
    private readonly BigInteger _big;

    private IntValue(long small, BigInteger big, bool isBig)
    {
        _small = small;
        _big = big;
        IsBig = isBig;
    }

    /// <summary>Whether the value lies outside the range of <see cref="long"/> (then read <see cref="Big"/>).</summary>
    public bool IsBig { get; }

    /// <summary>The value when <see cref="IsBig"/> is false.</summary>
    public long Small => _small;

    /// <summary>The value when <see cref="IsBig"/> is true.</summary>
    public BigInteger Big => _big;

    public static IntValue FromLong(long value) => new(value, default, false);

    /// <summary>Normalizes: a BigInteger that fits in a long is stored as one.</summary>
    public static IntValue FromBig(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? new((long)value, default, false) : new(0, value, true);

    public BigInteger ToBigInteger() => IsBig ? _big : _small;

    public override string ToString() => IsBig ? _big.ToString(System.Globalization.CultureInfo.InvariantCulture) : _small.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
