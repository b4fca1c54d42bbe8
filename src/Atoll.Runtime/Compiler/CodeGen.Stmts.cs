using System;
using System.Collections.Generic;
using Atoll.Runtime.Nodes;
using Atoll.Runtime.Objects;
using Atoll.Syntax.Ast;
using Ast = Atoll.Syntax.Ast;
using BinOp = Atoll.Runtime.Objects.BinOp;
using Expr = Atoll.Runtime.Nodes.Expr;
using Attribute = Atoll.Syntax.Ast.Attribute;

namespace Atoll.Runtime.Compiler;

internal sealed partial class CodeGen
{
    private Stmt CompileStmt(StmtNode s)
    {
        int savedLine = _line;
        _line = s.Lineno;
        try
        {
            if (_unit.IsGenerator && YieldFinder.Contains(s))
            {
                var g = CompileGeneratorStmt(s);
                g.Line = s.Lineno;
                return g;
            }
            var st = CompileStmtCore(s);
            st.Line = s.Lineno;
            return st;
        }
        finally
        {
            _line = savedLine;
        }
    }

    private Stmt CompileStmtCore(StmtNode s)
    {
        switch (s)
        {
            case Ast.Expr e:
                if (_interactive && _unit.Kind == CodeKind.Module && _unit.Parent == null)
                    return new PrintExprStmt(CompileExpr(e.Value));
                return new ExprStmt(CompileExpr(e.Value));
            case Assign a:
                return CompileAssign(a);
            case AugAssign aug:
                return CompileAugAssign(aug);
            case AnnAssign ann:
                return CompileAnnAssign(ann);
            case Return r:
                return new ReturnStmt(r.Value == null ? null : CompileExpr(r.Value));
            case Pass:
                return new PassStmt();
            case Break:
                return new BreakStmt();
            case Continue:
                return new ContinueStmt();
            case If i:
                return new IfStmt(CompileExpr(i.Test), Block(i.Body), OptBlock(i.Orelse));
            case While w:
                return new WhileStmt(CompileExpr(w.Test), Block(w.Body), OptBlock(w.Orelse));
            case For f:
                return new ForStmt(CompileTarget(f.Target), CompileExpr(f.Iter), Block(f.Body), OptBlock(f.Orelse));
            case Raise r:
                return new RaiseStmt(r.Exc == null ? null : CompileExpr(r.Exc), r.Cause == null ? null : CompileExpr(r.Cause));
            case Assert a:
                return new AssertStmt(CompileExpr(a.Test), a.Msg == null ? null : CompileExpr(a.Msg));
            case Delete d:
            {
                var targets = new Target[d.Targets.Length];
                for (int i = 0; i < targets.Length; i++)
                    targets[i] = CompileTarget(d.Targets[i]);
                return new DeleteStmt(targets);
            }
            case Global or Nonlocal:
                return new NoOpStmt();
            case Try t:
                return new TryStmt(Block(t.Body), CompileHandlers(t.Handlers), OptBlock(t.Orelse), OptBlock(t.Finalbody));
            case TryStar ts:
                return new TryStarStmt(Block(ts.Body), CompileHandlers(ts.Handlers), OptBlock(ts.Orelse), OptBlock(ts.Finalbody));
            case With w:
                return CompileWith(w.Items, 0, w.Body);
            case FunctionDef fd:
                return new AssignStmt(StoreName(fd.Name), CompileFunctionDef(fd, fd.Name, fd.Args, fd.Body, fd.DecoratorList, fd.Returns, fd.TypeParams, isAsync: false));
            case AsyncFunctionDef afd:
                return new AssignStmt(StoreName(afd.Name), CompileFunctionDef(afd, afd.Name, afd.Args, afd.Body, afd.DecoratorList, afd.Returns, afd.TypeParams, isAsync: true));
            case ClassDef cd:
                return new AssignStmt(StoreName(cd.Name), CompileClassDef(cd));
            case Import imp:
                return CompileImport(imp);
            case ImportFrom imf:
                return CompileImportFrom(imf);
            case Match m:
                return CompileMatch(m);
            case TypeAlias ta:
                return CompileTypeAlias(ta);
            case AsyncFor or AsyncWith:
                throw Err.New(BuiltinTypes.SyntaxError, $"'{(s is AsyncFor ? "async for" : "async with")}' outside async function");
        }
        throw Err.System("unsupported statement " + s.TypeName);
    }

    private Handler[] CompileHandlers(ExceptHandlerNode[] handlers)
    {
        var list = new Handler[handlers.Length];
        for (int i = 0; i < handlers.Length; i++)
        {
            var h = (ExceptHandler)handlers[i];
            list[i] = new Handler(h.Type == null ? null : CompileAtLine(h.Lineno, h.Type), h.Name == null ? null : StoreName(h.Name), Block(h.Body), h.Lineno);
        }
        return list;
    }

