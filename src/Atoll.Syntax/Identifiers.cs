using System.Globalization;

namespace Atoll.Syntax;

/// <summary>
/// XID_Start / XID_Continue (docs.python.org/3/reference/lexical_analysis.html#identifiers), from .NET's Unicode
/// categories plus the Other_ID_Start and Other_ID_Continue code points.
/// </summary>
internal static class Identifiers
{
    public static bool IsXidStart(int cp)
    {
        if (cp < 128)
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
        switch (CharUnicodeInfo.GetUnicodeCategory(cp))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
                // Characters whose NFKC form is not an identifier start are excluded from XID_Start.
                return cp is not (0x037A or 0x0E33 or 0x0EB3 or 0x309B or 0x309C or 0xFC5E or 0xFC5F or 0xFC60 or 0xFC61 or 0xFC62 or 0xFC63
                    or 0xFDFA or 0xFDFB or 0xFE70 or 0xFE72 or 0xFE74 or 0xFE76 or 0xFE78 or 0xFE7A or 0xFE7C or 0xFE7E);
            default:
                return cp is 0x1885 or 0x1886 or 0x2118 or 0x212E;
        }
    }

    public static bool IsXidContinue(int cp)
    {
        if (cp < 128)
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_' || (cp >= '0' && cp <= '9');
        if (IsXidStart(cp))
            return true;
        switch (CharUnicodeInfo.GetUnicodeCategory(cp))
        {
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.ConnectorPunctuation:
                return true;
            default:
                return cp is 0x00B7 or 0x0387 or (>= 0x1369 and <= 0x1371) or 0x19DA or 0x200C or 0x200D or 0x30FB or 0xFF65
                    or 0x0E33 or 0x0EB3 or 0x309B or 0x309C;
        }
    }
}
