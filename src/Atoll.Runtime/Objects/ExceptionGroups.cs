using System;
using System.Collections.Generic;

namespace Atoll.Runtime.Objects;

/// <summary>ExceptionGroup operations: split, subgroup, and the re-raise rules of <c>except*</c> (PEP 654).</summary>
internal static class ExceptionGroups
{
    /// <summary><c>eg.exceptions</c>: a tuple fixed at construction (<c>args</c> may be changed afterwards).</summary>
    public static PyTuple Exceptions(PyBaseException eg) => eg.GetField("exceptions") as PyTuple ?? PyTuple.Empty;

    /// <summary><c>eg.message</c>.</summary>
    public static PyStr MessageObject(PyBaseException eg) => eg.GetField("message") as PyStr ?? PyStr.Empty;

    public static string Message(PyBaseException eg) => MessageObject(eg).Value;

    /// <summary>A naked exception caught by except* is wrapped in a group with empty message.</summary>
    public static PyBaseException Wrap(PyBaseException exc)
    {
        var type = exc.Type.IsSubtypeOf(BuiltinTypes.Exception) ? BuiltinTypes.ExceptionGroup : BuiltinTypes.BaseExceptionGroup;
        return Make(type, PyStr.Empty, [exc], asList: false);
    }

    /// <summary>A group made by the runtime; <c>args[1]</c> is a list when the group comes from <c>derive</c>, as in CPython.</summary>
    public static PyBaseException Make(PyType type, PyStr message, PyObject[] excs, bool asList)
    {
        var tuple = new PyTuple(excs);
        var eg = new PyBaseException(type) { Args = PyTuple.Of(message, asList ? new PyList([.. excs], excs.Length) : tuple) };
        eg.SetField("message", message);
        eg.SetField("exceptions", tuple);
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
            r = Make(AllExceptions(excs) ? BuiltinTypes.ExceptionGroup : BuiltinTypes.BaseExceptionGroup, MessageObject(eg), [.. excs], asList: true);
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

    /// <summary>What an except* statement re-raises: the unhandled rest plus exceptions raised by handlers. Exceptions
    /// re-raised unchanged (<c>raise</c>, <c>raise e</c>) keep their place in the original group's structure; new ones
    /// come first; a single result is raised as it is, several are wrapped in a new group.</summary>
    public static PyBaseException? Combine(PyBaseException original, bool naked, PyBaseException? rest, List<PyBaseException> raised)
    {
        if (raised.Count == 0)
        {
            if (rest == null)
                return null;
            return naked ? original : rest;
        }
        if (naked)
            return raised[0]; // only one clause can have run for a naked exception
        var reraisedLeaves = new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance);
        var newOnes = new List<PyObject>();
        var originalLeaves = new HashSet<PyBaseException>(Leaves(original), ReferenceEqualityComparer.Instance);
        foreach (var r in raised)
        {
            var leaves = Leaves(r);
            if (leaves.TrueForAll(originalLeaves.Contains))
            {
                foreach (var l in leaves)
                    reraisedLeaves.Add(l);
            }
            else
            {
                newOnes.Add(r);
            }
        }
        if (rest != null)
        {
            foreach (var l in Leaves(rest))
                reraisedLeaves.Add(l);
        }
        if (reraisedLeaves.Count > 0)
        {
            var (keep, _) = Split(original, x => !x.Type.IsSubtypeOf(BuiltinTypes.BaseExceptionGroup) && reraisedLeaves.Contains(x));
            if (keep != null)
                newOnes.Add(keep);
        }
        if (newOnes.Count == 1)
            return (PyBaseException)newOnes[0];
        bool allExc = newOnes.TrueForAll(x => x.Type.IsSubtypeOf(BuiltinTypes.Exception));
        return Make(allExc ? BuiltinTypes.ExceptionGroup : BuiltinTypes.BaseExceptionGroup, PyStr.Empty, [.. newOnes], asList: true);
    }
}
