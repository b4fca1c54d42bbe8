using System.Collections.Generic;
using Atoll.Syntax.Ast;

namespace Atoll.Syntax;

/// <summary>What the source is parsed as: the <c>mode</c> argument of <c>compile()</c> and <c>ast.parse()</c>.</summary>
public enum ParseMode
{
    /// <summary>A module: a sequence of statements.</summary>
    Exec,

    /// <summary>A single expression.</summary>
    Eval,

    /// <summary>One interactive statement.</summary>
    Single,

    /// <summary>A PEP 484 function signature type comment, <c>(int, str) -> bool</c>.</summary>
    FuncType,
}

/// <summary>A parsed tree and the warnings found while parsing it.</summary>
public sealed class ParseResult(ModNode tree, IReadOnlyList<PythonSyntaxException> warnings)
{
    /// <summary>The tree: <see cref="Module"/>, <see cref="Expression"/>, <see cref="Interactive"/> or <see cref="FunctionType"/>.</summary>
    public ModNode Tree { get; } = tree;

    /// <summary>SyntaxWarnings (invalid escape sequences, number literals run into keywords), in source order.</summary>
    public IReadOnlyList<PythonSyntaxException> Warnings { get; } = warnings;
}

/// <summary>The Python 3.13 parser: source to an AST identical to CPython's <c>ast.parse</c>.</summary>
public static class PythonParser
{
    /// <summary>Parses a source. Throws <see cref="PythonSyntaxException"/> as CPython raises SyntaxError, and
    /// <see cref="PythonResourceException"/> for input nested too deeply to parse.</summary>
    public static ParseResult Parse(SourceText source, ParseMode mode = ParseMode.Exec, bool typeComments = false)
    {
        System.ArgumentNullException.ThrowIfNull(source);
        var parser = new Parser(source, typeComments);
        var tree = parser.ParseTop(mode);
        return new ParseResult(tree, parser.Warnings);
    }

    /// <summary>Parses UTF-8 (or PEP 263 encoded) source bytes from a file.</summary>
    public static ParseResult ParseFile(byte[] bytes, string filename, ParseMode mode = ParseMode.Exec, bool typeComments = false) =>
        Parse(SourceText.FromBytes(bytes, filename), mode, typeComments);
}
