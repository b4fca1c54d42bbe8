using System;
using System.Runtime.CompilerServices;

namespace Atoll.Runtime.Objects;

public static partial class Ops
{
    /// <summary>Calls <paramref name="callee"/> with positional arguments then keyword values named by <paramref name="kwNames"/>.</summary>
    public static PyObject Call(PyObject callee, ReadOnlySpan<PyObject> args, string[]? kwNames)
    {
        switch (callee)
        {
            case PyFunction f:
                return f.Call(args, kwNames);
            case PyBuiltinFunction b:
                return b.Call(args, kwNames);
            case PyMethod m:
                return CallWithSelf(m.Function, m.Self, args, kwNames);
            case PyType t:
                return CallType(t, args, kwNames);
        }
        var call = callee.Type.Lookup("__call__") ?? throw Err.Type($"'{TypeName(callee)}' object is not callable");
        return CallSpecialMethod(call, callee, args, kwNames);
    }

    /// <summary>Calls as <see cref="Call(PyObject, ReadOnlySpan{PyObject}, string[])"/>, but a Python function (plain or bound)
    /// that raised without throwing returns null with its exception in <see cref="ThreadState.Raised"/> (for call nodes).</summary>
    internal static PyObject? CallOrRaise(PyObject callee, ReadOnlySpan<PyObject> args, string[]? kwNames)
    {
        if (callee is PyFunction f)
            return f.CallOrRaise(args, kwNames);
        if (callee is PyMethod { Function: PyFunction mf } m)
            return mf.CallWithSelfOrRaise(m.Self, args, kwNames);
        return Call(callee, args, kwNames);
    }

    /// <summary>Calls a special method found on <c>type(self)</c>: functions get <paramref name="self"/> prepended, any
    /// other class attribute is bound through its <c>__get__</c> first (a property named <c>__call__</c>, say).</summary>
    public static PyObject CallSpecialMethod(PyObject descr, PyObject self, ReadOnlySpan<PyObject> args, string[]? kwNames)
    {
        if (descr is PyFunction or PyBuiltinFunction { Self: null, IsStatic: false, IsClassMethod: false, Owner: not null })
            return CallWithSelf(descr, self, args, kwNames);
        return Call(DescriptorGet(descr, self, self.Type), args, kwNames);
    }

    /// <summary>Calls with positional arguments and keyword arguments from a dict (<c>f(*args, **kwargs)</c>).</summary>
    public static PyObject CallWithDict(PyObject callee, ReadOnlySpan<PyObject> args, PyDict? kwargs)
    {
        if (kwargs == null || kwargs.Count == 0)
            return Call(callee, args, null);
        var all = new PyObject[args.Length + kwargs.Count];
        args.CopyTo(all);
        var names = new string[kwargs.Count];
        int i = 0;
        foreach (var (k, v) in kwargs.Items())
        {
            names[i] = k is PyStr ks ? ks.Value : throw Err.Type("keywords must be strings");
            all[args.Length + i++] = v;
        }
        return Call(callee, all, names);
    }

    /// <summary>Calls with no arguments.</summary>
    public static PyObject Call(PyObject callee)
    {
        if (callee is PyFunction f)
            return f.Call0();
        return Call(callee, ReadOnlySpan<PyObject>.Empty, null);
    }

    /// <summary>Calls with one argument.</summary>
    public static PyObject Call(PyObject callee, PyObject a)
    {
        switch (callee)
        {
            case PyFunction f:
                return f.Call1(a);
            case PyBuiltinFunction { Self: null, Owner: null, Kind: NativeKind.Fn1 } b:
                return b.F1!(a);
            case PyMethod { Function: PyFunction mf } m:
                return mf.Call2(m.Self, a);
        }
        return Call(callee, [a], null);
    }

