using System;
using System.Collections.Generic;
using System.Numerics;
using Atoll.Runtime.Nodes;
using Atoll.Runtime.Objects;
using Atoll.Syntax;
using Atoll.Syntax.Ast;
using Ast = Atoll.Syntax.Ast;
using BinOp = Atoll.Runtime.Objects.BinOp;
using Expr = Atoll.Runtime.Nodes.Expr;

namespace Atoll.Runtime.Compiler;

/// <summary>
/// Lowers a syntax tree into executable node trees and code objects. Names are resolved to slots, cells, globals or
/// namespace lookups here, once; the node factory picks specialized node classes by operator and operand shape.
/// </summary>
internal sealed partial class CodeGen
{
    private readonly Dictionary<Scope, ScopeInfo> _infos;
    private readonly IReadOnlyDictionary<Node, Scope> _scopes;
    private readonly string _filename;
    private readonly string[]? _lines;
    private readonly bool _interactive;
    private readonly FutureFeatures _future;
    private Unit _unit = null!;

    // The line the frame is at while the code being compiled runs (see CompileExpr).
    private int _line;

    /// <summary>Compiles an expression that runs after the frame's line was set to <paramref name="line"/>.</summary>
    private Expr CompileAtLine(int line, Ast.ExprNode e)
    {
        int saved = _line;
        _line = line;
        try
        {
            return CompileExpr(e);
        }
        finally
        {
            _line = saved;
        }
    }

    private CodeGen(Dictionary<Scope, ScopeInfo> infos, IReadOnlyDictionary<Node, Scope> scopes, string filename, string[]? lines, bool interactive, FutureFeatures future)
    {
        _infos = infos;
        _scopes = scopes;
        _filename = filename;
        _lines = lines;
        _interactive = interactive;
        _future = future;
    }

    /// <summary>Parses and compiles source text; a syntax error becomes a Python SyntaxError.</summary>
    public static PyCode CompileModule(byte[] source, string filename, CompileSource kind, string name, ParseMode mode = ParseMode.Exec)
    {
        SourceText text;
        ModNode tree;
        try
        {
            text = SourceText.FromBytes(source, filename, kind == CompileSource.File);
            var parsed = PythonParser.Parse(text, mode, false);
            tree = parsed.Tree;
            if (parsed.Warnings.Count > 0)
                Warnings.EmitSyntaxWarnings([.. parsed.Warnings]);
        }
        catch (PythonSyntaxException e)
        {
            throw SyntaxErrors.ToPython(e);
        }
        catch (PythonResourceException e)
        {
            throw SyntaxErrors.ToPython(e);
        }
        return CompileTree(tree, text, name, mode);
    }

    /// <summary>Compiles a parsed tree.</summary>
    public static PyCode CompileTree(ModNode tree, SourceText text, string name, ParseMode mode)
    {
        StmtNode[] body = tree switch
        {
            Module m => m.Body,
            Interactive i => i.Body,
            Expression e => [new Return(e.Body, e.Body.Location)],
            _ => [],
        };
        try
        {
            var warnings = new List<PythonSyntaxException>();
            var checkBody = tree is Expression ex ? [new Ast.Expr(ex.Body, ex.Body.Location)] : body;
            var errors = new ErrorFactory(text);
            var future = FutureFeatures.Find(checkBody, errors);
            var (module, scopes) = SymbolPass.BuildWithModule(checkBody, future, errors);
            new CodegenPass(errors, future, scopes, warnings).CompileModule(checkBody);
            Warnings.EmitSyntaxWarnings(warnings);
            if (tree is Expression)
                (module, scopes) = SymbolPass.BuildWithModule(body, future, errors);
            var infos = Resolver.Resolve(module);
            var gen = new CodeGen(infos, scopes, text.Filename, SplitLines(text), mode == ParseMode.Single, future);
            return gen.CompileModuleUnit(module, body, name);
        }
        catch (PythonSyntaxException e)
        {
            // CPython's compiler (unlike its parser) reads the error's text from the named file, so code compiled
            // from a string under a name like "<string>" has none.
            throw SyntaxErrors.ToPython(e, withText: System.IO.File.Exists(text.Filename));
        }
        catch (PythonResourceException e)
        {
            throw SyntaxErrors.ToPython(e);
        }
    }

    private static string[]? SplitLines(SourceText text)
    {
        var list = new List<string>();
        for (int i = 1; ; i++)
        {
            var line = text.GetLine(i);
            if (line == null)
                break;
            list.Add(line);
            if (i > 1_000_000)
                break;
        }
        return list.ToArray();
    }

