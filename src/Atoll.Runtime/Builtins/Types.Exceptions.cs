using System;
using System.Collections.Generic;
using Atoll.Runtime.Builtins;

namespace Atoll.Runtime.Objects;

public static partial class BuiltinTypes
{
    private static PyBaseException AsExc(PyObject o) => o as PyBaseException ?? throw Err.Type($"descriptor requires a 'BaseException' object but received a '{Ops.TypeName(o)}'");

    private static void DefineExceptions()
    {
        var t = BaseException;
        DefStatic(t, "__new__", (args, kw) =>
        {
            var cls = (PyType)args[0];
            int given = args.Length - 1 - (kw?.Length ?? 0);
            // OSError(errno, strerror, ...) makes the subclass for that errno, as CPython does (PEP 3151).
            if (cls == OSError && given >= 2 && args[1].GetType() == typeof(PyInt) && !((PyInt)args[1]).IsBig)
                cls = OSErrorSubclass(((PyInt)args[1]).Value) ?? cls;
            var e = new PyBaseException(cls);
            int npos = args.Length - 1 - (kw?.Length ?? 0);
            e.Args = new PyTuple(args.Slice(1, npos).ToArray());
            return e;
        });
        DefN(t, "__init__", (args, kw) =>
        {
            var e = AsExc(args[0]);
            if (kw is { Length: > 0 } && e.Type.IsBuiltin)
                throw Err.Type($"{e.Type.Name}() takes no keyword arguments");
            int npos = args.Length - 1 - (kw?.Length ?? 0);
            e.Args = new PyTuple(args.Slice(1, npos).ToArray());
            InitFields(e);
            return PyNone.Instance;
        });
        Def(t, "__str__", self => new PyStr(ExcStr(AsExc(self))));
        Def(t, "__repr__", self =>
        {
            var e = AsExc(self);
            string name = e.Type.Name;
            if (e.Args.Count == 1)
                return new PyStr($"{name}({Ops.Repr(e.Args.Items[0])})");
            return new PyStr(name + TupleOps.Repr(e.Args));
        });
        Prop(t, "args", self => AsExc(self).Args, (self, v) => AsExc(self).Args = v is PyTuple tu ? tu : new PyTuple(ListOps.FromIterable(v!).ToArray()));
        Prop(t, "__traceback__", self => (PyObject?)AsExc(self).Traceback ?? PyNone.Instance, (self, v) => AsExc(self).Traceback = v as PyTraceback ?? (v == PyNone.Instance ? null : throw Err.Type("__traceback__ must be a traceback or None")));
        Prop(t, "__cause__", self => (PyObject?)AsExc(self).Cause ?? PyNone.Instance, (self, v) =>
        {
            var e = AsExc(self);
            e.Cause = v as PyBaseException ?? (v == PyNone.Instance || v == null ? null : throw Err.Type("exception cause must be None or derive from BaseException"));
            e.SuppressContext = true;
        });
        Prop(t, "__context__", self => (PyObject?)AsExc(self).Context ?? PyNone.Instance, (self, v) => AsExc(self).Context = v as PyBaseException ?? (v == PyNone.Instance || v == null ? null : throw Err.Type("exception context must be None or derive from BaseException")));
        Prop(t, "__suppress_context__", self => PyBool.From(AsExc(self).SuppressContext), (self, v) => AsExc(self).SuppressContext = v != null && Ops.IsTrue(v));
        Prop(t, "__dict__", self => AsExc(self).Dict);
        Def(t, "with_traceback", (self, tb) =>
        {
            AsExc(self).Traceback = tb as PyTraceback;
            return self;
        });
        Def(t, "add_note", (self, note) =>
        {
            if (note is not PyStr)
                throw Err.Type($"note must be a str, not '{Ops.TypeName(note)}'");
            var d = AsExc(self).Dict;
            if (!d.TryGetStr("__notes__", out var notes))
            {
                notes = new PyList();
                d.SetStr("__notes__", notes);
            }
            if (notes is not PyList nl)
                throw Err.Type("Cannot add note: __notes__ is not a list");
            nl.Append(note);
            return PyNone.Instance;
        });
        Def(t, "__reduce__", self => AsExc(self).DictIfAny is { Count: > 0 } d ? PyTuple.Of(self.Type, AsExc(self).Args, d) : PyTuple.Of(self.Type, AsExc(self).Args));
        Def(t, "__setstate__", (self, st) =>
        {
            if (st == PyNone.Instance)
                return PyNone.Instance;
            if (st is not PyDict d)
                throw Err.Type("state is not a dictionary");
            int pos = 0;
            while (d.Next(ref pos, out var k, out var v))
                Ops.SetAttr(self, k as PyStr ?? throw Err.Type($"attribute name must be string, not '{Ops.TypeName(k)}'"), v);
            return PyNone.Instance;
        });

        FieldProp(StopIteration, "value");
        FieldProp(StopAsyncIteration, "value");
        FieldProp(SystemExit, "code");
        FieldProp(ImportError, "name");
        FieldProp(ImportError, "path");
        FieldProp(ImportError, "msg");
        FieldProp(ImportError, "name_from");
        FieldProp(AttributeError, "name");
        FieldProp(AttributeError, "obj");
        FieldProp(NameError, "name");
        foreach (var f in new[] { "errno", "strerror", "filename", "filename2", "characters_written" })
            FieldProp(OSError, f);
        foreach (var f in new[] { "msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line" })
            FieldProp(SyntaxError, f);
        foreach (var f in new[] { "encoding", "object", "start", "end", "reason" })
            FieldProp(UnicodeError, f);
        DefN(ImportError, "__init__", (args, kw) =>
        {
            var e = AsExc(args[0]);
            int npos = args.Length - 1 - (kw?.Length ?? 0);
            e.Args = new PyTuple(args.Slice(1, npos).ToArray());
            for (int i = 0; i < (kw?.Length ?? 0); i++)
            {
                if (kw![i] is not ("name" or "path" or "name_from"))
                    throw Err.Type($"'{kw[i]}' is an invalid keyword argument for {e.Type.Name}()");
                e.SetField(kw[i], args[1 + npos + i]);
            }
            if (npos == 1)
                e.SetField("msg", e.Args.Items[0]);
            return PyNone.Instance;
        });
        Def(ImportError, "__str__", self =>
        {
            var e = AsExc(self);
            if (e.Fields != null && e.Fields.TryGetValue("msg", out var m) && m != PyNone.Instance)
                return Ops.StrObject(m);
            return new PyStr(ExcStr(e));
        });
        DefN(AttributeError, "__init__", (args, kw) => InitWithNamedFields(args, kw, ["name", "obj"]));
        DefN(NameError, "__init__", (args, kw) => InitWithNamedFields(args, kw, ["name"]));
        Def(KeyError, "__str__", self =>
        {
            var e = AsExc(self);
            return e.Args.Count == 1 ? new PyStr(Ops.Repr(e.Args.Items[0])) : new PyStr(ExcStr(e));
        });
        Def(OSError, "__str__", self =>
        {
            var e = AsExc(self);
            var errno = e.GetField("errno");
            var strerror = e.GetField("strerror");
            var filename = e.GetField("filename");
            if (errno != PyNone.Instance && strerror != PyNone.Instance)
            {
                var filename2 = e.GetField("filename2");
                if (filename != PyNone.Instance && filename2 != PyNone.Instance)
                    return new PyStr($"[Errno {Ops.Str(errno)}] {Ops.Str(strerror)}: {Ops.Repr(filename)} -> {Ops.Repr(filename2)}");
                if (filename != PyNone.Instance)
                    return new PyStr($"[Errno {Ops.Str(errno)}] {Ops.Str(strerror)}: {Ops.Repr(filename)}");
                return new PyStr($"[Errno {Ops.Str(errno)}] {Ops.Str(strerror)}");
            }
            return new PyStr(ExcStr(e));
        });
        Def(SyntaxError, "__str__", self =>
        {
            var e = AsExc(self);
            var msg = e.GetField("msg");
            string m = msg == PyNone.Instance ? ExcStr(e) : Ops.Str(msg);
            var fn = e.GetField("filename");
            var ln = e.GetField("lineno");
            string? file = fn is PyStr fs ? System.IO.Path.GetFileName(fs.Value) : null;
            if (file != null && ln is PyInt li)
                return new PyStr($"{m} ({file}, line {li.Value})");
            if (file != null)
                return new PyStr($"{m} ({file})");
            if (ln is PyInt li2)
                return new PyStr($"{m} (line {li2.Value})");
            return new PyStr(m);
        });
        Def(UnicodeEncodeError, "__str__", self =>
        {
            var e = AsExc(self);
            if (e.GetField("object") is PyStr obj && e.GetField("start") is PyInt st && e.GetField("end") is PyInt en)
            {
                int cp = obj.CodePointAt((int)st.Value);
                string ch = cp < 0x100 ? $"\\x{cp:x2}" : cp < 0x10000 ? $"\\u{cp:x4}" : $"\\U{cp:x8}";
                if (en.Value == st.Value + 1)
                    return new PyStr($"'{Ops.Str(e.GetField("encoding"))}' codec can't encode character '{ch}' in position {st.Value}: {Ops.Str(e.GetField("reason"))}");
                return new PyStr($"'{Ops.Str(e.GetField("encoding"))}' codec can't encode characters in position {st.Value}-{en.Value - 1}: {Ops.Str(e.GetField("reason"))}");
            }
            return new PyStr(ExcStr(e));
        });
        Def(UnicodeDecodeError, "__str__", self =>
        {
            var e = AsExc(self);
            if (e.GetField("object") is PyBytes obj && e.GetField("start") is PyInt st && e.GetField("end") is PyInt en)
            {
                if (en.Value == st.Value + 1)
                    return new PyStr($"'{Ops.Str(e.GetField("encoding"))}' codec can't decode byte 0x{obj.Value[st.Value]:x2} in position {st.Value}: {Ops.Str(e.GetField("reason"))}");
                return new PyStr($"'{Ops.Str(e.GetField("encoding"))}' codec can't decode bytes in position {st.Value}-{en.Value - 1}: {Ops.Str(e.GetField("reason"))}");
            }
            return new PyStr(ExcStr(e));
        });
        DefN(UnicodeDecodeError, "__init__", (args, kw) => InitUnicodeError(args, kw, decode: true));
        DefN(UnicodeEncodeError, "__init__", (args, kw) => InitUnicodeError(args, kw, decode: false));
        DefN(UnicodeTranslateError, "__init__", (args, kw) =>
        {
            var e = AsExc(args[0]);
            Builtins.Args.NoKeywords(e.Type.Name, kw);
            var a = args[1..];
            if (a.Length != 4)
                throw Err.Type($"function takes exactly 4 arguments ({a.Length} given)");
            e.Args = new PyTuple(a.ToArray());
            if (a[0] is not PyStr)
                throw Err.Type($"argument 1 must be str, not {Ops.TypeName(a[0])}");
            e.SetField("encoding", PyNone.Instance);
            e.SetField("object", a[0]);
            e.SetField("start", Ops.Index(a[1]));
            e.SetField("end", Ops.Index(a[2]));
            if (a[3] is not PyStr)
                throw Err.Type($"argument 4 must be str, not {Ops.TypeName(a[3])}");
            e.SetField("reason", a[3]);
            return PyNone.Instance;
        });
        DefineExceptionGroups();
    }

