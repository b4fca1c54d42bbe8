using System.Collections.Generic;

namespace Atoll.Syntax.Ast;

/// <summary>
/// A node of the abstract syntax tree. Node types, field names and field order are those of
/// CPython 3.13's <c>ast</c> module (generated into <c>Nodes.g.cs</c> by <c>tools/gen_ast_nodes.py</c>).
/// INVARIANT: a tree is never changed after the parser returns it, so one tree (and the code
/// compiled from it) can be shared by every interpreter in the process.
/// </summary>
public abstract class Node
{
    private protected Node() { }

    /// <summary>The node's class name in Python's <c>ast</c> module, e.g. <c>BinOp</c>.</summary>
    public abstract string TypeName { get; }

    /// <summary>Writes the fields, in <c>_fields</c> order.</summary>
    internal abstract void WriteFields(IAstFieldWriter writer);
}

/// <summary>
/// Where a node stands in the source, as CPython counts it: lines from 1, columns in UTF-8 bytes from 0,
/// the end column exclusive.
/// </summary>
public readonly record struct SourceLocation(int Lineno, int ColOffset, int EndLineno, int EndColOffset)
{
    /// <summary>The span from the start of <paramref name="start"/> to the end of <paramref name="end"/>.</summary>
    public static SourceLocation Span(in SourceLocation start, in SourceLocation end) =>
        new(start.Lineno, start.ColOffset, end.EndLineno, end.EndColOffset);
}

/// <summary>A node with the <c>lineno</c>, <c>col_offset</c>, <c>end_lineno</c> and <c>end_col_offset</c> attributes.</summary>
public abstract class LocatedNode : Node
{
    private protected LocatedNode(SourceLocation location) => Location = location;

    /// <summary>The node's position.</summary>
    public SourceLocation Location { get; internal set; }

    public int Lineno => Location.Lineno;
    public int ColOffset => Location.ColOffset;
    public int EndLineno => Location.EndLineno;
    public int EndColOffset => Location.EndColOffset;
}

/// <summary>Receives a node's fields, typed as the generated node classes declare them.</summary>
internal interface IAstFieldWriter
{
    void WriteNode(string name, Node? value);
    void WriteNodeList(string name, IReadOnlyList<Node?> value);
    void WriteStr(string name, string? value);
    void WriteStrList(string name, IReadOnlyList<string> value);
    void WriteInt(string name, int value);
    void WriteConstant(string name, object value);
    void WriteEnum<T>(string name, T value) where T : struct, System.Enum;
    void WriteEnumList<T>(string name, IReadOnlyList<T> value) where T : struct, System.Enum;
}
