using System;
using System.Collections.Generic;
using Atoll.Syntax;

namespace Atoll.Runtime.Compiler;

/// <summary>How a name is reached from one scope (docs.python.org/3/reference/executionmodel.html#resolution-of-names).</summary>
internal enum NameKind
{
    /// <summary>A fast local in a slot.</summary>
    Local,

    /// <summary>A local captured by an inner scope: its slot holds a cell.</summary>
    Cell,

    /// <summary>Bound in an enclosing function: a cell copied from the closure.</summary>
    Free,

    /// <summary>Declared <c>global</c>.</summary>
    GlobalExplicit,

    /// <summary>Not bound in any enclosing function: globals, then builtins.</summary>
    GlobalImplicit,

    /// <summary>Module or class body: the namespace dict (then globals and builtins for reads).</summary>
    Name,

    /// <summary>A class body reading a name free in it: the class namespace, then the cell.</summary>
    ClassDeref,
}

/// <summary>The resolved names of one scope.</summary>
internal sealed class ScopeInfo(Scope scope)
{
    public readonly Scope Scope = scope;
    public readonly Dictionary<string, NameKind> Names = new(StringComparer.Ordinal);

    /// <summary>Names bound here that inner scopes capture (in first-seen order).</summary>
    public readonly List<string> Cells = [];

    /// <summary>Names this scope takes from enclosing scopes (in first-seen order).</summary>
    public readonly List<string> Frees = [];

    /// <summary>A class body whose methods use <c>super()</c> or <c>__class__</c>: it provides the <c>__class__</c> cell.</summary>
    public bool NeedsClassCell;

    public bool IsInlinedComprehension => Scope.Comprehension is ComprehensionKind.List or ComprehensionKind.Set or ComprehensionKind.Dict;

    public NameKind Kind(string name)
    {
        if (Names.TryGetValue(name, out var k))
            return k;
        return Scope.Kind is ScopeKind.Module or ScopeKind.Class ? NameKind.Name : NameKind.GlobalImplicit;
    }
}

/// <summary>Turns the symbol table's flags into name kinds, marking cells and free variables through nesting.</summary>
internal static class Resolver
{
    public static Dictionary<Scope, ScopeInfo> Resolve(Scope module)
    {
        var result = new Dictionary<Scope, ScopeInfo>();
        Visit(module, new HashSet<string>(StringComparer.Ordinal), false, result);
        return result;
    }

    // visible: names bound in enclosing function scopes (what a free name can refer to).
    // Returns the names this scope (or scopes inside it) need from outside.
    private static List<string> Visit(Scope s, HashSet<string> visible, bool inClass, Dictionary<Scope, ScopeInfo> result)
    {
        var info = new ScopeInfo(s);
        result[s] = info;
        bool functionLike = s.IsFunctionLike;
        var localsHere = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, flags) in s.Symbols)
        {
            if ((flags & (SymbolFlags.Global | SymbolFlags.Nonlocal)) != 0)
                continue;
            if ((flags & SymbolFlags.Bound) != 0)
                localsHere.Add(name);
        }
        HashSet<string> childVisible;
        if (s.Kind == ScopeKind.Module)
        {
            childVisible = new HashSet<string>(StringComparer.Ordinal);
        }
        else if (s.Kind == ScopeKind.Class)
        {
            childVisible = new HashSet<string>(visible, StringComparer.Ordinal) { "__class__" };
        }
        else
        {
            childVisible = new HashSet<string>(visible, StringComparer.Ordinal);
            childVisible.UnionWith(localsHere);
            foreach (var (name, flags) in s.Symbols)
            {
                if ((flags & SymbolFlags.Nonlocal) != 0)
                    childVisible.Add(name);
                if ((flags & SymbolFlags.Global) != 0)
                    childVisible.Remove(name);
            }
        }
        var needed = new List<string>();
        void Need(string n)
        {
            if (!needed.Contains(n))
                needed.Add(n);
        }
        // Names used here.
        foreach (string name in s.Order)
        {
            var flags = s.Symbols[name];
            if ((flags & SymbolFlags.Global) != 0)
            {
                info.Names[name] = NameKind.GlobalExplicit;
                continue;
            }
            if ((flags & SymbolFlags.Nonlocal) != 0)
            {
                info.Names[name] = NameKind.Free;
                Need(name);
                continue;
            }
            if ((flags & SymbolFlags.Bound) != 0)
            {
                info.Names[name] = functionLike ? NameKind.Local : NameKind.Name;
                continue;
            }
            if (visible.Contains(name) && s.Kind != ScopeKind.Module)
            {
                info.Names[name] = s.Kind == ScopeKind.Class ? NameKind.ClassDeref : NameKind.Free;
                Need(name);
            }
            else
            {
                info.Names[name] = functionLike ? NameKind.GlobalImplicit : NameKind.Name;
            }
        }
        // Zero-argument super() and __class__ in a method need the class's implicit cell.
        if (functionLike && inClass && (s.Symbols.ContainsKey("super") || s.Symbols.ContainsKey("__class__")) && visible.Contains("__class__"))
        {
            if (!info.Names.TryGetValue("__class__", out var k) || k is NameKind.GlobalImplicit)
                info.Names["__class__"] = NameKind.Free;
            Need("__class__");
        }
        foreach (var child in s.Children)
        {
            bool childInClass = s.Kind == ScopeKind.Class || (inClass && functionLike);
            var childNeeds = Visit(child, childVisible, childInClass, result);
            foreach (var n in childNeeds)
            {
                if (functionLike && localsHere.Contains(n) && (s.Lookup(n) & (SymbolFlags.Global | SymbolFlags.Nonlocal)) == 0)
                {
                    info.Names[n] = NameKind.Cell;
                    if (!info.Cells.Contains(n))
                        info.Cells.Add(n);
                }
                else if (s.Kind == ScopeKind.Class && n == "__class__")
                {
                    info.NeedsClassCell = true;
                }
                else if (s.Kind != ScopeKind.Module)
                {
                    if (!info.Names.ContainsKey(n))
                        info.Frees.Add(n);
                    Need(n);
                }
            }
        }
        foreach (var n in needed)
        {
            if (!info.Frees.Contains(n) && (!info.Names.TryGetValue(n, out var k) || k is NameKind.Free or NameKind.ClassDeref or NameKind.GlobalImplicit or NameKind.Name))
                info.Frees.Add(n);
        }
        return needed;
    }
}