    /// <summary><c>UnicodeDecodeError(encoding, object, start, end, reason)</c> and the encode variant.</summary>
    private static PyObject InitUnicodeError(ReadOnlySpan<PyObject> args, string[]? kw, bool decode)
    {
        var e = AsExc(args[0]);
        Builtins.Args.NoKeywords(e.Type.Name, kw);
        var a = args[1..];
        if (a.Length != 5)
            throw Err.Type($"function takes exactly 5 arguments ({a.Length} given)");
        e.Args = new PyTuple(a.ToArray());
        if (a[0] is not PyStr)
            throw Err.Type($"argument 1 must be str, not {Ops.TypeName(a[0])}");
        PyObject obj = a[1];
        if (decode)
        {
            obj = obj switch
            {
                PyBytes => obj,
                PyByteArray ba => new PyBytes(ba.AsSpan().ToArray()),
                _ => throw Err.Type($"a bytes-like object is required, not '{Ops.TypeName(obj)}'"),
            };
        }
        else if (obj is not PyStr)
        {
            throw Err.Type($"argument 2 must be str, not {Ops.TypeName(obj)}");
        }
        if (a[4] is not PyStr)
            throw Err.Type($"argument 5 must be str, not {Ops.TypeName(a[4])}");
        e.SetField("encoding", a[0]);
        e.SetField("object", obj);
        e.SetField("start", Ops.Index(a[2]));
        e.SetField("end", Ops.Index(a[3]));
        e.SetField("reason", a[4]);
        return PyNone.Instance;
    }