    /// <summary>The code object being generated, with its slot map.</summary>
    private sealed class Unit
    {
        public required ScopeInfo Info;
        public required PyCode Code;
        public Unit? Parent;
        public readonly Dictionary<string, int> Slots = new(StringComparer.Ordinal);
        public readonly List<string> SlotNames = [];
        public string? ClassName; // for private name mangling
        public bool IsGenerator;
        public bool IsAsync;
        public int ClassCellSlot = -1;

        /// <summary>Type parameter scopes (PEP 695) being compiled: name→slot of the cell holding each parameter,
        /// innermost last. The parameters live in cells of this unit's frame rather than in a frame of their own.</summary>
        public readonly List<Dictionary<string, int>> TypeParamScopes = [];

        /// <summary>Inlined comprehensions being compiled: their own name→slot maps, innermost last.</summary>
        public readonly List<(ScopeInfo Info, Dictionary<string, int> Slots)> Comprehensions = [];

        public int NewSlot(string name)
        {
            SlotNames.Add(name);
            return SlotNames.Count - 1;
        }

        public int Temp() => NewSlot("$t" + SlotNames.Count);

        public CodeKind Kind => Code.Kind;
    }

    private PyCode CompileModuleUnit(Scope module, StmtNode[] body, string name)
    {
        var code = new PyCode(name, name, _filename, 1, CodeKind.Module) { SourceLines = _lines };
        var info = _infos[module];
        _unit = new Unit { Info = info, Code = code };
        var stmts = CompileBody(body, isModule: true);
        code.Body = new BlockStmt(stmts);
        Finish(_unit);
        if (body.Length > 0 && body[0] is Ast.Expr { Value: Constant { Value: string doc } })
            code.Doc = new PyStr(doc);
        return code;
    }

    private static void Finish(Unit u)
    {
        u.Code.SlotNames = [.. u.SlotNames];
        u.Code.FrameSize = u.SlotNames.Count;
        u.Code.Seal();
    }

    private Stmt[] CompileBody(StmtNode[] body, bool isModule = false)
    {
        var list = new List<Stmt>(body.Length);
        foreach (var s in body)
        {
            var st = CompileStmt(s);
            if (st is PassStmt)
                continue;
            list.Add(st);
        }
        return [.. list];
    }

    private Stmt Block(StmtNode[] body)
    {
        var stmts = CompileBody(body);
        if (_unit.IsGenerator && AnyYield(body))
            return new GenBlockStmt(stmts) { Line = body.Length > 0 ? body[0].Lineno : 0 };
        if (stmts.Length == 1)
            return WrapLine(stmts[0]);
        return new BlockStmt(stmts) { Line = body.Length > 0 ? body[0].Lineno : 0 };
    }

    private static bool AnyYield(StmtNode[] body)
    {
        foreach (var s in body)
        {
            if (YieldFinder.Contains(s))
                return true;
        }
        return false;
    }

    // A single statement used as a block still sets the frame's line.
    private static Stmt WrapLine(Stmt s) => s is BlockStmt ? s : new BlockStmt([s]) { Line = s.Line };

    private Stmt? OptBlock(StmtNode[] body) => body.Length == 0 ? null : Block(body);

    // ---------- names ----------

    private string Mangle(string name)
    {
        var cls = _unit.ClassName;
        for (var u = _unit; cls == null && u != null; u = u.Parent)
            cls = u.ClassName;
        if (cls == null || !name.StartsWith("__", StringComparison.Ordinal) || name.EndsWith("__", StringComparison.Ordinal) || name.Contains('.', StringComparison.Ordinal))
            return name;
        string stripped = cls.TrimStart('_');
        return stripped.Length == 0 ? name : "_" + stripped + name;
    }

