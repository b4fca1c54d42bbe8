using Atoll.Runtime.Nodes;

namespace Atoll.Runtime.Objects;

/// <summary>What kind of block a code object is: its names live in slots (function) or in a dict (module, class).</summary>
public enum CodeKind
{
    /// <summary>A module body, or source run by exec/eval: names are looked up in dicts.</summary>
    Module,

    /// <summary>A class body: names in the class namespace dict.</summary>
    Class,

    /// <summary>A function body: locals in slots.</summary>
    Function,
}

/// <summary>
/// A compiled block: immutable once built, shared by every interpreter that runs it (importing a module twice, in
/// any interpreter, reuses it). Inline caches inside its node tree are written racily by design: each cache entry is
/// an immutable object replaced atomically and verified before use.
/// </summary>
/// <summary>The parts of a one-clause generator expression: where each item goes, the conditions, the yielded value.</summary>
internal sealed record SimpleGenExpr(Target Target, Expr[] Ifs, Expr Elt);

public sealed class PyCode : PyObject
{
    internal PyCode(string name, string qualName, string filename, int firstLine, CodeKind kind)
    {
        Name = name;
        QualName = qualName;
        Filename = filename;
        FirstLine = firstLine;
        Kind = kind;
    }

    /// <inheritdoc/>
    public override PyType Type => BuiltinTypes.Code;

    /// <summary><c>co_name</c>.</summary>
    public string Name { get; }

    /// <summary><c>co_qualname</c>.</summary>
    public string QualName { get; }

    /// <summary><c>co_filename</c>.</summary>
    public string Filename { get; }

    /// <summary><c>co_firstlineno</c>.</summary>
    public int FirstLine { get; }

    /// <summary>Module, class or function.</summary>
    public CodeKind Kind { get; }

    /// <summary>Positional parameters, including positional-only ones (<c>co_argcount</c>).</summary>
    public int ArgCount { get; internal set; }

    /// <summary><c>co_posonlyargcount</c>.</summary>
    public int PosOnlyCount { get; internal set; }

    /// <summary><c>co_kwonlyargcount</c>.</summary>
    public int KwOnlyCount { get; internal set; }

    /// <summary>Has a <c>*args</c> parameter.</summary>
    public bool HasVarArgs { get; internal set; }

    /// <summary>Has a <c>**kwargs</c> parameter.</summary>
    public bool HasVarKeywords { get; internal set; }

    /// <summary>Positional arguments map one-to-one onto the first slots: no keyword-only, *args or **kwargs.</summary>
    internal bool IsSimpleSignature { get; set; }

    /// <summary>Slot names, in slot order: parameters, then other locals, cells, free variables and temporaries.</summary>
    public string[] SlotNames { get; internal set; } = [];

    /// <summary>Slots that hold cells created on entry (<c>co_cellvars</c>).</summary>
    internal int[] CellSlots { get; set; } = [];

    /// <summary>First slot of the free variables (the closure's cells are copied there).</summary>
    internal int FirstFreeSlot { get; set; }

    /// <summary>The free variable names (<c>co_freevars</c>).</summary>
    public string[] FreeNames { get; internal set; } = [];

    /// <summary>The cell variable names (<c>co_cellvars</c>).</summary>
    public string[] CellNames { get; internal set; } = [];

    /// <summary>The number of local variables proper (<c>co_nlocals</c>).</summary>
    public int LocalCount { get; internal set; }

    internal bool HasCells => CellSlots.Length > 0 || FreeNames.Length > 0;

    /// <summary>Precomputed when the code is finished: cells to make on entry, and whether a call makes a generator.</summary>
    internal bool NeedsCells;

    internal bool MakesGenerator;

    /// <summary>A generator expression with one <c>for</c> clause, runnable as a loop step without resume records.</summary>
    internal SimpleGenExpr? SimpleGen;

    /// <summary>A function body that is one <c>return expr</c> (every lambda): run without the statement machinery.</summary>
    internal Expr? SimpleReturn;

    internal int SimpleReturnLine;

    /// <summary>Computes the precomputed flags once the code object is complete.</summary>
    internal void Seal()
    {
        NeedsCells = HasCells;
        MakesGenerator = IsGeneratorLike;
        if (Kind == CodeKind.Function && !MakesGenerator && Body is BlockStmt { Body: [ReturnStmt { Value: { } e } r] })
        {
            SimpleReturn = e;
            SimpleReturnLine = r.Line;
        }
    }

    /// <summary>Slots in a frame.</summary>
    internal int FrameSize { get; set; }

    /// <summary>The body.</summary>
    internal Stmt Body { get; set; } = null!;

    /// <summary>A generator function.</summary>
    public bool IsGenerator { get; internal set; }

    /// <summary>An <c>async def</c> function without yield.</summary>
    public bool IsCoroutine { get; internal set; }

    /// <summary>An <c>async def</c> function with yield.</summary>
    public bool IsAsyncGenerator { get; internal set; }

    internal bool IsGeneratorLike => IsGenerator || IsCoroutine || IsAsyncGenerator;

    /// <summary>The docstring, or None.</summary>
    internal PyObject Doc { get; set; } = PyNone.Instance;

    /// <summary>The constants (<c>co_consts</c>; only the docstring is guaranteed first).</summary>
    internal PyObject[] Consts { get; set; } = [];

    /// <summary>The source lines are read from this file for tracebacks; null for code without a file.</summary>
    internal string[]? SourceLines { get; set; }
}
