using System;
using System.Collections.Generic;

namespace Atoll.Runtime.Objects;

/// <summary>ExceptionGroup operations: split, subgroup, and the re-raise rules of <c>except*</c> (PEP 654).</summary>
internal static class ExceptionGroups
{
    public static PyTuple Exceptions(PyBaseException eg) => eg.Args.Count > 1 && eg.Args.Items[1] is PyTuple t ? t : (PyTuple)eg.GetField("exceptions");

    public static string Message(PyBaseException eg) => eg.Args.Count > 0 && eg.Args.Items[0] is PyStr s ? s.Value : "";

    /// <summary>A naked exception caught by except* is wrapped in a group with empty message.</summary>
    public static PyBaseException Wrap(PyBaseException exc)
    {
        var type = exc.Type.IsSubtypeOf(BuiltinTypes.Exception) ? BuiltinTypes.ExceptionGroup : BuiltinTypes.BaseExceptionGroup;
        return Make(type, "", [exc]);
    }

    public static PyBaseException Make(PyType type, string message, PyObject[] excs)
    {
        var eg = new PyBaseException(type) { Args = PyTuple.Of(new PyStr(message), new PyTuple(excs)) };
        eg.SetField("exceptions", new PyTuple(excs));
        return eg;
    }

    public static void CheckStarSpec(PyObject spec)
    {
        bool IsGroupType(PyObject t) => t is PyType pt && pt.IsSubtypeOf(BuiltinTypes.BaseExceptionGroup);
        if (IsGroupType(spec) || (spec is PyTuple tu && Array.Exists(tu.Items, IsGroupType)))
            throw Err.Type("catching ExceptionGroup with except* is not allowed. Use except instead.");
    }

    /// <summary>Splits a group into the part whose leaves match and the rest (either may be null).</summary>
    public static (PyBaseException? Matched, PyBaseException? Remaining) Split(PyBaseException eg, Func<PyBaseException, bool> predicate)
    {
        if (predicate(eg))
            return (eg, null);
        if (!eg.Type.IsSubtypeOf(BuiltinTypes.BaseExceptionGroup))
            return (null, eg);
        var match = new List<PyObject>();
        var rest = new List<PyObject>();
        foreach (var item in Exceptions(eg).Items)
        {
            var (m, r) = Split((PyBaseException)item, predicate);
            if (m != null)
                match.Add(m);
            if (r != null)
                rest.Add(r);
        }
        return (match.Count == 0 ? null : Derive(eg, match), rest.Count == 0 ? null : Derive(eg, rest));
    }

    /// <summary><c>eg.derive(excs)</c> plus copying cause, context, traceback and notes, as split does.</summary>
    public static PyBaseException Derive(PyBaseException eg, List<PyObject> excs)
    {
        PyBaseException r;
        var derive = eg.Type.Lookup("derive");
        if (derive != null && derive is not PyBuiltinFunction)
            r = (PyBaseException)Ops.CallMethod(eg, derive, new PyList([.. excs], excs.Count));
        else
            r = Make(AllExceptions(excs) && eg.Type.IsSubtypeOf(BuiltinTypes.BaseExceptionGroup) && eg.Type == BuiltinTypes.BaseExceptionGroup ? BuiltinTypes.ExceptionGroup : (eg.Type.IsBuiltin ? eg.Type : (AllExceptions(excs) ? BuiltinTypes.ExceptionGroup : BuiltinTypes.BaseExceptionGroup)), Message(eg), [.. excs]);
        r.Cause = eg.Cause;
        r.Context = eg.Context;
        r.Traceback = eg.Traceback;
        if (eg.DictIfAny != null && eg.DictIfAny.TryGetStr("__notes__", out var notes))
            r.Dict.SetStr("__notes__", notes);
        return r;
    }

    private static bool AllExceptions(List<PyObject> excs) => excs.TrueForAll(x => x.Type.IsSubtypeOf(BuiltinTypes.Exception));

    public static List<PyBaseException> Leaves(PyBaseException e)
    {
        var list = new List<PyBaseException>();
        void Walk(PyBaseException x)
        {
            if (x.Type.IsSubtypeOf(BuiltinTypes.BaseExceptionGroup))
            {
                foreach (var i in Exceptions(x).Items)
                    Walk((PyBaseException)i);
            }
            else
            {
                list.Add(x);
            }
        }
        Walk(e);
        return list;
    }

    public static PyBaseException WithSameMeta(PyBaseException original, PyBaseException match) => match;

    /// <summary>What an except* statement re-raises: the unhandled rest plus exceptions raised by handlers.</summary>
    public static PyBaseException? Combine(PyBaseException original, bool naked, PyBaseException? rest, List<PyBaseException> raised)
    {
        if (raised.Count == 0)
        {
            if (rest == null)
                return null;
            return naked ? original : rest;
        }
        // Exceptions re-raised unchanged (raise / raise e) keep their place in the original group's structure.
        var reraisedLeaves = new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance);
        var newOnes = new List<PyObject>();
        var originalLeaves = new HashSet<PyBaseException>(Leaves(original), ReferenceEqualityComparer.Instance);
        foreach (var r in raised)
        {
            bool allOriginal = true;
            foreach (var l in Leaves(r))
            {
                if (!originalLeaves.Contains(l))
                    allOriginal = false;
            }
            if (allOriginal)
            {
                foreach (var l in Leaves(r))
                    reraisedLeaves.Add(l);
            }
            else
            {
                newOnes.Add(r);
            }
        }
        PyBaseException? keep = null;
        if (rest != null || reraisedLeaves.Count > 0)
        {
            var restLeaves = rest == null ? new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance) : new HashSet<PyBaseException>(Leaves(rest), ReferenceEqualityComparer.Instance);
            var (k, _) = Split(naked ? Wrap(original) : original, x => !x.Type.IsSubtypeOf(BuiltinTypes.BaseExceptionGroup) && (restLeaves.Contains(x) || reraisedLeaves.Contains(x)));
            keep = k;
            if (naked && keep != null)
                keep = original;
        }
        if (newOnes.Count == 0)
            return keep;
        if (keep != null)
            newOnes.Add(keep);
        var all = new List<PyObject>(newOnes);
        bool allExc = all.TrueForAll(x => x.Type.IsSubtypeOf(BuiltinTypes.Exception));
        return Make(allExc ? BuiltinTypes.ExceptionGroup : BuiltinTypes.BaseExceptionGroup, "", [.. all]);
    }
}
