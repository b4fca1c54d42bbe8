using System.Collections.Generic;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Nodes;

/// <summary><c>super()</c> with no arguments: the <c>__class__</c> cell and the method's first argument.</summary>
internal sealed class ZeroArgSuperExpr(Expr superFunc, int classSlot, int firstSlot, bool firstIsCell) : Expr
{
    public override PyObject Eval(Frame f)
    {
        var fn = superFunc.Eval(f);
        if (fn != BuiltinTypes.Super)
            return Ops.Call(fn);
        var cls = ((PyCell?)f.Slots[classSlot])?.Value as PyType ?? throw Err.Runtime("super(): __class__ cell not found");
        var first = f.Slots[firstSlot];
        if (firstIsCell)
            first = ((PyCell?)first)?.Value;
        if (first == null)
            throw Err.Runtime("super(): arg[0] deleted");
        return SuperOps.Make(cls, first);
    }
}

/// <summary>Creates a generator expression's function and calls it with the first iterator.</summary>
internal sealed class CallGenExprExpr(PyCode code, int[] closureSlots, Expr firstIter, bool isAsync) : Expr
{
    // The generator's frame is made directly: no function object for a generator expression (it is never visible).
    public override PyObject Eval(Frame f)
    {
        var iterable = firstIter.Eval(f);
        PyObject it;
        if (isAsync)
        {
            var aiter = iterable.Type.Lookup("__aiter__") ?? throw Err.Type($"'async for' requires an object with __aiter__ method, got {Ops.TypeName(iterable)}");
            it = Ops.CallMethod(iterable, aiter);
        }
        else
        {
            it = Ops.GetIter(iterable);
        }
        var slots = new PyObject?[code.FrameSize];
        slots[0] = it;
        foreach (int c in code.CellSlots)
            slots[c] = new PyCell(slots[c]);
        for (int i = 0; i < closureSlots.Length; i++)
            slots[code.FirstFreeSlot + i] = f.Slots[closureSlots[i]];
        var frame = new Frame(code, slots, f.Globals, f.Builtins, f.Thread);
        return new PyGenerator(frame, isAsync ? GeneratorKind.AsyncGenerator : GeneratorKind.Generator, code.Name, code.QualName);
    }
}

/// <summary>One type parameter of a generic (PEP 695): its cell slot, name, kind (0 TypeVar, 1 ParamSpec,
/// 2 TypeVarTuple) and its lazily evaluated bound (or constraints, when the bound is a tuple display).</summary>
internal sealed record TypeParamSpec(int Slot, string Name, int Kind, Expr? Bound, bool Constraints);

/// <summary>Makes the TypeVar objects of a generic def/class and stores them in their cells, then evaluates the inner expression.</summary>
internal sealed class WithTypeParamsExpr(TypeParamSpec[] typeParams, Expr inner) : Expr
{
    public override PyObject Eval(Frame f)
    {
        var values = TypeParamOps.Create(f, typeParams);
        var result = inner.Eval(f);
        if (result is PyFunction fn)
            fn.TypeParams = new PyTuple(values);
        else if (result is PyType t && !t.IsBuiltin)
            t.Dict.SetStr("__type_params__", new PyTuple(values));
        return result;
    }
}

/// <summary>The implicit <c>Generic[T, ...]</c> base of a generic class.</summary>
internal sealed class GenericBaseExpr(TypeParamSpec[] typeParams) : Expr
{
    public override PyObject Eval(Frame f)
    {
        var vals = new PyObject[typeParams.Length];
        for (int i = 0; i < vals.Length; i++)
            vals[i] = ((PyCell)f.Slots[typeParams[i].Slot]!).Value!;
        return TypeParamOps.GenericBase(vals);
    }
}

/// <summary>The annotation <c>*Ts</c> of a <c>*args</c> parameter.</summary>
internal sealed class StarAnnotationExpr(Expr value) : Expr
{
    public override PyObject Eval(Frame f)
    {
        var v = value.Eval(f);
        var it = Ops.GetIter(v);
        return Ops.Next(it) ?? v;
    }
}

