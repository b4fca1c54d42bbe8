using System;
using System.Collections.Generic;
using System.Text;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Builtins;

/// <summary>The functions of the <c>builtins</c> module (docs.python.org/3/library/functions.html). They are defined
/// once per process; those that need the running interpreter find it through the current thread state.</summary>
internal static partial class BuiltinFunctions
{
    private static readonly (string Name, PyObject Value)[] Entries = MakeEntries();

    /// <summary>A fresh builtins namespace for a new interpreter.</summary>
    public static PyDict NewBuiltinsDict()
    {
        var d = new PyDict(Entries.Length + 8);
        foreach (var (n, v) in Entries)
            d.SetStr(n, v);
        return d;
    }

    private static (string, PyObject)[] MakeEntries()
    {
        var list = new List<(string, PyObject)>
        {
            ("None", PyNone.Instance),
            ("True", PyBool.True),
            ("False", PyBool.False),
            ("Ellipsis", PyEllipsis.Instance),
            ("NotImplemented", PyNotImplemented.Instance),
            ("__debug__", PyBool.True),
            ("__name__", new PyStr("builtins")),
            ("__doc__", new PyStr("Built-in functions, types, exceptions, and other objects.")),
        };
        foreach (var t in BuiltinTypes.Named)
            list.Add((t.Name, t));
        foreach (var t in BuiltinTypes.ExceptionTypes)
            list.Add((t.Name, t));
        list.Add(("EnvironmentError", BuiltinTypes.OSError));
        list.Add(("IOError", BuiltinTypes.OSError));
        void F(string name, NativeFunction f) => list.Add((name, PyBuiltinFunction.Create(name, f)));
        void F1(string name, Func<PyObject, PyObject> f) => list.Add((name, PyBuiltinFunction.Create(name, f)));
        void F2(string name, Func<PyObject, PyObject, PyObject> f) => list.Add((name, PyBuiltinFunction.Create(name, f)));
        F("print", Print);
        F1("len", o => PyInt.From(Ops.Len(o)));
        F1("repr", o => new PyStr(Ops.Repr(o)));
        F1("ascii", o => new PyStr(StrOps.Ascii(Ops.Repr(o))));
        F1("abs", Abs);
        F1("all", o =>
        {
            var it = Ops.GetIter(o);
            while (Ops.Next(it) is { } x)
            {
                if (!Ops.IsTrue(x))
                    return PyBool.False;
            }
            return PyBool.True;
        });
        F1("any", o =>
        {
            var it = Ops.GetIter(o);
            while (Ops.Next(it) is { } x)
            {
                if (Ops.IsTrue(x))
                    return PyBool.True;
            }
            return PyBool.False;
        });
        F1("bin", o => new PyStr(Numerics.IntText.Bin(Ops.Index(o).Big)));
        F1("oct", o => new PyStr(Numerics.IntText.Oct(Ops.Index(o).Big)));
        F1("hex", o => new PyStr(Numerics.IntText.Hex(Ops.Index(o).Big)));
        F1("callable", o => PyBool.From(Ops.IsCallable(o)));
        F1("chr", o =>
        {
            if (o is PyFloat)
                throw Err.Type("'float' object cannot be interpreted as an integer");
            var i = Ops.Index(o);
            if (i.IsBig || i.Value < 0 || i.Value > 0x10FFFF)
            {
                if (i.IsBig)
                    throw Err.Overflow("Python int too large to convert to C int");
                throw Err.Value("chr() arg not in range(0x110000)");
            }
            return PyStr.FromCodePoint((int)i.Value);
        });
        F1("ord", Ord);
        F("getattr", GetAttr);
        F2("hasattr", (o, n) => PyBool.From(Ops.HasAttr(o, AttrName(n, "hasattr"))));
        list.Add(("setattr", PyBuiltinFunction.Create("setattr", (o, n, v) =>
        {
            Ops.SetAttr(o, AttrName(n, "setattr"), v);
            return PyNone.Instance;
        })));
        F2("delattr", (o, n) =>
        {
            Ops.DelAttr(o, AttrName(n, "delattr"));
            return PyNone.Instance;
        });
        F("dir", Dir);
        F2("divmod", DivMod);
        F("format", (args, kw) =>
        {
            Args.NoKeywords("format", kw);
            Args.Count("format", args.Length, 1, 2);
            var spec = args.Length > 1 ? args[1] as PyStr ?? throw Err.Type($"format() argument 2 must be str, not {Ops.TypeName(args[1])}") : PyStr.Empty;
            return Ops.Format(args[0], spec);
        });
        F("globals", (args, kw) => ThreadState.Current.CurrentFrame!.Globals);
        F("locals", (args, kw) => Locals(ThreadState.Current.CurrentFrame!));
        F("vars", Vars);
        F1("hash", o => PyInt.From(Ops.Hash(o)));
        F1("id", o => PyInt.From(ThreadState.Current.Interp.IdOf(o)));
        F("input", Input);
        F2("isinstance", (o, c) => PyBool.From(IsInstanceSpec(o, c)));
        F2("issubclass", (c, spec) => PyBool.From(IsSubclassSpec(c, spec)));
        F("iter", Iter);
        F("next", Next);
        F1("aiter", o =>
        {
            var f = o.Type.Lookup("__aiter__") ?? throw Err.Type($"'{Ops.TypeName(o)}' object is not an async iterable");
            return Ops.CallMethod(o, f);
        });
        F("anext", ANext);
        F("max", (args, kw) => MinMax(args, kw, "max", CompareOp.Gt));
        F("min", (args, kw) => MinMax(args, kw, "min", CompareOp.Lt));
        F("sum", Sum);
        F("sorted", Sorted);
        F("pow", Pow);
        F("round", Round);
        F("eval", (args, kw) => Dynamic.Eval(args, kw));
        F("exec", (args, kw) => Dynamic.Exec(args, kw));
        F("compile", (args, kw) => Dynamic.Compile(args, kw));
        F("__import__", Import);
        F("exit", Exit);
        F("quit", Exit);
        F("breakpoint", (args, kw) => PyNone.Instance);
        foreach (var (_, v) in list)
        {
            if (v is PyBuiltinFunction { Owner: null } bf)
                bf.ModuleName = "builtins";
        }
        list.Add(("open", Modules.Io.IoModule.OpenFunction));
        return [.. list];
    }

