using System;
using System.Collections;
using System.IO;
using System.Text;
using Atoll.Runtime.Builtins;
using Atoll.Runtime.Modules.Io;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Modules;

/// <summary>
/// A small <c>os</c> module with POSIX semantics (files and directories, the environment, the process) and its
/// <c>os.path</c> (<c>posixpath</c>). Failures raise the OSError subclass and message of the C library's errno, with
/// the file name(s) attached, as CPython does.
/// </summary>
internal static class OsModule
{
    public static readonly NativeModuleDef Def = new("os", Define);

    public static readonly NativeModuleDef PathDef = new("posixpath", DefinePath);

    /// <summary>A fresh os module (and os.path) for one interpreter; the environment is a snapshot taken now.</summary>
    public static PyModule Create(Interpreter interp)
    {
        var m = Def.Create();
        var environ = new PyDict();
        var vars = Environment.GetEnvironmentVariables();
        var keys = new System.Collections.Generic.List<string>();
        foreach (DictionaryEntry e in vars)
            keys.Add((string)e.Key);
        keys.Sort(StringComparer.Ordinal);
        foreach (var k in keys)
            environ.SetItem(new PyStr(k), new PyStr((string?)vars[k] ?? ""));
        m.Dict.SetStr("environ", environ);
        var path = interp.Modules.TryGetStr("posixpath", out var p) ? p : PathDef.Create();
        interp.Modules.SetStr("posixpath", path);
        interp.Modules.SetStr("os.path", path);
        m.Dict.SetStr("path", path);
        return m;
    }

    private static PyObject None => PyNone.Instance;

    /// <summary><c>os.fspath()</c>: str and bytes as they are, else the result of <c>__fspath__</c>.</summary>
    public static PyObject FsPath(PyObject o)
    {
        if (o is PyStr or PyBytes)
            return o;
        var f = o.Type.Lookup("__fspath__") ?? throw Err.Type($"expected str, bytes or os.PathLike object, not {Ops.TypeName(o)}");
        var r = Ops.CallMethod(o, f);
        return r is PyStr or PyBytes ? r : throw Err.Type($"expected {Ops.TypeName(o)}.__fspath__() to return str or bytes, not {Ops.TypeName(r)}");
    }

    /// <summary>A path argument as a .NET string (bytes are decoded as UTF-8).</summary>
    public static string FsPathString(PyObject o) => FsPath(o) switch
    {
        PyStr s => s.Value,
        PyBytes b => Encoding.UTF8.GetString(b.Value),
        _ => throw new InvalidOperationException(),
    };

    private static PyObject Check(int errno, PyObject path, PyObject? path2 = null) => errno == 0 ? None : throw Posix.Error(errno, path, path2);

