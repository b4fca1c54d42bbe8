using System;
using System.Numerics;

namespace Atoll.Runtime.Numerics;

/// <summary>
/// The bit-level int methods of Python (docs.python.org/3/library/stdtypes.html#additional-methods-on-integer-types):
/// <c>bit_length</c>, <c>bit_count</c>, <c>to_bytes</c> and <c>int.from_bytes</c>, over two's complement for signed
/// conversions.
/// </summary>
internal static class IntBits
{
    /// <summary><c>v.bit_length()</c>: bits of |v|, 0 for 0.</summary>
    public static long BitLength(long v) => 64 - BitOperations.LeadingZeroCount(v < 0 ? (ulong)-(v + 1) + 1 : (ulong)v);

    public static long BitLength(BigInteger v) => v.IsZero ? 0 : (long)BigInteger.Abs(v).GetBitLength();

    /// <summary><c>v.bit_count()</c>: one bits in |v|.</summary>
    public static long BitCount(long v) => BitOperations.PopCount(v < 0 ? (ulong)-(v + 1) + 1 : (ulong)v);

    public static long BitCount(BigInteger v)
    {
        long count = 0;
        foreach (byte b in BigInteger.Abs(v).ToByteArray(isUnsigned: true))
            count += BitOperations.PopCount(b);
        return count;
    }

    /// <summary>"big" or "little" as <c>to_bytes</c>/<c>from_bytes</c> take it; true for big-endian.</summary>
    public static bool IsBigEndian(string byteorder) => byteorder switch
    {
        "big" => true,
        "little" => false,
        _ => throw new NumericError("ValueError", "byteorder must be either 'little' or 'big'"),
    };

    /// <summary><c>v.to_bytes(length, byteorder, signed=...)</c>.</summary>
    public static byte[] ToBytes(BigInteger v, long length, bool bigEndian, bool signed)
    {
        if (length < 0)
            NumericError.ThrowValue("length argument must be non-negative");
        if (!signed && v.Sign < 0)
            NumericError.ThrowOverflow("can't convert negative int to unsigned");
        // Bytes needed: unsigned magnitude, or two's complement including a sign bit.
        long needed = signed ? v.GetByteCount(isUnsigned: false) : v.GetByteCount(isUnsigned: true);
        if (v.IsZero || (signed && length == 0 && v == BigInteger.MinusOne))
            needed = 0; // CPython quirk: (-1).to_bytes(0, signed=True) == b''

        if (needed > length)
            NumericError.ThrowOverflow("int too big to convert");
        if (length > Array.MaxLength)
            NumericError.ThrowMemory();
        byte[] result = new byte[length];
        if (length == 0)
            return result;
        if (v.Sign < 0)
            result.AsSpan().Fill(0xFF);
        v.TryWriteBytes(result, out int written, isUnsigned: !signed, isBigEndian: false);
        // .NET writes the minimal two's complement; sign-extension fills the rest (done by the 0xFF fill).
        if (signed && written > 0 && written < length && v.Sign > 0)
            result.AsSpan(written).Clear();
        if (bigEndian)
            Array.Reverse(result);
        return result;
    }

    /// <summary><c>int.from_bytes(bytes, byteorder, signed=...)</c>.</summary>
    public static IntValue FromBytes(ReadOnlySpan<byte> bytes, bool bigEndian, bool signed)
    {
        if (bytes.Length <= 8)
        {
            ulong u = 0;
            for (int i = 0; i < bytes.Length; i++)
            {
                byte b = bigEndian ? bytes[i] : bytes[bytes.Length - 1 - i];
                u = (u << 8) | b;
            }
            if (signed && bytes.Length > 0)
            {
                int shift = 64 - 8 * bytes.Length;
                return IntValue.FromLong((long)(u << shift) >> shift);
            }
            if (u <= long.MaxValue)
                return IntValue.FromLong((long)u);
            return IntValue.FromBig(u);
        }
        return IntValue.FromBig(new BigInteger(bytes, isUnsigned: !signed, isBigEndian: bigEndian));
    }
}
