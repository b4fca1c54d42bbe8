namespace Atoll.Syntax;

/// <summary>
/// XID_Start / XID_Continue (docs.python.org/3/reference/lexical_analysis.html#identifiers), answered from
/// CPython 3.13's Unicode 15.1 tables (<see cref="UnicodeTables"/>), not .NET's newer Unicode version.
/// </summary>
internal static class Identifiers
{
    public static bool IsXidStart(int cp) => cp < 128
        ? (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_'
        : UnicodeTables.InRanges(UnicodeTables.XidStart, cp);

    public static bool IsXidContinue(int cp) => cp < 128
        ? (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_' || (cp >= '0' && cp <= '9')
        : UnicodeTables.InRanges(UnicodeTables.XidContinue, cp);
}