/// <summary>The start of a class body: <c>__module__</c>, <c>__qualname__</c> and the docstring.</summary>
internal sealed class ClassPrologueStmt(PyStr qualName, PyStr? doc) : Stmt
{
    public override Flow Exec(Frame f)
    {
        var module = f.Globals.TryGetStr("__name__", out var m) ? m : null;
        Set(f, "__module__", module);
        Set(f, "__qualname__", qualName);
        if (doc != null)
            Set(f, "__doc__", doc);
        return Flow.Normal;
    }

    private static void Set(Frame f, string name, PyObject? value)
    {
        if (value == null)
            return;
        if (f.NamesMapping != null)
            Ops.SetItem(f.NamesMapping, PyStr.Intern(name), value);
        else
            f.Names!.SetStr(name, value);
    }
}

/// <summary>Puts the class cell into the namespace as <c>__classcell__</c> so type.__new__ can fill it.</summary>
internal sealed class StoreClassCellStmt(int slot) : Stmt
{
    public override Flow Exec(Frame f)
    {
        var cell = f.Slots[slot]!;
        if (f.NamesMapping != null)
            Ops.SetItem(f.NamesMapping, PyStr.Intern("__classcell__"), cell);
        else
            f.Names!.SetStr("__classcell__", cell);
        return Flow.Normal;
    }
}

/// <summary><c>name: annotation</c> in a module or class body: records it in <c>__annotations__</c>.</summary>
internal sealed class StoreAnnotationStmt(PyStr name, Expr annotation) : Stmt
{
    public override Flow Exec(Frame f)
    {
        var value = annotation.Eval(f);
        PyObject ann;
        var key = PyStr.Intern("__annotations__");
        if (f.NamesMapping != null)
        {
            ann = Ops.GetItem(f.NamesMapping, key);
        }
        else
        {
            var existing = f.Names!.GetStr(key);
            if (existing == null)
            {
                existing = new PyDict();
                f.Names.SetItem(key, existing);
            }
            ann = existing;
        }
        Ops.SetItem(ann, name, value);
        return Flow.Normal;
    }
}

/// <summary><c>type X = value</c>: the value is evaluated on first use of <c>__value__</c>.</summary>
internal sealed class MakeTypeAliasExpr(string name, Expr value, TypeParamSpec[] typeParams) : Expr
{
    public override PyObject Eval(Frame f)
    {
        var tps = typeParams.Length == 0 ? [] : TypeParamOps.Create(f, typeParams);
        return new PyTypeAlias(name, f, value, new PyTuple(tps));
    }
}

/// <summary><c>import a.b.c</c> / <c>import a.b as c</c>.</summary>
internal sealed class ImportStmt(string module, bool asName, Target target) : Stmt
{
    public override Flow Exec(Frame f)
    {
        var interp = f.Interp;
        var top = interp.Importer.ImportModuleLevel(module, f.Globals, null, 0);
        if (asName && module.Contains('.', System.StringComparison.Ordinal))
        {
            var m = interp.Importer.GetModule(module) ?? ImportSystem.WalkAttributes(top, module);
            target.Assign(f, m);
        }
        else
        {
            target.Assign(f, top);
        }
        return Flow.Normal;
    }
}

/// <summary><c>from m import a, b as c</c>.</summary>
internal sealed class ImportFromStmt(string module, int level, string[] names, Target[] targets) : Stmt
{
    public override Flow Exec(Frame f)
    {
        var interp = f.Interp;
        var m = interp.Importer.ImportModuleLevel(module, f.Globals, names, level);
        for (int i = 0; i < names.Length; i++)
            targets[i].Assign(f, interp.Importer.ImportFrom(m, names[i]));
        return Flow.Normal;
    }
}

/// <summary><c>from m import *</c>.</summary>
internal sealed class ImportStarStmt(string module, int level) : Stmt
{
    public override Flow Exec(Frame f)
    {
        var interp = f.Interp;
        var m = interp.Importer.ImportModuleLevel(module, f.Globals, ["*"], level);
        ImportSystem.ImportStar(m, f);
        return Flow.Normal;
    }
}
