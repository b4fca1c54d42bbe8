using System;
using System.Collections.Generic;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Nodes;

/// <summary>Creates a function object: evaluates defaults, keyword-only defaults and annotations, captures cells.</summary>
internal sealed class MakeFunctionExpr(PyCode code, Expr[] defaults, (string Name, Expr Value)[] kwDefaults, (string Name, Expr Value)[]? annotations, int[] closureSlots) : Expr
{
    public override PyObject Eval(Frame f)
    {
        PyObject[]? defs = null;
        if (defaults.Length > 0)
        {
            defs = new PyObject[defaults.Length];
            for (int i = 0; i < defs.Length; i++)
                defs[i] = defaults[i].Eval(f);
        }
        PyDict? kwd = null;
        if (kwDefaults.Length > 0)
        {
            kwd = new PyDict();
            foreach (var (n, e) in kwDefaults)
                kwd.SetStr(n, e.Eval(f));
        }
        PyDict? ann = null;
        if (annotations != null)
        {
            ann = new PyDict();
            foreach (var (n, e) in annotations)
                ann.SetStr(n, e.Eval(f));
        }
        PyCell[]? closure = null;
        if (closureSlots.Length > 0)
        {
            closure = new PyCell[closureSlots.Length];
            for (int i = 0; i < closure.Length; i++)
                closure[i] = (PyCell)f.Slots[closureSlots[i]]!;
        }
        var fn = new PyFunction(code, f.Globals, f.Interp, defs, kwd, closure)
        {
            Annotations = ann,
            Doc = code.Doc,
        };
        return fn;
    }
}

/// <summary>Applies decorators bottom-up to the value of a def or class.</summary>
internal sealed class DecorateExpr(Expr[] decorators, Expr inner) : Expr
{
    public override PyObject Eval(Frame f)
    {
        var decs = new PyObject[decorators.Length];
        for (int i = 0; i < decs.Length; i++)
            decs[i] = decorators[i].Eval(f);
        var v = inner.Eval(f);
        for (int i = decs.Length - 1; i >= 0; i--)
            v = Ops.Call(decs[i], v);
        return v;
    }
}

/// <summary>A class statement: bases and keywords, <c>__prepare__</c>, the body, then the metaclass call.</summary>
internal sealed class MakeClassExpr(PyCode body, string name, CallArg[] bases, int[] closureSlots, int classCellSlot) : Expr
{
    public override PyObject Eval(Frame f)
    {
        var baseList = new List<PyObject>();
        var kwNames = new List<string>();
        var kwVals = new List<PyObject>();
        foreach (var a in bases)
        {
            switch (a.Kind)
            {
                case CallArg.Positional:
                    baseList.Add(a.Value.Eval(f));
                    break;
                case CallArg.Star:
                    var it = Ops.GetIter(a.Value.Eval(f));
                    while (Ops.Next(it) is { } x)
                        baseList.Add(x);
                    break;
                case CallArg.Keyword:
                    kwNames.Add(a.Name!);
                    kwVals.Add(a.Value.Eval(f));
                    break;
                default:
                    CallStarExpr.MergeMapping(BuiltinTypes.TypeType, a.Value.Eval(f), kwNames, kwVals);
                    break;
            }
        }
        PyCell[]? closure = null;
        if (closureSlots.Length > 0)
        {
            closure = new PyCell[closureSlots.Length];
            for (int i = 0; i < closure.Length; i++)
                closure[i] = (PyCell)f.Slots[closureSlots[i]]!;
        }
        return ClassBuilder.Build(f, body, name, baseList, kwNames, kwVals, closure, classCellSlot);
    }
}

