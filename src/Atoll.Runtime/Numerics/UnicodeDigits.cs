using System;

namespace Atoll.Runtime.Numerics;

internal static partial class UnicodeDigits
{
    /// <summary>The value 0..9 of a decimal digit code point (any script), or -1.</summary>
    public static int DecimalValue(int cp)
    {
        if (cp < 0x80)
            return cp >= '0' && cp <= '9' ? cp - '0' : -1;
        var zeros = Zeros;
        int lo = 0, hi = zeros.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (zeros[mid] <= cp)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        if (found < 0)
            return -1;
        int d = cp - zeros[found];
        return d < 10 ? d : -1;
    }

    /// <summary>
    /// Whether int() and float() skip <paramref name="cp"/> at either end of their argument: C's ASCII
    /// whitespace, or a non-ASCII code point for which <c>str.isspace()</c> is true (U+001C..U+001F are not skipped).
    /// </summary>
    public static bool IsStripSpace(int cp)
    {
        if (cp < 0x80)
            return cp == ' ' || (cp >= '\t' && cp <= '\r');
        return Spaces.BinarySearch(cp) >= 0;
    }
}