    private static PyStr AttrName(PyObject n, string fname) => n as PyStr ?? throw Err.Type($"attribute name must be string, not '{Ops.TypeName(n)}'");

    private static PyObject Print(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        int npos = args.Length - (kw?.Length ?? 0);
        PyObject? sep = null, end = null, file = null, flush = null;
        for (int i = 0; i < (kw?.Length ?? 0); i++)
        {
            var v = args[npos + i];
            switch (kw![i])
            {
                case "sep": sep = v; break;
                case "end": end = v; break;
                case "file": file = v; break;
                case "flush": flush = v; break;
                default: throw Err.Type($"print() got an unexpected keyword argument '{kw[i]}'");
            }
        }
        if (sep != null && sep != PyNone.Instance && sep is not PyStr)
            throw Err.Type($"sep must be None or a string, not {Ops.TypeName(sep)}");
        if (end != null && end != PyNone.Instance && end is not PyStr)
            throw Err.Type($"end must be None or a string, not {Ops.TypeName(end)}");
        var interp = ThreadState.Current.Interp;
        if (file == null || file == PyNone.Instance)
            file = interp.Sys.Dict.GetStr(PyStr.Intern("stdout")) ?? PyNone.Instance;
        if (file == PyNone.Instance)
            return PyNone.Instance;
        string sepS = sep is PyStr ss ? ss.Value : " ";
        string endS = end is PyStr es ? es.Value : "\n";
        if (file is PyTextStream ts)
        {
            for (int i = 0; i < npos; i++)
            {
                if (i > 0)
                    ts.Write(sepS);
                ts.Write(Ops.Str(args[i]));
            }
            ts.Write(endS);
            if (flush != null && Ops.IsTrue(flush))
                ts.Flush();
            return PyNone.Instance;
        }
        var write = Ops.GetAttr(file, "write");
        var sb = new StringBuilder();
        for (int i = 0; i < npos; i++)
        {
            if (i > 0)
                Ops.Call(write, new PyStr(sepS));
            Ops.Call(write, Ops.StrObject(args[i]));
        }
        Ops.Call(write, new PyStr(endS));
        if (flush != null && Ops.IsTrue(flush))
            Ops.Call(Ops.GetAttr(file, "flush"));
        return PyNone.Instance;
    }