    private static void Define(NativeModuleDef.Builder m)
    {
        m.Value("name", new PyStr("posix"));
        m.Value("sep", new PyStr("/"));
        m.Value("altsep", None);
        m.Value("extsep", new PyStr("."));
        m.Value("pathsep", new PyStr(":"));
        m.Value("linesep", new PyStr("\n"));
        m.Value("curdir", new PyStr("."));
        m.Value("pardir", new PyStr(".."));
        m.Value("devnull", new PyStr("/dev/null"));
        m.Value("defpath", new PyStr("/bin:/usr/bin"));
        m.Value("SEEK_SET", PyInt.From(0));
        m.Value("SEEK_CUR", PyInt.From(1));
        m.Value("SEEK_END", PyInt.From(2));
        m.Value("O_RDONLY", PyInt.From(Posix.O_RDONLY));
        m.Value("O_WRONLY", PyInt.From(Posix.O_WRONLY));
        m.Value("O_RDWR", PyInt.From(Posix.O_RDWR));
        m.Value("O_CREAT", PyInt.From(Posix.O_CREAT));
        m.Value("O_EXCL", PyInt.From(Posix.O_EXCL));
        m.Value("O_TRUNC", PyInt.From(Posix.O_TRUNC));
        m.Value("O_APPEND", PyInt.From(Posix.O_APPEND));
        m.Value("error", BuiltinTypes.OSError);
        m.Fn0("getcwd", () => new PyStr(Directory.GetCurrentDirectory()));
        m.Fn0("getcwdb", () => new PyBytes(Encoding.UTF8.GetBytes(Directory.GetCurrentDirectory())));
        m.Fn0("getpid", () => PyInt.From(Posix.GetPid()));
        m.Fn0("cpu_count", () => PyInt.From(Environment.ProcessorCount));
        m.Fn1("fspath", FsPath);
        m.Fn("listdir", (args, kw) =>
        {
            var a = Args.Bind("listdir", args, kw, ["path"], 0);
            var arg = a[0] == null || a[0] == PyNone.Instance ? new PyStr(".") : a[0]!;
            var p = FsPath(arg);
            string path = FsPathString(p);
            int err = Posix.Access(path);
            if (err != 0)
                throw Posix.Error(err, arg);
            if (!Directory.Exists(path))
                throw Posix.Error(Posix.ENOTDIR, arg);
            var result = new PyList();
            try
            {
                foreach (var e in Directory.EnumerateFileSystemEntries(path))
                {
                    var name = Path.GetFileName(e);
                    result.Append(p is PyBytes ? new PyBytes(Encoding.UTF8.GetBytes(name)) : new PyStr(name));
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw Posix.FromDotnet(ex, arg);
            }
            return result;
        });
        NativeFunction remove = (args, kw) =>
        {
            var a = Args.Bind("remove", args, kw, ["path", "dir_fd"], 1);
            return Check(Posix.Unlink(FsPathString(a[0]!)), a[0]!);
        };
        m.Fn("remove", remove);
        m.Fn("unlink", remove);
        m.Fn("rmdir", (args, kw) =>
        {
            var a = Args.Bind("rmdir", args, kw, ["path", "dir_fd"], 1);
            return Check(Posix.Rmdir(FsPathString(a[0]!)), a[0]!);
        });
        m.Fn("mkdir", (args, kw) =>
        {
            var a = Args.Bind("mkdir", args, kw, ["path", "mode", "dir_fd"], 1);
            int mode = a[1] == null ? 0x1FF : (int)PyIOObject.IntArg(a[1]!);
            return Check(Posix.Mkdir(FsPathString(a[0]!), mode), a[0]!);
        });
        m.Fn("makedirs", (args, kw) =>
        {
            var a = Args.Bind("makedirs", args, kw, ["name", "mode", "exist_ok"], 1);
            int mode = a[1] == null ? 0x1FF : (int)PyIOObject.IntArg(a[1]!);
            MakeDirs(a[0]!, FsPathString(a[0]!), mode, a[2] != null && Ops.IsTrue(a[2]!));
            return None;
        });
        NativeFunction rename = (args, kw) =>
        {
            var a = Args.Bind("rename", args, kw, ["src", "dst", "src_dir_fd", "dst_dir_fd"], 2);
            return Check(Posix.Rename(FsPathString(a[0]!), FsPathString(a[1]!)), a[0]!, a[1]!);
        };
        m.Fn("rename", rename);
        m.Fn("replace", rename);
        m.Fn("getenv", (args, kw) =>
        {
            var a = Args.Bind("getenv", args, kw, ["key", "default"], 1);
            var interp = ThreadState.Current.Interp;
            if (interp.Modules.TryGetStr("os", out var os) && os.Dict is { } d && d.TryGetStr("environ", out var env))
            {
                if (env is PyDict ed)
                {
                    if (a[0] is not PyStr)
                        throw Err.Type($"str expected, not {Ops.TypeName(a[0]!)}");
                    return ed.GetItem(a[0]!) ?? a[1] ?? None;
                }
            }
            return a[1] ?? None;
        });
    }

    private static void MakeDirs(PyObject original, string name, int mode, bool existOk)
    {
        var (head, tail) = SplitPath(name);
        if (tail.Length == 0)
            (head, tail) = SplitPath(head);
        if (head.Length > 0 && tail.Length > 0 && Posix.Access(head) != 0)
        {
            try
            {
                MakeDirs(new PyStr(head), head, mode, true);
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(BuiltinTypes.FileExistsError))
            {
            }
            if (tail == ".")
                return;
        }
        int err = Posix.Mkdir(name, mode);
        if (err != 0 && !(existOk && Directory.Exists(name)))
            throw Posix.Error(err, original);
    }

    // ---- os.path (posixpath) ----

    private static (string Head, string Tail) SplitPath(string p)
    {
        int i = p.LastIndexOf('/') + 1;
        string head = p[..i], tail = p[i..];
        if (head.Length > 0 && head.AsSpan().Trim('/').Length != 0)
            head = head.TrimEnd('/');
        return (head, tail);
    }

    private static string NormPath(string path)
    {
        if (path.Length == 0)
            return ".";
        int initial = path.StartsWith('/') ? path.StartsWith("//", StringComparison.Ordinal) && !path.StartsWith("///", StringComparison.Ordinal) ? 2 : 1 : 0;
        var comps = new System.Collections.Generic.List<string>();
        foreach (var comp in path.Split('/'))
        {
            if (comp is "" or ".")
                continue;
            if (comp != ".." || (initial == 0 && comps.Count == 0) || (comps.Count > 0 && comps[^1] == ".."))
                comps.Add(comp);
            else if (comps.Count > 0)
                comps.RemoveAt(comps.Count - 1);
        }
        var r = new string('/', initial) + string.Join('/', comps);
        return r.Length == 0 ? "." : r;
    }

    /// <summary>Runs a str path operation on a str or bytes path (bytes are decoded and the result encoded back).</summary>
    private static PyObject PathOp(PyObject p, Func<string, string> op)
    {
        var v = FsPath(p);
        return v is PyBytes b ? new PyBytes(Encoding.UTF8.GetBytes(op(Encoding.UTF8.GetString(b.Value)))) : new PyStr(op(((PyStr)v).Value));
    }

    private static PyObject PathPair(PyObject p, Func<string, (string, string)> op)
    {
        var v = FsPath(p);
        if (v is PyBytes b)
        {
            var (x, y) = op(Encoding.UTF8.GetString(b.Value));
            return PyTuple.Of(new PyBytes(Encoding.UTF8.GetBytes(x)), new PyBytes(Encoding.UTF8.GetBytes(y)));
        }
        var (h, t) = op(((PyStr)v).Value);
        return PyTuple.Of(new PyStr(h), new PyStr(t));
    }

    private static (string, string) SplitExt(string p)
    {
        int sep = p.LastIndexOf('/');
        int dot = p.LastIndexOf('.');
        if (dot > sep)
        {
            for (int i = sep + 1; i < dot; i++)
            {
                if (p[i] != '.')
                    return (p[..dot], p[dot..]);
            }
        }
        return (p, "");
    }

    /// <summary>A predicate on a path that is false (not an error) for paths the system rejects.</summary>
    private static PyObject PathTest(PyObject p, Func<string, bool> test)
    {
        if (p is PyInt)
            return PyBool.False;
        var s = FsPathString(p);
        if (s.Contains('\0', StringComparison.Ordinal))
            return PyBool.False;
        return PyBool.From(test(s));
    }

    private static void DefinePath(NativeModuleDef.Builder m)
    {
        m.Value("sep", new PyStr("/"));
        m.Value("altsep", None);
        m.Value("extsep", new PyStr("."));
        m.Value("pathsep", new PyStr(":"));
        m.Value("curdir", new PyStr("."));
        m.Value("pardir", new PyStr(".."));
        m.Value("devnull", new PyStr("/dev/null"));
        m.Fn("join", (args, kw) =>
        {
            Args.NoKeywords("join", kw);
            if (args.Length == 0)
                throw Err.Type("join() missing 1 required positional argument: 'a'");
            var first = FsPath(args[0]);
            bool bytes = first is PyBytes;
            var sb = new StringBuilder(bytes ? Encoding.UTF8.GetString(((PyBytes)first).Value) : ((PyStr)first).Value);
            for (int i = 1; i < args.Length; i++)
            {
                var part = FsPath(args[i]);
                if ((part is PyBytes) != bytes)
                    throw Err.Type("Can't mix strings and bytes in path components");
                string b = part is PyBytes pb ? Encoding.UTF8.GetString(pb.Value) : ((PyStr)part).Value;
                if (b.StartsWith('/'))
                    sb.Clear().Append(b);
                else if (sb.Length == 0 || sb[^1] == '/')
                    sb.Append(b);
                else
                    sb.Append('/').Append(b);
            }
            return bytes ? new PyBytes(Encoding.UTF8.GetBytes(sb.ToString())) : new PyStr(sb.ToString());
        });
        m.Fn1("split", p => PathPair(p, SplitPath));
        m.Fn1("splitext", p => PathPair(p, SplitExt));
        m.Fn1("basename", p => PathOp(p, s => s[(s.LastIndexOf('/') + 1)..]));
        m.Fn1("dirname", p => PathOp(p, s => SplitPath(s).Head));
        m.Fn1("normpath", p => PathOp(p, NormPath));
        m.Fn1("abspath", p => PathOp(p, s => NormPath(s.StartsWith('/') ? s : Directory.GetCurrentDirectory() + "/" + s)));
        m.Fn1("isabs", p => FsPath(p) is PyBytes b ? PyBool.From(b.Value.Length > 0 && b.Value[0] == '/') : PyBool.From(((PyStr)FsPath(p)).Value.StartsWith('/')));
        m.Fn1("expanduser", p => PathOp(p, s =>
        {
            if (!s.StartsWith('~'))
                return s;
            int slash = s.IndexOf('/', StringComparison.Ordinal);
            if (slash == -1)
                slash = s.Length;
            if (slash != 1)
                return s;
            var home = Environment.GetEnvironmentVariable("HOME");
            return home == null ? s : (home.TrimEnd('/') + s[1..]) is { Length: > 0 } r ? r : "/";
        }));
        m.Fn1("exists", p => PathTest(p, s => Posix.Access(s) == 0));
        m.Fn1("lexists", p => PathTest(p, s => Posix.Access(s) == 0 || new FileInfo(s).LinkTarget != null));
        m.Fn1("isfile", p => PathTest(p, File.Exists));
        m.Fn1("isdir", p => PathTest(p, Directory.Exists));
        m.Fn1("islink", p => PathTest(p, s => new FileInfo(s).LinkTarget != null));
        m.Fn1("getsize", p =>
        {
            var s = FsPathString(p);
            int err = Posix.Access(s);
            if (err != 0)
                throw Posix.Error(err, p);
            if (Directory.Exists(s))
                return PyInt.From(4096);
            return PyInt.From(new FileInfo(s).Length);
        });
    }
}
