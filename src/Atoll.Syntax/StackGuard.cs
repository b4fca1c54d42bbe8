using System.Runtime.CompilerServices;

namespace Atoll.Syntax;

/// <summary>
/// Protects recursive code (parser, AST conversion) from overflowing the machine stack: deep input must end in a
/// Python error, never in a process-killing StackOverflowException.
/// </summary>
public static class StackGuard
{
    /// <summary>CPython's parser gives up at this depth ("too complex to parse").</summary>
    public const int ParserDepthLimit = 6000;

    /// <summary>The node nesting CPython 3.13 accepts when it turns a tree into <c>ast</c> objects (the module
    /// counts as depth 1; measured: `x = 1+1+...` with 9,995 terms converts, 9,996 raises RecursionError).</summary>
    public const int AstConversionDepthLimit = 9997;

    /// <summary>True when at least the runtime's safety margin of stack remains on this thread.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool HasSufficientStack() => RuntimeHelpers.TryEnsureSufficientExecutionStack();
}
