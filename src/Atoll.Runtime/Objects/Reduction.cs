using System;

namespace Atoll.Runtime.Objects;

/// <summary>
/// Rebuilding an object from its reduction (pickle's protocol 2+), shared by the unpickler and the cross-interpreter
/// copier so both give an object the same state the same way.
/// </summary>
internal static class Reduction
{
    /// <summary>pickle's BUILD: <c>__setstate__(state)</c> when the object has one, else a dict merged into its
    /// <c>__dict__</c>, or a pair (dict or None, slot values) whose second part is set with setattr.
    /// <paramref name="notADict"/> makes the error for a state (or slot state) that is not a dict.</summary>
    public static void ApplyState(PyObject obj, PyObject state, Func<string, PyObject, PyException> notADict)
    {
        if (Ops.GetAttrOrNull(obj, "__setstate__") is { } setState)
        {
            Ops.Call(setState, state);
            return;
        }
        PyObject? slotState = null;
        if (state is PyTuple { Count: 2 } pair)
        {
            state = pair.Items[0];
            slotState = pair.Items[1];
        }
        if (state != PyNone.Instance)
        {
            if (state is not PyDict sd)
                throw notADict("state is not a dictionary", state);
            var dict = Ops.GetAttr(obj, "__dict__");
            int pos = 0;
            while (sd.Next(ref pos, out var k, out var v))
                Ops.SetItem(dict, k is PyStr ks && k.GetType() == typeof(PyStr) ? PyStr.Intern(ks.Value) : k, v);
        }
        if (slotState != null && slotState != PyNone.Instance)
        {
            if (slotState is not PyDict ss)
                throw notADict("slot state is not a dictionary", slotState);
            int pos = 0;
            while (ss.Next(ref pos, out var k, out var v))
            {
                var name = k as PyStr ?? throw Err.Type($"attribute name must be string, not '{Ops.TypeName(k)}'");
                Ops.SetAttr(obj, name, v);
            }
        }
    }

    /// <summary>pickle's APPENDS: straight into an exact list, else through <c>extend</c>, else <c>append</c> one by one.</summary>
    public static void AppendItems(PyObject target, PyObject[] items)
    {
        if (target.GetType() == typeof(PyList))
        {
            var list = (PyList)target;
            foreach (var item in items)
                list.Append(item);
            return;
        }
        if (Ops.GetAttrOrNull(target, "extend") is { } extend)
        {
            Ops.Call(extend, new PyList(items, items.Length));
            return;
        }
        var append = Ops.GetAttr(target, "append");
        foreach (var item in items)
            Ops.Call(append, item);
    }

    /// <summary><c>cls.__new__(cls, *args, **kwargs)</c>: copyreg's <c>__newobj__</c> / <c>__newobj_ex__</c>.</summary>
    public static PyObject CallNew(PyObject cls, PyObject[] args, PyDict? kwargs)
    {
        var all = new PyObject[args.Length + 1];
        all[0] = cls;
        args.CopyTo(all, 1);
        return Ops.CallWithDict(Ops.GetAttr(cls, "__new__"), all, kwargs is { Count: > 0 } ? kwargs : null);
    }
}