/// <summary>Binds call arguments to a function's parameter slots, with CPython's error messages.</summary>
internal static class ArgBinder
{
    public static void Bind(PyFunction fn, PyObject?[] locals, ReadOnlySpan<PyObject> args, string[]? kwNames)
    {
        var code = fn.Code;
        int nkw = kwNames?.Length ?? 0;
        int npos = args.Length - nkw;
        int argc = code.ArgCount;
        int kwonly = code.KwOnlyCount;
        int total = argc + kwonly;
        int n = Math.Min(npos, argc);
        for (int i = 0; i < n; i++)
            locals[i] = args[i];
        int varArgsSlot = code.HasVarArgs ? total : -1;
        int varKwSlot = code.HasVarKeywords ? total + (code.HasVarArgs ? 1 : 0) : -1;
        if (npos > argc)
        {
            if (varArgsSlot >= 0)
                locals[varArgsSlot] = new PyTuple(args[argc..npos].ToArray());
        }
        else if (varArgsSlot >= 0)
        {
            locals[varArgsSlot] = PyTuple.Empty;
        }
        PyDict? kwDict = null;
        if (varKwSlot >= 0)
        {
            kwDict = new PyDict();
            locals[varKwSlot] = kwDict;
        }
        // Keywords are matched before the positional count is checked, as CPython does: f(1, 2, 3, b=2) on
        // def f(a, b=1) reports the repeated 'b' first.
        for (int k = 0; k < nkw; k++)
        {
            string name = kwNames![k];
            var value = args[npos + k];
            int idx = -1;
            for (int j = code.PosOnlyCount; j < total; j++)
            {
                if (code.SlotNames[j] == name)
                {
                    idx = j;
                    break;
                }
            }
            if (idx < 0)
            {
                if (kwDict != null)
                {
                    kwDict.SetStr(name, value);
                    continue;
                }
                // The first keyword that matches nothing: positional-only names given as keywords are reported
                // (all of them) in preference to the unknown name.
                List<string>? posOnlyAsKw = null;
                foreach (var kn in kwNames)
                {
                    for (int j = 0; j < code.PosOnlyCount; j++)
                    {
                        if (code.SlotNames[j] == kn)
                            (posOnlyAsKw ??= []).Add(kn);
                    }
                }
                if (posOnlyAsKw != null)
                    throw Err.Type($"{fn.QualName}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", posOnlyAsKw)}'");
                throw Err.Type($"{fn.QualName}() got an unexpected keyword argument '{name}'");
            }
            if (locals[idx] != null)
                throw Err.Type($"{fn.QualName}() got multiple values for argument '{name}'");
            locals[idx] = value;
        }
        if (npos > argc && varArgsSlot < 0)
            throw TooManyPositional(fn, npos, kwNames);
        // Defaults fill the trailing positional parameters.
        var defs = fn.Defaults;
        int ndef = defs?.Length ?? 0;
        List<string>? missing = null;
        for (int i = npos; i < argc; i++)
        {
            if (locals[i] != null)
                continue;
            int d = i - (argc - ndef);
            if (d >= 0)
                locals[i] = defs![d];
            else
                (missing ??= []).Add(code.SlotNames[i]);
        }
        if (missing != null)
            throw Missing(fn, missing, "positional");
        for (int i = argc; i < total; i++)
        {
            if (locals[i] != null)
                continue;
            var kd = fn.KwDefaults?.GetItem(PyStr.Intern(code.SlotNames[i]));
            if (kd != null)
                locals[i] = kd;
            else
                (missing ??= []).Add(code.SlotNames[i]);
        }
        if (missing != null)
            throw Missing(fn, missing, "keyword-only");
    }

    private static PyException Missing(PyFunction fn, List<string> names, string kind)
    {
        string list;
        if (names.Count == 1)
            list = $"'{names[0]}'";
        else if (names.Count == 2)
            list = $"'{names[0]}' and '{names[1]}'";
        else
            list = string.Join(", ", names.GetRange(0, names.Count - 1).ConvertAll(x => $"'{x}'")) + $", and '{names[^1]}'";
        string s = names.Count == 1 ? "" : "s";
        return Err.Type($"{fn.QualName}() missing {names.Count} required {kind} argument{s}: {list}");
    }

    private static PyException TooManyPositional(PyFunction fn, int given, string[]? kwNames)
    {
        var code = fn.Code;
        int argc = code.ArgCount;
        int ndef = fn.Defaults?.Length ?? 0;
        string takes = ndef > 0 ? $"from {argc - ndef} to {argc}" : argc.ToString(System.Globalization.CultureInfo.InvariantCulture);
        int kwGiven = 0;
        if (kwNames != null)
        {
            for (int j = argc; j < argc + code.KwOnlyCount; j++)
            {
                if (Array.IndexOf(kwNames, code.SlotNames[j]) >= 0)
                    kwGiven++;
            }
        }
        string s = argc == 1 && ndef == 0 ? "" : "s";
        string given1 = given == 1 ? "was" : "were";
        if (kwGiven > 0)
        {
            string ks = kwGiven == 1 ? "" : "s";
            return Err.Type($"{fn.QualName}() takes {takes} positional argument{s} but {given} positional argument{(given == 1 ? "" : "s")} (and {kwGiven} keyword-only argument{ks}) were given");
        }
        return Err.Type($"{fn.QualName}() takes {takes} positional argument{s} but {given} {given1} given");
    }
}