    private Stmt CompileWith(WithItem[] items, int index, StmtNode[] body)
    {
        var item = items[index];
        var inner = index == items.Length - 1 ? Block(body) : WrapLine(CompileWith(items, index + 1, body));
        var w = new WithStmt(CompileExpr(item.ContextExpr), item.OptionalVars == null ? null : CompileTarget(item.OptionalVars), inner);
        w.Line = item.ContextExpr.Lineno;
        return w;
    }

    private Stmt CompileAssign(Assign a)
    {
        var value = CompileExpr(a.Value);
        if (a.Targets.Length == 1)
        {
            var t = CompileTarget(a.Targets[0]);
            if (t is LocalTarget lt)
                return new AssignLocalStmt(lt.Slot, value);
            return new AssignStmt(t, value);
        }
        var targets = new Target[a.Targets.Length];
        for (int i = 0; i < targets.Length; i++)
            targets[i] = CompileTarget(a.Targets[i]);
        return new MultiAssignStmt(targets, value);
    }

    private Stmt CompileAugAssign(AugAssign a)
    {
        var op = (BinOp)(int)a.Op;
        var value = CompileExpr(a.Value);
        switch (a.Target)
        {
            case Name n:
            {
                var store = StoreName(n.Id);
                if (store is LocalTarget lt)
                    return new AugLocalStmt(lt.Slot, n.Id, value, op);
                return new AugAssignStmt(new AugName(LoadName(n.Id), store), value, op);
            }
            case Attribute at:
                return new AugAssignStmt(new AugAttr(CompileExpr(at.Value), PyStr.Intern(Mangle(at.Attr))), value, op);
            case Subscript sub:
                return new AugAssignStmt(new AugSubscript(CompileExpr(sub.Value), CompileExpr(sub.Slice)), value, op);
        }
        throw Err.System("bad augmented assignment target");
    }

    private Stmt CompileAnnAssign(AnnAssign a)
    {
        var stmts = new List<Stmt>();
        if (a.Value != null)
            stmts.Add(new AssignStmt(CompileTarget(a.Target), CompileExpr(a.Value)) { Line = a.Lineno });
        // Simple names in module and class bodies record their annotation in __annotations__ (unless postponed).
        if (a.Target is Name n && a.Simple != 0 && _unit.Kind != CodeKind.Function)
        {
            Expr ann = _future.Annotations ? new ConstExpr(new PyStr(AnnotationText(a.Annotation))) : CompileExpr(a.Annotation);
            stmts.Add(new StoreAnnotationStmt(PyStr.Intern(Mangle(n.Id)), ann) { Line = a.Lineno });
        }
        else if (_unit.Kind != CodeKind.Function && !_future.Annotations)
        {
            // The annotation of a complex target is evaluated (and discarded) at module and class level.
            if (a.Target is Attribute at)
                stmts.Add(new ExprStmt(CompileExpr(at.Value)) { Line = a.Lineno });
            else if (a.Target is Subscript sub)
            {
                stmts.Add(new ExprStmt(CompileExpr(sub.Value)) { Line = a.Lineno });
                stmts.Add(new ExprStmt(CompileExpr(sub.Slice)) { Line = a.Lineno });
            }
            stmts.Add(new ExprStmt(CompileExpr(a.Annotation)) { Line = a.Lineno });
        }
        if (stmts.Count == 0)
            return new PassStmt();
        return stmts.Count == 1 ? stmts[0] : new BlockStmt([.. stmts]);
    }

    private static string AnnotationText(ExprNode e) => Unparser.Unparse(e);

    private Stmt CompileImport(Import imp)
    {
        var stmts = new List<Stmt>();
        foreach (var alias in imp.Names)
        {
            var s = new ImportStmt(alias.Name, alias.Asname != null, StoreName(alias.Asname ?? alias.Name.Split('.')[0])) { Line = imp.Lineno };
            stmts.Add(s);
        }
        return stmts.Count == 1 ? stmts[0] : new BlockStmt([.. stmts]) { Line = imp.Lineno };
    }

    private Stmt CompileImportFrom(ImportFrom imf)
    {
        string module = imf.Module ?? "";
        if (imf.Names.Length == 1 && imf.Names[0].Name == "*")
            return new ImportStarStmt(module, imf.Level);
        var names = new string[imf.Names.Length];
        var targets = new Target[imf.Names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = imf.Names[i].Name;
            targets[i] = StoreName(imf.Names[i].Asname ?? imf.Names[i].Name);
        }
        if (module == "__future__")
            return new PassStmt();
        return new ImportFromStmt(module, imf.Level, names, targets);
    }

    private Stmt CompileTypeAlias(TypeAlias ta)
    {
        var name = (Name)ta.Name;
        var typeParams = ta.TypeParams.Length > 0 ? CompileTypeParamCells(ta.TypeParams) : [];
        try
        {
            // The value is evaluated lazily, on first access to __value__ (PEP 695).
            var value = CompileExpr(ta.Value);
            return new AssignStmt(StoreName(name.Id), new MakeTypeAliasExpr(name.Id, value, typeParams));
        }
        finally
        {
            if (ta.TypeParams.Length > 0)
                _unit.TypeParamScopes.RemoveAt(_unit.TypeParamScopes.Count - 1);
        }
    }
}