    private Expr LoadName(string rawName)
    {
        if (rawName[0] is '.' or '$')
            return new LocalLoad(SlotOf(rawName), rawName);
        string name = Mangle(rawName);
        var u = _unit;
        // Inlined comprehensions: their own variables first, then what they see outside.
        for (int i = u.Comprehensions.Count - 1; i >= 0; i--)
        {
            var (info, slots) = u.Comprehensions[i];
            if (slots.TryGetValue(name, out int cs))
                return info.Kind(name) == NameKind.Cell ? new CellLoad(cs, name, false) : new LocalLoad(cs, name);
            var k = info.Kind(name);
            // At module level (and in exec/eval code with a separate locals mapping) CPython's inlined comprehension
            // looks an implicit global up as a name (locals first); in a class body it skips the class namespace.
            if (k is NameKind.GlobalImplicit)
                return u.Kind == CodeKind.Module ? new NameLoad(PyStr.Intern(name)) : new GlobalLoad(PyStr.Intern(name));
            if (k is NameKind.GlobalExplicit)
                return new GlobalLoad(PyStr.Intern(name));
            // Inlined into a class body, a comprehension still skips the class's names: its free variables come from
            // the enclosing function, through the cell the class passes along.
            if (k == NameKind.Free && u.Info.Scope.Kind == ScopeKind.Class && u.Slots.ContainsKey(name))
                return new CellLoad(SlotOf(name), name, true);
        }
        for (int i = u.TypeParamScopes.Count - 1; i >= 0; i--)
        {
            if (u.TypeParamScopes[i].TryGetValue(name, out int ts))
                return new CellLoad(ts, name, false);
        }
        switch (u.Info.Kind(name))
        {
            case NameKind.Local:
                return new LocalLoad(SlotOf(name), name);
            case NameKind.Cell:
                return new CellLoad(SlotOf(name), name, false);
            case NameKind.Free:
                return new CellLoad(SlotOf(name), name, true);
            case NameKind.GlobalExplicit:
            case NameKind.GlobalImplicit:
                return new GlobalLoad(PyStr.Intern(name));
            case NameKind.ClassDeref:
                return new ClassDerefLoad(SlotOf(name), PyStr.Intern(name));
            default:
                return new NameLoad(PyStr.Intern(name));
        }
    }

    private Target StoreName(string rawName)
    {
        if (rawName[0] is '.' or '$')
            return new LocalTarget(SlotOf(rawName), rawName);
        string name = Mangle(rawName);
        var u = _unit;
        for (int i = u.Comprehensions.Count - 1; i >= 0; i--)
        {
            var (info, slots) = u.Comprehensions[i];
            if (slots.TryGetValue(name, out int cs))
                return info.Kind(name) == NameKind.Cell ? new CellTarget(cs, name, false) : new LocalTarget(cs, name);
            if (info.Kind(name) is NameKind.GlobalExplicit)
                return new GlobalTarget(PyStr.Intern(name));
        }
        switch (u.Info.Kind(name))
        {
            case NameKind.Local:
                return new LocalTarget(SlotOf(name), name);
            case NameKind.Cell:
                return new CellTarget(SlotOf(name), name, false);
            case NameKind.Free:
                return new CellTarget(SlotOf(name), name, true);
            case NameKind.GlobalExplicit:
                return new GlobalTarget(PyStr.Intern(name));
            case NameKind.GlobalImplicit:
                return u.Kind == CodeKind.Function ? new GlobalTarget(PyStr.Intern(name)) : new NameTarget(PyStr.Intern(name));
            default:
                return new NameTarget(PyStr.Intern(name));
        }
    }

    private int SlotOf(string name)
    {
        if (_unit.Slots.TryGetValue(name, out int s))
            return s;
        s = _unit.NewSlot(name);
        _unit.Slots[name] = s;
        return s;
    }

    // ---------- constants ----------

    internal static PyObject ConstantValue(object v) => v switch
    {
        null => PyNone.Instance,
        bool b => PyBool.From(b),
        long l => PyInt.From(l),
        int i => PyInt.From(i),
        BigInteger bi => PyInt.From(bi),
        double d => new PyFloat(d),
        Complex c => new PyComplex(c.Real, c.Imaginary),
        string s => s.Length <= 1 || IsIdentifierLike(s) ? PyStr.Intern(s) : new PyStr(s),
        BytesValue bv => new PyBytes(bv.Span.ToArray()),
        CodePointString cps => new PyStr(StrOps.FromCodePoints(cps.CodePoints)),
        _ when ReferenceEquals(v, Atoll.Syntax.Ast.ConstantValue.None) => PyNone.Instance,
        _ when ReferenceEquals(v, Atoll.Syntax.Ast.ConstantValue.Ellipsis) => PyEllipsis.Instance,
        _ => throw new InvalidOperationException("unknown constant " + v.GetType()),
    };

    private static bool IsIdentifierLike(string s)
    {
        if (s.Length > 40)
            return false;
        foreach (char c in s)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
                return false;
        }
        return true;
    }
}