    /// <summary>Calls with two arguments.</summary>
    public static PyObject Call(PyObject callee, PyObject a, PyObject b)
    {
        switch (callee)
        {
            case PyFunction f:
                return f.Call2(a, b);
            case PyBuiltinFunction { Self: null, Owner: null, Kind: NativeKind.Fn2 } bf:
                return bf.F2!(a, b);
        }
        return Call(callee, [a, b], null);
    }

    /// <summary>Calls <paramref name="function"/> with <paramref name="self"/> prepended to the arguments.</summary>
    public static PyObject CallWithSelf(PyObject function, PyObject self, ReadOnlySpan<PyObject> args, string[]? kwNames)
    {
        if (function is PyFunction f)
            return f.CallWithSelfOrRaise(self, args, kwNames) ?? throw f.Interp.CurrentThread.TakeRaised();
        if (function is PyBuiltinFunction { Self: null, IsStatic: false, IsClassMethod: false, Owner: not null } bf)
        {
            if (kwNames == null)
            {
                switch (args.Length)
                {
                    case 0 when bf.Kind == NativeKind.Fn1: return bf.F1!(self);
                    case 1 when bf.Kind == NativeKind.Fn2: return bf.F2!(self, args[0]);
                    case 2 when bf.Kind == NativeKind.Fn3: return bf.F3!(self, args[0], args[1]);
                }
            }
        }
        if (args.Length <= 3)
        {
            var buf = default(Nodes.ArgBuffer4);
            buf[0] = self;
            for (int i = 0; i < args.Length; i++)
                buf[i + 1] = args[i];
            ReadOnlySpan<PyObject> span = buf;
            span = span[..(args.Length + 1)];
            if (function is PyBuiltinFunction { Self: null } ub1 && !ub1.IsStatic && !ub1.IsClassMethod)
                return ub1.CallUnbound(span, kwNames);
            return Call(function, span, kwNames);
        }
        var full = new PyObject[args.Length + 1];
        full[0] = self;
        args.CopyTo(full.AsSpan(1));
        if (function is PyBuiltinFunction { Self: null } ub && !ub.IsStatic && !ub.IsClassMethod)
            return ub.CallUnbound(full, kwNames);
        return Call(function, full, kwNames);
    }

    /// <summary>Calls a method found on <c>type(self)</c> (an unbound class attribute) on <paramref name="self"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject CallMethod(PyObject self, PyObject descr)
    {
        if (descr is PyFunction f)
            return f.Call1(self);
        return CallMethodSlow(self, descr, []);
    }

    /// <summary>Calls a method found on <c>type(self)</c> with one argument.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject CallMethod(PyObject self, PyObject descr, PyObject a)
    {
        if (descr is PyFunction f)
            return f.Call2(self, a);
        return CallMethodSlow(self, descr, [a]);
    }

    /// <summary>Calls a method found on <c>type(self)</c> with two arguments.</summary>
    public static PyObject CallMethod(PyObject self, PyObject descr, PyObject a, PyObject b)
    {
        if (descr is PyFunction f)
            return f.Call3(self, a, b);
        return CallMethodSlow(self, descr, [a, b]);
    }

    private static PyObject CallMethodSlow(PyObject self, PyObject descr, ReadOnlySpan<PyObject> args)
    {
        if (descr is PyBuiltinFunction { Self: null, IsStatic: false, IsClassMethod: false, Owner: not null })
            return CallWithSelf(descr, self, args, null);
        var bound = DescriptorGet(descr, self, self.Type);
        return Call(bound, args, null);
    }

    /// <summary>Calls a special method by name on an object's type; null when the type lacks it.</summary>
    public static PyObject? CallSpecial(PyObject self, string name)
    {
        var f = self.Type.Lookup(name);
        return f == null ? null : CallMethod(self, f);
    }

    /// <summary>Calls a special method by name with one argument; null when the type lacks it.</summary>
    public static PyObject? CallSpecial(PyObject self, string name, PyObject a)
    {
        var f = self.Type.Lookup(name);
        return f == null ? null : CallMethod(self, f, a);
    }

