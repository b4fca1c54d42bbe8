using System.Collections.Generic;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Nodes;

/// <summary>A compiled pattern (docs.python.org/3/reference/compound_stmts.html#patterns). Captures are collected
/// and bound only when the whole pattern matches.</summary>
internal abstract class Pattern
{
    public abstract bool Match(Frame f, PyObject subject, List<(Target, PyObject)> captures);
}

internal sealed class ValuePattern(Expr value) : Pattern
{
    public override bool Match(Frame f, PyObject subject, List<(Target, PyObject)> captures) => Ops.CompareBool(subject, value.Eval(f), CompareOp.Eq);
}

internal sealed class SingletonPattern(PyObject value) : Pattern
{
    public override bool Match(Frame f, PyObject subject, List<(Target, PyObject)> captures) => ReferenceEquals(subject, value);
}

internal sealed class AsPattern(Pattern? pattern, Target? target) : Pattern
{
    public override bool Match(Frame f, PyObject subject, List<(Target, PyObject)> captures)
    {
        if (pattern != null && !pattern.Match(f, subject, captures))
            return false;
        if (target != null)
            captures.Add((target, subject));
        return true;
    }
}

internal sealed class OrPattern(Pattern[] alternatives) : Pattern
{
    public override bool Match(Frame f, PyObject subject, List<(Target, PyObject)> captures)
    {
        foreach (var p in alternatives)
        {
            int mark = captures.Count;
            if (p.Match(f, subject, captures))
                return true;
            captures.RemoveRange(mark, captures.Count - mark);
        }
        return false;
    }
}

internal sealed class SequencePattern(Pattern[] items, int starIndex, Target? starTarget) : Pattern
{
    public static bool IsSequence(PyObject o) => o is PyList or PyTuple or PyRange or PyMemoryView || (o.GetType() != typeof(PyStr) && o is not PyStr && o is not PyBytes && o is not PyByteArray && MatchHelpers.HasAbcFlag(o, "__abc_sequence__"));

    public override bool Match(Frame f, PyObject subject, List<(Target, PyObject)> captures)
    {
        if (!IsSequence(subject))
            return false;
        PyObject[] values;
        if (subject is PyTuple t)
            values = t.Items;
        else if (subject is PyList l)
            values = l.ToArray();
        else
        {
            var list = new List<PyObject>();
            var it = Ops.GetIter(subject);
            while (Ops.Next(it) is { } x)
                list.Add(x);
            values = [.. list];
        }
        int n = values.Length;
        if (starIndex < 0)
        {
            if (n != items.Length)
                return false;
            for (int i = 0; i < n; i++)
            {
                if (!items[i].Match(f, values[i], captures))
                    return false;
            }
            return true;
        }
        int before = starIndex, after = items.Length - starIndex - 1;
        if (n < before + after)
            return false;
        for (int i = 0; i < before; i++)
        {
            if (!items[i].Match(f, values[i], captures))
                return false;
        }
        for (int i = 0; i < after; i++)
        {
            if (!items[starIndex + 1 + i].Match(f, values[n - after + i], captures))
                return false;
        }
        if (starTarget != null)
        {
            var rest = new PyObject[n - before - after];
            System.Array.Copy(values, before, rest, 0, rest.Length);
            captures.Add((starTarget, new PyList(rest, rest.Length)));
        }
        return true;
    }
}

internal sealed class MappingPattern(Expr[] keys, Pattern[] values, Target? rest) : Pattern
{
    public override bool Match(Frame f, PyObject subject, List<(Target, PyObject)> captures)
    {
        if (subject is not PyDict && !MatchHelpers.HasAbcFlag(subject, "__abc_mapping__"))
            return false;
        var keyVals = new PyObject[keys.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            keyVals[i] = keys[i].Eval(f);
            for (int j = 0; j < i; j++)
            {
                if (Ops.Eq(keyVals[j], keyVals[i]))
                    throw Err.Value($"mapping pattern checks duplicate key ({Ops.Repr(keyVals[i])})");
            }
        }
        var getFn = Ops.GetAttr(subject, "get");
        var dummy = new PyInstance(BuiltinTypes.Object);
        for (int i = 0; i < keys.Length; i++)
        {
            var v = Ops.Call(getFn, [keyVals[i], dummy], null);
            if (v == dummy)
                return false;
            if (!values[i].Match(f, v, captures))
                return false;
        }
        if (rest != null)
        {
            var d = new PyDict();
            DictOps.Update(d, subject, "");
            foreach (var k in keyVals)
                d.Remove(k);
            captures.Add((rest, d));
        }
        return true;
    }
}