    /// <summary>The OSError subclass for a POSIX errno (Linux numbers), or null.</summary>
    private static PyType? OSErrorSubclass(long errno) => errno switch
    {
        1 or 13 => PermissionError,        // EPERM, EACCES
        2 => FileNotFoundError,            // ENOENT
        3 => ProcessLookupError,           // ESRCH
        4 => InterruptedError,             // EINTR
        10 => ChildProcessError,           // ECHILD
        11 or 114 or 115 => BlockingIOError, // EAGAIN/EWOULDBLOCK, EALREADY, EINPROGRESS
        17 => FileExistsError,             // EEXIST
        20 => NotADirectoryError,          // ENOTDIR
        21 => IsADirectoryError,           // EISDIR
        32 or 108 => BrokenPipeError,      // EPIPE, ESHUTDOWN
        103 => ConnectionAbortedError,     // ECONNABORTED
        104 => ConnectionResetError,       // ECONNRESET
        110 => TimeoutError,               // ETIMEDOUT
        111 => ConnectionRefusedError,     // ECONNREFUSED
        _ => null,
    };

    private static PyObject InitWithNamedFields(ReadOnlySpan<PyObject> args, string[]? kw, string[] names)
    {
        var e = AsExc(args[0]);
        int npos = args.Length - 1 - (kw?.Length ?? 0);
        e.Args = new PyTuple(args.Slice(1, npos).ToArray());
        for (int i = 0; i < (kw?.Length ?? 0); i++)
        {
            if (Array.IndexOf(names, kw![i]) < 0)
                throw Err.Type($"{e.Type.Name}() got an unexpected keyword argument '{kw[i]}'");
            e.SetField(kw[i], args[1 + npos + i]);
        }
        return PyNone.Instance;
    }