    /// <summary>Calls a class: <c>__new__</c> then <c>__init__</c> (or the metaclass's <c>__call__</c>).</summary>
    public static PyObject CallType(PyType t, ReadOnlySpan<PyObject> args, string[]? kwNames)
    {
        if (kwNames == null && args.Length == 1 && t.IsBuiltin)
        {
            // The everyday conversions skip the generic __new__/__init__ protocol.
            var x = args[0];
            if (t == BuiltinTypes.List)
                return ListOps.FromIterable(x);
            if (t == BuiltinTypes.Str)
                return StrObject(x);
            if (t == BuiltinTypes.Tuple)
                return x.GetType() == typeof(PyTuple) ? x : PyTuple.Of(x is PyList xl ? xl.ToArray() : ListOps.FromIterable(x).ToArray());
            if (t == BuiltinTypes.Int && (x.GetType() == typeof(PyInt) || x.GetType() == typeof(PyFloat) || x.GetType() == typeof(PyStr)))
                return BuiltinTypes.ToInt(x);
            if (t == BuiltinTypes.Float && (x.GetType() == typeof(PyFloat) || x.GetType() == typeof(PyInt) || x.GetType() == typeof(PyStr)))
                return new PyFloat(BuiltinTypes.ToDouble(x));
            if (t == BuiltinTypes.Bool)
                return PyBool.From(IsTrue(x));
        }
        if (t == BuiltinTypes.TypeType && args.Length == 1 && kwNames == null)
            return args[0].Type;
        var meta = t.Type;
        if (meta != BuiltinTypes.TypeType)
        {
            var callOverride = meta.Lookup("__call__");
            if (callOverride != null && callOverride != BuiltinTypes.TypeCall)
                return CallSpecialMethod(callOverride, t, args, kwNames);
        }
        return TypeCallDefault(t, args, kwNames);
    }

    /// <summary><c>type.__call__</c>.</summary>
    internal static PyObject TypeCallDefault(PyType t, ReadOnlySpan<PyObject> args, string[]? kwNames)
    {
        if (!t.IsBuiltin && t.Layout == BuiltinTypes.Object)
        {
            // A plain class with its own __init__ and object's __new__: make the instance directly.
            var n = t.LookupSlot(PyType.SlotNew, "__new__");
            var i = t.LookupSlot(PyType.SlotInit, "__init__");
            if (n == BuiltinTypes.ObjectNew && i is PyFunction)
            {
                var inst = new PyInstance(t);
                if (t.HasDel)
                    ThreadState.Current.Interp.RegisterFinalizer(inst);
                var r = CallWithSelf(i, inst, args, kwNames);
                if (r != PyNone.Instance)
                    throw Err.Type($"__init__() should return None, not '{TypeName(r)}'");
                return inst;
            }
        }
        var newFn = t.LookupSlot(PyType.SlotNew, "__new__") ?? throw Err.Type($"cannot create '{t.Name}' instances");
        PyObject obj;
        if (newFn is not (PyFunction or PyBuiltinFunction))
            newFn = DescriptorGet(newFn, null, t); // staticmethod (the usual wrapper), or any other descriptor
        obj = CallWithSelf(newFn, t, args, kwNames);
        if (!obj.Type.IsSubtypeOf(t))
            return obj;
        if (t == BuiltinTypes.TypeType && args.Length == 1)
            return obj;
        var init = obj.Type.LookupSlot(PyType.SlotInit, "__init__");
        if (init != null && init != BuiltinTypes.ObjectInit)
        {
            var r = CallSpecialMethod(init, obj, args, kwNames);
            if (r != PyNone.Instance)
                throw Err.Type($"__init__() should return None, not '{TypeName(r)}'");
        }
        return obj;
    }

    /// <summary>True when <c>callable(o)</c>.</summary>
    public static bool IsCallable(PyObject o) => o is PyFunction or PyBuiltinFunction or PyMethod or PyType || o.Type.Lookup("__call__") != null;
}
