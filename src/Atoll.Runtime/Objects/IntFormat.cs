using System.Numerics;
using System.Text;

namespace Atoll.Runtime.Objects;

/// <summary>bin/oct/hex of ints.</summary>
internal static class IntFormat
{
    public static string ToBase(PyInt i, int radix)
    {
        string prefix = radix switch
        {
            2 => "0b",
            8 => "0o",
            _ => "0x",
        };
        var v = i.Big;
        bool neg = v.Sign < 0;
        if (neg)
            v = -v;
        string digits = Digits(v, radix);
        return (neg ? "-" : "") + prefix + digits;
    }

    public static string Digits(BigInteger v, int radix)
    {
        if (v.IsZero)
            return "0";
        if (v <= ulong.MaxValue)
        {
            ulong u = (ulong)v;
            var sb0 = new StringBuilder();
            while (u > 0)
            {
                int d = (int)(u % (ulong)radix);
                sb0.Insert(0, (char)(d < 10 ? '0' + d : 'a' + d - 10));
                u /= (ulong)radix;
            }
            return sb0.ToString();
        }
        var sb = new StringBuilder();
        while (!v.IsZero)
        {
            v = BigInteger.DivRem(v, radix, out var rem);
            int d = (int)rem;
            sb.Insert(0, (char)(d < 10 ? '0' + d : 'a' + d - 10));
        }
        return sb.ToString();
    }
}