    private static void FieldProp(PyType t, string name)
    {
        Prop(t, name, self => AsExc(self).GetField(name), (self, v) => AsExc(self).SetField(name, v ?? PyNone.Instance));
    }

    /// <summary>Sets the attributes derived from args for the exception classes that have them.</summary>
    internal static void InitFields(PyBaseException e)
    {
        var t = e.Type;
        var args = e.Args.Items;
        if (t.IsSubtypeOf(StopIteration) || t.IsSubtypeOf(StopAsyncIteration))
            e.SetField("value", args.Length > 0 ? args[0] : PyNone.Instance);
        else if (t.IsSubtypeOf(SystemExit))
            e.SetField("code", args.Length == 0 ? PyNone.Instance : args.Length == 1 ? args[0] : e.Args);
        else if (t.IsSubtypeOf(OSError) && args.Length >= 2)
        {
            e.SetField("errno", args[0]);
            e.SetField("strerror", args[1]);
            if (args.Length >= 3)
                e.SetField("filename", args[2]);
            if (args.Length >= 5)
                e.SetField("filename2", args[4]);
        }
        else if (t.IsSubtypeOf(SyntaxError) && args.Length >= 1)
        {
            e.SetField("msg", args[0]);
            if (args.Length == 2 && args[1] is PyTuple info && info.Count >= 4)
            {
                e.SetField("filename", info.Items[0]);
                e.SetField("lineno", info.Items[1]);
                e.SetField("offset", info.Items[2]);
                e.SetField("text", info.Items[3]);
                if (info.Count >= 6)
                {
                    e.SetField("end_lineno", info.Items[4]);
                    e.SetField("end_offset", info.Items[5]);
                }
            }
        }
    }

