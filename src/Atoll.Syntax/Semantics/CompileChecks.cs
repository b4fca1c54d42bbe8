using System.Collections.Generic;
using Atoll.Syntax.Ast;

namespace Atoll.Syntax;

/// <summary>
/// The syntax errors CPython raises only when it compiles a tree, never in <c>ast.parse</c>: those of its future-import
/// check, of its symbol table (scopes: <c>duplicate argument</c>, <c>nonlocal</c>/<c>global</c> conflicts, <c>yield</c>
/// in a comprehension, assignment expressions in comprehensions, type-parameter scopes) and of its code generator
/// (<c>'return' outside function</c>, <c>'break' outside loop</c>, <c>await</c> and async comprehensions outside async
/// functions, starred targets, repeated keywords, <c>__debug__</c> assignments, <c>match</c> pattern errors).
/// </summary>
/// <remarks>
/// CPython runs these passes one after another, so the first error reported is the first of the first pass that finds
/// one: a future-import error, then a symbol-table error (those found while building the tables in source order, then
/// those found when resolving scopes, e.g. <c>no binding for nonlocal</c>), then a code generator error in the order
/// the code generator meets it (which is source order except where noted in <see cref="CodegenPass"/>).
/// See docs.python.org/3/reference/executionmodel.html and .../simple_stmts.html for the rules themselves.
/// Unlike parser errors, these errors carry CPython's byte offsets plus one (not character offsets).
/// </remarks>
public static class CompileChecks
{
    /// <summary>Checks a tree parsed from <paramref name="source"/> as CPython's <c>compile()</c> would;
    /// throws <see cref="PythonSyntaxException"/> with CPython's message and position for the first error. The
    /// SyntaxWarnings CPython's code generator gives (<c>"is" with a literal</c>, ...) are added to
    /// <paramref name="warnings"/> as they are found, so those before an error are there when it is thrown.</summary>
    /// <exception cref="PythonResourceException">The tree is nested too deeply to check.</exception>
    public static void Check(ModNode tree, SourceText source, List<PythonSyntaxException> warnings)
    {
        System.ArgumentNullException.ThrowIfNull(warnings);
        System.ArgumentNullException.ThrowIfNull(tree);
        System.ArgumentNullException.ThrowIfNull(source);
        StmtNode[] body = tree switch
        {
            Module m => m.Body,
            Interactive i => i.Body,
            Expression e => [new Expr(e.Body, e.Body.Location)],
            _ => [],
        };
        var errors = new ErrorFactory(source);
        var future = FutureFeatures.Find(body, errors);
        var symbols = SymbolPass.Build(body, future, errors);
        new CodegenPass(errors, future, symbols, warnings).CompileModule(body);
    }
}

/// <summary>Makes the exceptions of the compile-time checks: positions are CPython's raw byte offsets plus one.</summary>
internal sealed class ErrorFactory(SourceText source)
{
    public PythonSyntaxException At(string message, in SourceLocation loc) =>
        new("SyntaxError", message, source.Filename, loc.Lineno, loc.ColOffset + 1, loc.EndLineno, loc.EndColOffset + 1,
            source.GetLine(loc.Lineno));

    public PythonSyntaxException At(string message, LocatedNode node) => At(message, node.Location);

    /// <summary>An error with a start only (CPython's PyErr_SyntaxLocation: no end offset).</summary>
    public PythonSyntaxException StartOnly(string message, int lineno, int offset) =>
        new("SyntaxError", message, source.Filename, lineno, offset, lineno, 0, source.GetLine(lineno));

    public static PythonResourceException TooDeep() =>
        new("RecursionError", "maximum recursion depth exceeded during compilation");
}

/// <summary>The <c>from __future__</c> imports at the top of a module (docs.python.org/3/reference/simple_stmts.html#future).</summary>
internal sealed class FutureFeatures
{
    /// <summary>The line of the last leading future import, or -1: any <c>__future__</c> import after it is late.</summary>
    public int LastLine { get; private set; } = -1;

    /// <summary><c>from __future__ import annotations</c>: annotations are kept as strings, never evaluated.</summary>
    public bool Annotations { get; private set; }

    private static readonly System.Collections.Frozen.FrozenSet<string> Known = System.Collections.Frozen.FrozenSet.ToFrozenSet(
    [
        "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
        "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
    ], System.StringComparer.Ordinal);

    public static FutureFeatures Find(StmtNode[] body, ErrorFactory errors)
    {
        var f = new FutureFeatures();
        for (int i = 0; i < body.Length; i++)
        {
            var s = body[i];
            if (s is ImportFrom { Module: "__future__", Level: 0 } imp)
            {
                foreach (var alias in imp.Names)
                {
                    if (alias.Name == "braces")
                        throw errors.StartOnly("not a chance", s.Lineno, s.ColOffset + 1);
                    if (!Known.Contains(alias.Name))
                        throw errors.StartOnly($"future feature {alias.Name} is not defined", s.Lineno, s.ColOffset + 1);
                    if (alias.Name == "annotations")
                        f.Annotations = true;
                }
                f.LastLine = s.Lineno;
            }
            else if (!(i == 0 && s is Expr { Value: Constant { Value: string } }))
            {
                break; // only a docstring may come before future imports
            }
        }
        return f;
    }
}