    private static PyObject Abs(PyObject o)
    {
        if (o is PyInt i)
            return IntOps.Abs(i);
        if (o.GetType() == typeof(PyFloat))
            return new PyFloat(Math.Abs(((PyFloat)o).Value));
        if (o is PyComplex c)
            return new PyFloat(ComplexAbs(c));
        var f = o.Type.Lookup("__abs__") ?? throw Err.Type($"bad operand type for abs(): '{Ops.TypeName(o)}'");
        return Ops.CallMethod(o, f);
    }

    internal static double ComplexAbs(PyComplex c) => ComplexOps.Abs(c.Real, c.Imag);

    private static PyObject Ord(PyObject o)
    {
        if (o is PyStr s)
        {
            if (s.Length != 1)
                throw Err.Type($"ord() expected a character, but string of length {s.Length} found");
            return PyInt.From(s.CodePointAt(0));
        }
        if (o is PyBytes b)
        {
            if (b.Value.Length != 1)
                throw Err.Type($"ord() expected a character, but string of length {b.Value.Length} found");
            return PyInt.From(b.Value[0]);
        }
        if (o is PyByteArray ba)
        {
            if (ba._count != 1)
                throw Err.Type($"ord() expected a character, but string of length {ba._count} found");
            return PyInt.From(ba._items[0]);
        }
        throw Err.Type($"ord() expected string of length 1, but {Ops.TypeName(o)} found");
    }

    private static PyObject GetAttr(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Args.NoKeywords("getattr", kw);
        Args.Count("getattr", args.Length, 2, 3);
        var name = AttrName(args[1], "getattr");
        if (args.Length == 2)
            return Ops.GetAttr(args[0], name);
        return Ops.GetAttrOrNull(args[0], name, throwError: false) ?? args[2];
    }

    private static PyObject Dir(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Args.NoKeywords("dir", kw);
        Args.Count("dir", args.Length, 0, 1);
        if (args.Length == 0)
        {
            var loc = Locals(ThreadState.Current.CurrentFrame!);
            var names = new List<string>();
            var it = Ops.GetIter(Ops.Call(Ops.GetAttr(loc, "keys")));
            while (Ops.Next(it) is PyStr s)
                names.Add(s.Value);
            names.Sort(StringComparer.Ordinal);
            var l = new PyList();
            foreach (var n in names)
                l.Append(new PyStr(n));
            return l;
        }
        var o = args[0];
        var f = o.Type.Lookup("__dir__") ?? throw Err.Type("object does not provide __dir__");
        var r = o is PyType && f == o.Type.Lookup("__dir__") && o.Type == BuiltinTypes.TypeType ? BuiltinTypes.ObjectDir(o) : Ops.CallMethod(o, f);
        var result = ListOps.FromIterable(r);
        ListOps.Sort(result, null, false);
        return result;
    }

