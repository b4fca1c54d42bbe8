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

    /// <summary>The nesting CPython 3.13 accepts when it turns a tree into <c>ast</c> objects: its C recursion
    /// limit (<c>Py_C_RECURSION_LIMIT</c>, 10000 on Linux and macOS) less the C levels already in use, which are 3
    /// when <c>ast.parse</c> is called at a module's top level (a tree 9997 nodes deep converts, 9998 does not).</summary>
    public const int AstConversionDepthLimit = 9997;

    /// <summary>True when at least the runtime's safety margin of stack remains on this thread.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool HasSufficientStack() => RuntimeHelpers.TryEnsureSufficientExecutionStack();
}