    /// <summary>str() of an exception: its single argument, or the args tuple.</summary>
    internal static string ExcStr(PyBaseException e) => e.Args.Count switch
    {
        0 => "",
        1 => Ops.Str(e.Args.Items[0]),
        _ => TupleOps.Repr(e.Args),
    };

    private static void DefineExceptionGroups()
    {
        var t = BaseExceptionGroup;
        DefStatic(t, "__new__", (args, kw) =>
        {
            var cls = (PyType)args[0];
            Args.NoKeywords(cls.Name, kw);
            if (args.Length != 3)
                throw Err.Type($"BaseExceptionGroup.__new__() takes exactly 2 arguments ({args.Length - 1} given)");
            if (args[1] is not PyStr msg)
                throw Err.Type($"BaseExceptionGroup.__new__() argument 1 must be str, not {Ops.TypeName(args[1])}");
            if (args[2] is PySet or PyDict || args[2].Type.Lookup("__getitem__") == null)
                throw Err.Type("second argument (exceptions) must be a sequence");
            var excs = ListOps.FromIterable(args[2]).ToArray();
            if (excs.Length == 0)
                throw Err.Value("second argument (exceptions) must be a non-empty sequence");
            bool allExceptions = true;
            for (int i = 0; i < excs.Length; i++)
            {
                if (excs[i] is not PyBaseException)
                    throw Err.Value($"Item {i} of second argument (exceptions) is not an exception");
                if (!excs[i].Type.IsSubtypeOf(Exception))
                    allExceptions = false;
            }
            if (cls == BaseExceptionGroup)
            {
                if (allExceptions)
                    cls = ExceptionGroup;
            }
            else if (cls == ExceptionGroup)
            {
                if (!allExceptions)
                    throw Err.Type("Cannot nest BaseExceptions in an ExceptionGroup");
            }
            else if (!allExceptions && cls.IsSubtypeOf(Exception))
            {
                throw Err.Type($"Cannot nest BaseExceptions in '{cls.Name}'");
            }
            var e = new PyBaseException(cls) { Args = PyTuple.Of(msg, args[2]) };
            e.SetField("message", msg);
            e.SetField("exceptions", new PyTuple(excs));
            return e;
        });
        DefN(t, "__init__", (args, kw) =>
        {
            var e = AsExc(args[0]);
            Args.NoKeywords(e.Type.Name, kw);
            e.Args = new PyTuple(args[1..].ToArray());
            return PyNone.Instance;
        });
        Def(t, "__str__", self =>
        {
            var e = AsExc(self);
            int n = ExceptionGroups.Exceptions(e).Count;
            return new PyStr($"{ExceptionGroups.Message(e)} ({n} sub-exception{(n == 1 ? "" : "s")})");
        });
        Prop(t, "message", self => ExceptionGroups.MessageObject(AsExc(self)));
        Prop(t, "exceptions", self => ExceptionGroups.Exceptions(AsExc(self)));
        Def(t, "derive", (self, excs) =>
        {
            var e = AsExc(self);
            return Ops.Call(BaseExceptionGroup, ExceptionGroups.MessageObject(e), excs);
        });
        Def(t, "split", (self, cond) =>
        {
            var (m, r) = ExceptionGroups.Split(AsExc(self), MakeMatcher(cond));
            return PyTuple.Of((PyObject?)m ?? PyNone.Instance, (PyObject?)r ?? PyNone.Instance);
        });
        Def(t, "subgroup", (self, cond) =>
        {
            var (m, _) = ExceptionGroups.Split(AsExc(self), MakeMatcher(cond));
            return (PyObject?)m ?? PyNone.Instance;
        });
    }

    private static Func<PyBaseException, bool> MakeMatcher(PyObject cond)
    {
        if (cond is PyType || cond is PyTuple)
            return e => Exceptions.Matches(e, cond);
        if (Ops.IsCallable(cond))
            return e => Ops.IsTrue(Ops.Call(cond, e));
        throw Err.Type("expected an exception type, a tuple of exception types, or a callable (other than a class)");
    }
}