    private static PyObject DivMod(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y && a is not PyIntSub && b is not PyIntSub)
            return PyTuple.Of(IntOps.FloorDiv(x, y), IntOps.Mod(x, y));
        if ((a is PyFloat || a is PyInt) && (b is PyFloat || b is PyInt) && a.Type.IsBuiltin && b.Type.IsBuiltin)
        {
            double da = a is PyFloat fa ? fa.Value : IntOps.ToDouble((PyInt)a);
            double db = b is PyFloat fb ? fb.Value : IntOps.ToDouble((PyInt)b);
            var (d, m) = FloatOps.DivMod(da, db);
            return PyTuple.Of(new PyFloat(d), new PyFloat(m));
        }
        var f = a.Type.Lookup("__divmod__");
        if (f != null)
        {
            var r = Ops.CallMethod(a, f, b);
            if (r != PyNotImplemented.Instance)
                return r;
        }
        var rf = b.Type.Lookup("__rdivmod__");
        if (rf != null)
        {
            var r = Ops.CallMethod(b, rf, a);
            if (r != PyNotImplemented.Instance)
                return r;
        }
        throw Err.Type($"unsupported operand type(s) for divmod(): '{Ops.TypeName(a)}' and '{Ops.TypeName(b)}'");
    }

    /// <summary><c>locals()</c>: the namespace of a module or class body; a snapshot of a function's variables.</summary>
    internal static PyObject Locals(Frame f)
    {
        if (f.Code.Kind != CodeKind.Function)
            return f.NamesMapping ?? (PyObject)f.Names!;
        var d = new PyDict();
        var names = f.Code.SlotNames;
        for (int i = 0; i < names.Length; i++)
        {
            string n = names[i];
            if (n.Length == 0 || n[0] is '$' or '.')
                continue;
            var v = f.Slots[i];
            if (v is PyCell c && (Array.IndexOf(f.Code.CellSlots, i) >= 0 || i >= f.Code.FirstFreeSlot))
                v = c.Value;
            if (v != null)
                d.SetStr(n, v);
        }
        return d;
    }

    private static PyObject Vars(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Args.NoKeywords("vars", kw);
        Args.Count("vars", args.Length, 0, 1);
        if (args.Length == 0)
            return Locals(ThreadState.Current.CurrentFrame!);
        var o = args[0];
        if (o is PyType t)
            return new PyMappingProxy(t.Dict);
        return Ops.GetAttrOrNull(o, PyStr.Intern("__dict__"), throwError: false) ?? throw Err.Type("vars() argument must have __dict__ attribute");
    }

    private static PyObject Input(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Args.NoKeywords("input", kw);
        Args.Count("input", args.Length, 0, 1);
        var interp = ThreadState.Current.Interp;
        var stdout = interp.Sys.Dict.GetStr(PyStr.Intern("stdout"));
        if (args.Length > 0 && stdout != null)
        {
            Ops.Call(Ops.GetAttr(stdout, "write"), Ops.StrObject(args[0]));
            Ops.Call(Ops.GetAttr(stdout, "flush"));
        }
        else if (stdout != null)
        {
            Ops.Call(Ops.GetAttr(stdout, "flush"));
        }
        var stdin = interp.Sys.Dict.GetStr(PyStr.Intern("stdin"));
        if (stdin is PyTextStream ts)
        {
            var line = ts.ReadLine();
            if (line == null)
                throw Err.New(BuiltinTypes.EOFError, "EOF when reading a line");
            return new PyStr(line.EndsWith('\n') ? line[..^1] : line);
        }
        if (stdin == null)
            throw Err.Runtime("input(): lost sys.stdin");
        var r = Ops.Call(Ops.GetAttr(stdin, "readline"));
        var s = Ops.Str(r);
        if (s.Length == 0)
            throw Err.New(BuiltinTypes.EOFError, "EOF when reading a line");
        return new PyStr(s.EndsWith('\n') ? s[..^1] : s);
    }

    /// <summary><c>isinstance(o, cls)</c> for one class (with <c>__instancecheck__</c> of non-type metaclasses).</summary>
    internal static bool IsInstance(PyObject o, PyType cls)
    {
        if (o.Type.IsSubtypeOf(cls))
            return true;
        // __class__ may be overridden (proxies).
        return false;
    }

    internal static bool IsInstanceSpec(PyObject o, PyObject spec)
    {
        if (spec is PyType t)
        {
            if (o.Type == t)
                return true;
            if (t.Type != BuiltinTypes.TypeType && t.Type.Lookup("__instancecheck__") is { } ic && ic is not PyBuiltinFunction)
                return Ops.IsTrue(Ops.CallMethod(t, ic, o));
            var otype = o.Type;
            if (otype.IsSubtypeOf(t))
                return true;
            // o.__class__ can only differ from type(o) when a class on the MRO defines __class__ or __getattribute__.
            if (!otype.HasCustomGetAttribute && otype.LookupSlot(PyType.SlotClass, "__class__") == BuiltinTypes.Object.LookupSlot(PyType.SlotClass, "__class__"))
                return false;
            var cls = Ops.GetAttrOrNull(o, PyStr.Intern("__class__"), throwError: false);
            return cls is PyType ct && ct != o.Type && ct.IsSubtypeOf(t);
        }
        if (spec is PyTuple tu)
        {
            foreach (var x in tu.Items)
            {
                if (IsInstanceSpec(o, x))
                    return true;
            }
            return false;
        }
        if (spec is PyUnion u)
        {
            foreach (var x in u.Args)
            {
                if (IsInstanceSpec(o, x))
                    return true;
            }
            return false;
        }
        var check = spec.Type.Lookup("__instancecheck__");
        if (check != null && spec is not PyGenericAlias)
            return Ops.IsTrue(Ops.CallMethod(spec, check, o));
        throw Err.Type(spec is PyGenericAlias ? "isinstance() argument 2 cannot be a parameterized generic" : "isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    internal static bool IsSubclassSpec(PyObject c, PyObject spec)
    {
        if (spec is PyTuple tu)
        {
            foreach (var x in tu.Items)
            {
                if (IsSubclassSpec(c, x))
                    return true;
            }
            return false;
        }
        if (spec is PyUnion u)
        {
            foreach (var x in u.Args)
            {
                if (IsSubclassSpec(c, x))
                    return true;
            }
            return false;
        }
        if (spec is PyType t && t.Type != BuiltinTypes.TypeType && t.Type.Lookup("__subclasscheck__") is { } sc && sc is not PyBuiltinFunction)
            return Ops.IsTrue(Ops.CallMethod(t, sc, c));
        if (spec is not PyType st)
        {
            var check = spec.Type.Lookup("__subclasscheck__");
            if (check != null && spec is not PyGenericAlias)
                return Ops.IsTrue(Ops.CallMethod(spec, check, c));
            throw Err.Type(spec is PyGenericAlias ? "issubclass() argument 2 cannot be a parameterized generic" : "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        if (c is not PyType ct)
            throw Err.Type("issubclass() arg 1 must be a class");
        return ct.IsSubtypeOf(st);
    }

    private static PyObject Iter(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Args.NoKeywords("iter", kw);
        Args.Count("iter", args.Length, 1, 2);
        if (args.Length == 1)
            return Ops.GetIter(args[0]);
        if (!Ops.IsCallable(args[0]))
            throw Err.Type("iter(v, w): v must be callable");
        return new CallableIterator(args[0], args[1]);
    }

    private static PyObject Next(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Args.NoKeywords("next", kw);
        Args.Count("next", args.Length, 1, 2);
        var it = args[0];
        if (it is PyGenerator g && g.Kind == GeneratorKind.Generator)
        {
            if (g.Resume(null, null, out var v))
                return v;
            if (args.Length > 1)
                return args[1];
            throw Err.StopIteration(v == PyNone.Instance ? null : v);
        }
        if (it is PyIterator pi)
        {
            var v = pi.Next();
            if (v != null)
                return v;
            if (args.Length > 1)
                return args[1];
            throw new PyException(new PyBaseException(BuiltinTypes.StopIteration));
        }
        var f = it.Type.Lookup("__next__") ?? throw Err.Type($"'{Ops.TypeName(it)}' object is not an iterator");
        if (args.Length == 1)
            return Ops.CallMethod(it, f);
        try
        {
            return Ops.CallMethod(it, f);
        }
        catch (PyException e) when (e.Is(BuiltinTypes.StopIteration))
        {
            return args[1];
        }
    }

    private static PyObject ANext(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Args.NoKeywords("anext", kw);
        Args.Count("anext", args.Length, 1, 2);
        var f = args[0].Type.Lookup("__anext__") ?? throw Err.Type($"'{Ops.TypeName(args[0])}' object is not an async iterator");
        var aw = Ops.CallMethod(args[0], f);
        if (args.Length == 1)
            return aw;
        return new ANextAwaitable(aw, args[1]);
    }

    private static PyObject MinMax(ReadOnlySpan<PyObject> args, string[]? kw, string name, CompareOp op)
    {
        if (kw == null && args.Length == 2)
        {
            // min(a, b) / max(a, b): the first of equal values wins, as CPython's loop does.
            return Ops.CompareBool(args[1], args[0], op) ? args[1] : args[0];
        }
        int npos = args.Length - (kw?.Length ?? 0);
        PyObject? key = null, dflt = null;
        for (int i = 0; i < (kw?.Length ?? 0); i++)
        {
            switch (kw![i])
            {
                case "key": key = args[npos + i]; break;
                case "default": dflt = args[npos + i]; break;
                default: throw Err.Type($"{name}() got an unexpected keyword argument '{kw[i]}'");
            }
        }
        if (key == PyNone.Instance)
            key = null;
        if (npos == 0)
            throw Err.Type($"{name} expected at least 1 argument, got 0");
        PyObject it;
        if (npos == 1)
        {
            it = Ops.GetIter(args[0]);
        }
        else
        {
            if (dflt != null)
                throw Err.Type($"Cannot specify a default for {name}() with multiple positional arguments");
            it = new TupleIterator(new PyTuple(args[..npos].ToArray()));
        }
        PyObject? best = null, bestKey = null;
        while (Ops.Next(it) is { } x)
        {
            var k = key == null ? x : Ops.Call(key, x);
            if (best == null || Ops.CompareBool(k, bestKey!, op))
            {
                best = x;
                bestKey = k;
            }
        }
        if (best == null)
        {
            if (dflt != null)
                return dflt;
            throw Err.Value($"{name}() iterable argument is empty");
        }
        return best;
    }

    private static PyObject Sum(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = Args.Bind("sum", args, kw, ["iterable", "start"], 1, posOnly: 1);
        var start = a[1] ?? PyInt.Zero;
        if (start is PyStr)
            throw Err.Type("sum() can't sum strings [use ''.join(seq) instead]");
        if (start is PyBytes)
            throw Err.Type("sum() can't sum bytes [use b''.join(seq) instead]");
        if (start is PyByteArray)
            throw Err.Type("sum() can't sum bytearray [use b''.join(seq) instead]");
        var it = Ops.GetIter(a[0]!);
        PyObject acc = start;
        // Float sums use compensated (Neumaier) summation, as CPython 3.12+ does.
        double fsum = 0, comp = 0;
        bool inFloat = false;
        while (Ops.Next(it) is { } x)
        {
            if (inFloat)
            {
                if (x.GetType() == typeof(PyFloat) || x.GetType() == typeof(PyInt) && !((PyInt)x).IsBig)
                {
                    double v = x is PyFloat xf ? xf.Value : ((PyInt)x).Value;
                    double t = fsum + v;
                    if (Math.Abs(fsum) >= Math.Abs(v))
                        comp += (fsum - t) + v;
                    else
                        comp += (v - t) + fsum;
                    fsum = t;
                    continue;
                }
                acc = new PyFloat(fsum + comp);
                inFloat = false;
            }
            else if (x.GetType() == typeof(PyFloat) && (acc.GetType() == typeof(PyFloat) || acc.GetType() == typeof(PyInt) && !((PyInt)acc).IsBig))
            {
                fsum = acc is PyFloat af ? af.Value : ((PyInt)acc).Value;
                comp = 0;
                inFloat = true;
                double v = ((PyFloat)x).Value;
                double t = fsum + v;
                if (Math.Abs(fsum) >= Math.Abs(v))
                    comp += (fsum - t) + v;
                else
                    comp += (v - t) + fsum;
                fsum = t;
                continue;
            }
            acc = Ops.Add(acc, x);
        }
        if (inFloat)
            acc = new PyFloat(double.IsFinite(comp) ? fsum + comp : fsum);
        return acc;
    }

    private static PyObject Sorted(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        int npos = args.Length - (kw?.Length ?? 0);
        if (npos != 1)
            throw Err.Type(npos == 0 ? "sorted expected 1 argument, got 0" : $"sorted expected 1 argument, got {npos}");
        PyObject? key = null;
        bool reverse = false;
        for (int i = 0; i < (kw?.Length ?? 0); i++)
        {
            switch (kw![i])
            {
                case "key": key = args[npos + i]; break;
                case "reverse": reverse = Ops.IsTrue(args[npos + i]); break;
                default: throw Err.Type($"sort() got an unexpected keyword argument '{kw[i]}'");
            }
        }
        var list = ListOps.FromIterable(args[0]);
        ListOps.Sort(list, key == PyNone.Instance ? null : key, reverse);
        return list;
    }

    private static PyObject Pow(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = Args.Bind("pow", args, kw, ["base", "exp", "mod"], 2);
        if (a[2] == null || a[2] == PyNone.Instance)
            return Ops.Binary(a[0]!, a[1]!, BinOp.Pow);
        return Ops.Pow3(a[0]!, a[1]!, a[2]!);
    }

    private static PyObject Round(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = Args.Bind("round", args, kw, ["number", "ndigits"], 1);
        var x = a[0]!;
        var nd = a[1];
        var f = x.Type.Lookup("__round__") ?? throw Err.Type($"type {x.Type.Name} doesn't define __round__ method");
        if (nd == null || nd == PyNone.Instance)
            return Ops.CallMethod(x, f);
        return Ops.CallMethod(x, f, nd);
    }

    private static PyObject Import(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = Args.Bind("__import__", args, kw, ["name", "globals", "locals", "fromlist", "level"], 1);
        var name = a[0] as PyStr ?? throw Err.Type($"__import__() argument 1 must be str, not {Ops.TypeName(a[0]!)}");
        var globals = a[1] as PyDict;
        string[]? fromlist = null;
        if (a[3] != null && a[3] != PyNone.Instance)
        {
            var l = new List<string>();
            var it = Ops.GetIter(a[3]!);
            while (Ops.Next(it) is { } x)
                l.Add(Ops.Str(x));
            fromlist = l.Count > 0 ? [.. l] : null;
        }
        int level = a[4] == null ? 0 : Ops.AsInt(a[4]!);
        if (level < 0)
            throw Err.Value("level must be >= 0");
        return ThreadState.Current.Interp.Importer.ImportModuleLevel(name.Value, globals, fromlist, level);
    }

    private static PyObject Exit(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var e = new PyBaseException(BuiltinTypes.SystemExit) { Args = args.Length > 0 ? PyTuple.Of(args[0]) : PyTuple.Empty };
        e.SetField("code", args.Length > 0 ? args[0] : PyNone.Instance);
        throw new PyException(e);
    }
}

/// <summary>The awaitable <c>anext(it, default)</c> returns.</summary>
internal sealed class ANextAwaitable(PyObject awaitable, PyObject dflt) : PyIterator
{
    private PyObject? _inner;

    public override PyType Type => BuiltinTypes.CoroutineWrapper;

    public override PyObject? Next()
    {
        _inner ??= Generators.GetAwaitIterator(awaitable);
        try
        {
            if (Generators.Delegate(_inner, null, null, out var r))
                return r;
            throw Err.StopIteration(r);
        }
        catch (PyException e) when (e.Is(BuiltinTypes.StopAsyncIteration))
        {
            throw Err.StopIteration(dflt);
        }
    }
}