internal sealed class ClassPattern(Expr cls, Pattern[] positional, string[] kwNames, Pattern[] kwPatterns) : Pattern
{
    private static bool MatchesSelf(PyType t) => t == BuiltinTypes.Bool || t == BuiltinTypes.ByteArray || t == BuiltinTypes.Bytes || t == BuiltinTypes.Dict
        || t == BuiltinTypes.Float || t == BuiltinTypes.FrozenSet || t == BuiltinTypes.Int || t == BuiltinTypes.List || t == BuiltinTypes.Set
        || t == BuiltinTypes.Str || t == BuiltinTypes.Tuple;

    public override bool Match(Frame f, PyObject subject, List<(Target, PyObject)> captures)
    {
        var c = cls.Eval(f);
        if (c is not PyType type)
            throw Err.Type("called match pattern must be a class");
        if (!Builtins.BuiltinFunctions.IsInstance(subject, type))
            return false;
        var seen = new List<string>();
        if (positional.Length > 0)
        {
            var ma = Ops.GetAttrOrNull(type, "__match_args__");
            if (ma == null)
            {
                if (MatchesSelfInMro(type))
                {
                    if (positional.Length > 1)
                        throw Err.Type($"{type.Name}() accepts 1 positional sub-pattern ({positional.Length} given)");
                    if (!positional[0].Match(f, subject, captures))
                        return false;
                }
                else
                {
                    throw Err.Type($"{type.Name}() accepts 0 positional sub-patterns ({positional.Length} given)");
                }
            }
            else
            {
                if (ma is not PyTuple mt)
                    throw Err.Type($"{type.Name}.__match_args__ must be a tuple (got {Ops.TypeName(ma)})");
                if (positional.Length > mt.Count)
                    throw Err.Type($"{type.Name}() accepts {mt.Count} positional sub-pattern{(mt.Count == 1 ? "" : "s")} ({positional.Length} given)");
                for (int i = 0; i < positional.Length; i++)
                {
                    if (mt.Items[i] is not PyStr name)
                        throw Err.Type($"__match_args__ elements must be strings (got {Ops.TypeName(mt.Items[i])})");
                    if (seen.Contains(name.Value))
                        throw Err.Type($"{type.Name}() got multiple sub-patterns for attribute '{name.Value}'");
                    seen.Add(name.Value);
                    var v = Ops.GetAttrOrNull(subject, name, throwError: false);
                    if (v == null || !positional[i].Match(f, v, captures))
                        return false;
                }
            }
        }
        for (int i = 0; i < kwNames.Length; i++)
        {
            if (seen.Contains(kwNames[i]))
                throw Err.Type($"{type.Name}() got multiple sub-patterns for attribute '{kwNames[i]}'");
            seen.Add(kwNames[i]);
            var v = Ops.GetAttrOrNull(subject, PyStr.Intern(kwNames[i]), throwError: false);
            if (v == null || !kwPatterns[i].Match(f, v, captures))
                return false;
        }
        return true;
    }

    private static bool MatchesSelfInMro(PyType t)
    {
        foreach (var b in t.Mro)
        {
            if (b.IsBuiltin && MatchesSelf(b))
                return true;
        }
        return false;
    }
}

internal static class MatchHelpers
{
    public static bool HasAbcFlag(PyObject o, string flag)
    {
        foreach (var t in o.Type.Mro)
        {
            if (!t.IsBuiltin && t.Dict.TryGetStr(flag, out var v) && Ops.IsTrue(v))
                return true;
        }
        return false;
    }
}

/// <summary>One <c>case</c>.</summary>
internal sealed class MatchCaseNode(Pattern pattern, Expr? guard, Stmt body, int line)
{
    public readonly Pattern Pattern = pattern;
    public readonly Expr? Guard = guard;
    public readonly Stmt Body = body;
    public readonly int Line = line;
}

internal sealed class MatchStmt(Expr subject, MatchCaseNode[] cases) : Stmt
{
    public override Flow Exec(Frame f)
    {
        var s = subject.Eval(f);
        var captures = new List<(Target, PyObject)>();
        foreach (var c in cases)
        {
            f.Line = c.Line;
            captures.Clear();
            if (!c.Pattern.Match(f, s, captures))
                continue;
            foreach (var (t, v) in captures)
                t.Assign(f, v);
            if (c.Guard != null && !c.Guard.EvalBool(f))
                continue;
            return c.Body.Exec(f);
        }
        return Flow.Normal;
    }
}
