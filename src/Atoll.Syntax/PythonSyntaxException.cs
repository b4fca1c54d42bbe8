using System;

namespace Atoll.Syntax;

/// <summary>
/// A Python <c>SyntaxError</c> (or its subclasses <c>IndentationError</c> and <c>TabError</c>) raised by the
/// tokenizer or the parser, with the attributes Python gives it. <see cref="Offset"/> and <see cref="EndOffset"/>
/// are Python's: 1-based character offsets into <see cref="Text"/>, 0 or -1 where CPython leaves them so.
/// </summary>
public sealed class PythonSyntaxException(string errorType, string message, string filename, int lineno, int offset,
    int endLineno, int endOffset, string? text) : Exception(message)
{
    /// <summary><c>SyntaxError</c>, <c>IndentationError</c> or <c>TabError</c>.</summary>
    public string ErrorType { get; } = errorType;

    public string Filename { get; } = filename;
    public int Lineno { get; } = lineno;
    public int Offset { get; } = offset;
    public int EndLineno { get; } = endLineno;
    public int EndOffset { get; } = endOffset;

    /// <summary>The source line the error is on (with its newline), as <c>SyntaxError.text</c>; null if none.</summary>
    public string? Text { get; } = text;
}

/// <summary>Python's <c>MemoryError</c> or <c>RecursionError</c> from the front end (input too deep to parse).</summary>
public sealed class PythonResourceException(string errorType, string message) : Exception(message)
{
    /// <summary><c>MemoryError</c> or <c>RecursionError</c>.</summary>
    public string ErrorType { get; } = errorType;
}
