using System.Runtime.CompilerServices;
using System.Text;

namespace Atoll.Runtime.Objects;

/// <summary>
/// Character properties and full case mappings as CPython 3.13's str methods see them (Unicode 15.1, generated from
/// CPython by tools/gen_unicode_ctype.py). .NET's own tables follow another Unicode version and do only simple case
/// mapping, so str methods never use char.IsUpper, ToUpperInvariant and the like outside ASCII.
/// </summary>
internal static partial class UnicodeCType
{
    public const int Alpha = 1, Decimal = 2, Digit = 4, Numeric = 8, Lower = 16, Upper = 32, Title = 64, Cased = 128,
        CaseIgnorable = 256, Space = 512, LineBreak = 1024;

    private const int SpecialBit = 1 << 30;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Record(int cp)
    {
        if ((uint)cp > 0x10FFFF)
            return 0;
        int block = Index1[cp >> BlockShift];
        return Index2[(block << BlockShift) | (cp & ((1 << BlockShift) - 1))] * 5;
    }

    /// <summary>The property flags of a code point.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Flags(int cp) => Records[Record(cp)];

    /// <summary>True when the code point has any of <paramref name="flags"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Has(int cp, int flags) => (Flags(cp) & flags) != 0;

    /// <summary>Whitespace as str.isspace() and str.split() see it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(int cp) => cp < 128 ? cp is ' ' or (>= '\t' and <= '\r') or (>= 0x1C and <= 0x1F) : Has(cp, Space);

    /// <summary>A line boundary for str.splitlines().</summary>
    public static bool IsLineBreak(int cp) => Has(cp, LineBreak);

    private const int UpperMap = 1, LowerMap = 2, TitleMap = 3, FoldMap = 4;

    /// <summary>Appends the full upper-case mapping of <paramref name="cp"/>.</summary>
    public static void AppendUpper(StringBuilder sb, int cp) => AppendMapped(sb, cp, UpperMap);

    /// <summary>Appends the full lower-case mapping (without the final-sigma rule, which needs context).</summary>
    public static void AppendLower(StringBuilder sb, int cp) => AppendMapped(sb, cp, LowerMap);

    /// <summary>Appends the full title-case mapping.</summary>
    public static void AppendTitle(StringBuilder sb, int cp) => AppendMapped(sb, cp, TitleMap);

    /// <summary>Appends the full case folding (str.casefold).</summary>
    public static void AppendFold(StringBuilder sb, int cp) => AppendMapped(sb, cp, FoldMap);

    private static void AppendMapped(StringBuilder sb, int cp, int which)
    {
        int m = Records[Record(cp) + which];
        if (m < SpecialBit)
        {
            AppendCodePoint(sb, cp + m);
            return;
        }
        var specials = Specials;
        int at = m & ~SpecialBit;
        int n = specials[at];
        for (int i = 1; i <= n; i++)
            AppendCodePoint(sb, specials[at + i]);
    }

    /// <summary>Appends a code point as UTF-16.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp < 0x10000)
        {
            sb.Append((char)cp);
        }
        else
        {
            cp -= 0x10000;
            sb.Append((char)(0xD800 + (cp >> 10))).Append((char)(0xDC00 + (cp & 0x3FF)));
        }
    }
}
