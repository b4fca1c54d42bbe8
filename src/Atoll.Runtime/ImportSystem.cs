using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using Atoll.Runtime.Nodes;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime;

/// <summary>
/// The import system of one interpreter: finds modules on <c>sys.path</c> (the script's directory first), runs them
/// once per interpreter, caches them in <c>sys.modules</c>. Compiled code is shared process-wide: importing the same
/// file in another interpreter runs the same code object (docs.python.org/3/reference/import.html).
/// </summary>
internal sealed class ImportSystem(Interpreter interp)
{
    // Compiled module code by file path and modification time, shared by every interpreter (immutable values).
    private static readonly ConcurrentDictionary<(string Path, DateTime Stamp), PyCode> CodeCache = new();

    private readonly HashSet<string> _initializing = new(StringComparer.Ordinal);

    public PyObject? GetModule(string name) => interp.Modules.TryGetStr(name, out var m) ? m : null;

    /// <summary><c>__import__(name, globals, locals, fromlist, level)</c>.</summary>
    public PyObject ImportModuleLevel(string name, PyDict? globals, string[]? fromlist, int level)
    {
        string absName = level > 0 ? ResolveName(name, globals, level) : name;
        if (absName.Length == 0)
            throw Err.Value("Empty module name");
        var module = Import(absName);
        if (fromlist == null || fromlist.Length == 0)
        {
            if (level == 0 || name.Length > 0)
            {
                // Return the top-level package of what was named (for relative imports: of the name as written).
                if (level == 0)
                {
                    int dot = absName.IndexOf('.', StringComparison.Ordinal);
                    return dot < 0 ? module : GetModule(absName[..dot])!;
                }
                int cut = absName.Length - name.Length;
                string topRel = absName[..(cut + (name.IndexOf('.', StringComparison.Ordinal) is var d and >= 0 ? d : name.Length))];
                return GetModule(topRel) ?? module;
            }
            return module;
        }
        // Submodules named in the fromlist are imported if the module is a package.
        if (module.Dict is { } md && md.TryGetStr("__path__", out _))
        {
            foreach (var item in fromlist)
            {
                if (item == "*")
                {
                    if (md.TryGetStr("__all__", out var all))
                    {
                        var it = Ops.GetIter(all);
                        while (Ops.Next(it) is PyStr s)
                            TryImportSubmodule(module, absName, s.Value);
                    }
                    continue;
                }
                TryImportSubmodule(module, absName, item);
            }
        }
        return module;
    }

    private void TryImportSubmodule(PyObject module, string absName, string item)
    {
        if (module.Dict!.TryGetStr(item, out _))
            return;
        try
        {
            Import(absName + "." + item);
        }
        catch (PyException e) when (e.Is(BuiltinTypes.ModuleNotFoundError) && e.Value.GetField("name") is PyStr n && n.Value == absName + "." + item)
        {
            // Not a submodule: 'from m import x' reports the missing name later.
        }
    }

    private static string ResolveName(string name, PyDict? globals, int level)
    {
        string? package = null;
        if (globals != null)
        {
            if (globals.TryGetStr("__package__", out var p) && p is PyStr ps)
                package = ps.Value;
            else if (globals.TryGetStr("__name__", out var n) && n is PyStr ns)
                package = globals.TryGetStr("__path__", out _) ? ns.Value : (ns.Value.Contains('.', StringComparison.Ordinal) ? ns.Value[..ns.Value.LastIndexOf('.')] : "");
        }
        if (string.IsNullOrEmpty(package))
            throw Err.New(BuiltinTypes.ImportError, "attempted relative import with no known parent package");
        string bas = package;
        for (int i = 1; i < level; i++)
        {
            int dot = bas.LastIndexOf('.');
            if (dot < 0)
                throw Err.New(BuiltinTypes.ImportError, "attempted relative import beyond top-level package");
            bas = bas[..dot];
        }
        return name.Length == 0 ? bas : bas + "." + name;
    }

    /// <summary>Imports a module by absolute dotted name; returns the module itself.</summary>
    public PyObject Import(string fullName)
    {
        if (interp.Modules.TryGetStr(fullName, out var existing))
        {
            if (existing == PyNone.Instance)
                throw NotFound($"import of {fullName} halted; None in sys.modules", fullName);
            return existing;
        }
        int dot = fullName.LastIndexOf('.');
        List<string> searchPath;
        PyObject? parent = null;
        if (dot >= 0)
        {
            string parentName = fullName[..dot];
            parent = Import(parentName);
            if (interp.Modules.TryGetStr(fullName, out existing))
                return existing;
            if (parent.Dict == null || !parent.Dict.TryGetStr("__path__", out var pp))
                throw NotFound($"No module named '{fullName}'; '{parentName}' is not a package", fullName);
            searchPath = PathList(pp);
        }
        else
        {
            var native = NativeModules.Create(interp, fullName);
            if (native != null)
            {
                interp.Modules.SetStr(fullName, native);
                return native;
            }
            searchPath = PathList(interp.Sys.Dict.TryGetStr("path", out var sp) ? sp : new PyList());
        }
        string shortName = dot >= 0 ? fullName[(dot + 1)..] : fullName;
        // A regular package or module anywhere on the path wins; directories without __init__.py found on the way are
        // the portions of a namespace package (PEP 420), used only when nothing else is found.
        List<string>? portions = null;
        if (dot < 0)
            searchPath.Add(StdLib.Root); // the library shipped inside Atoll comes after sys.path, as CPython's stdlib directory
        foreach (var dir in searchPath)
        {
            if (dir.StartsWith(StdLib.Root, StringComparison.Ordinal))
            {
                if (StdLib.Find(dir, shortName) is { } found)
                    return Load(fullName, found.File, found.PackageDir, parent, shortName);
                continue;
            }
            string baseDir = dir.Length == 0 ? Directory.GetCurrentDirectory() : dir;
            string pkgInit = Path.Combine(baseDir, shortName, "__init__.py");
            if (File.Exists(pkgInit))
                return Load(fullName, pkgInit, Path.Combine(baseDir, shortName), parent, shortName);
            string file = Path.Combine(baseDir, shortName + ".py");
            if (File.Exists(file))
                return Load(fullName, file, null, parent, shortName);
            if (Directory.Exists(Path.Combine(baseDir, shortName)))
                (portions ??= []).Add(Path.GetFullPath(Path.Combine(baseDir, shortName)));
        }
        if (portions != null)
            return LoadNamespace(fullName, portions, parent, shortName);
        throw NotFound($"No module named '{fullName}'", fullName);
    }

    private static List<string> PathList(PyObject p)
    {
        var list = new List<string>();
        var it = Ops.GetIter(p);
        while (Ops.Next(it) is { } x)
        {
            if (x is PyStr s)
                list.Add(s.Value);
        }
        return list;
    }

    private static PyException NotFound(string message, string name)
    {
        var e = Err.NewObject(BuiltinTypes.ModuleNotFoundError, message);
        e.SetField("name", new PyStr(name));
        return new PyException(e);
    }

    private PyModule LoadNamespace(string fullName, List<string> dirs, PyObject? parent, string shortName)
    {
        var m = new PyModule(fullName);
        var path = new PyObject[dirs.Count];
        for (int i = 0; i < path.Length; i++)
            path[i] = new PyStr(dirs[i]);
        m.Dict.SetStr("__path__", new PyList(path, path.Length));
        m.Dict.SetStr("__package__", new PyStr(fullName));
        m.Dict.SetStr("__file__", PyNone.Instance);
        m.Dict.SetStr("__spec__", MakeSpec(fullName, null, dirs[0], fullName));
        interp.Modules.SetStr(fullName, m);
        if (parent != null)
            Ops.SetAttr(parent, PyStr.Intern(shortName), m);
        return m;
    }

    private PyModule Load(string fullName, string file, string? packageDir, PyObject? parent, string shortName)
    {
        bool embedded = file.StartsWith(StdLib.Root, StringComparison.Ordinal);
        var full = embedded ? file : Path.GetFullPath(file);
        var code = GetCode(full);
        var m = new PyModule(fullName);
        var d = m.Dict;
        d.SetStr("__file__", new PyStr(full));
        d.SetStr("__cached__", PyNone.Instance);
        d.SetStr("__builtins__", interp.BuiltinsModule);
        d.SetStr("__loader__", PyNone.Instance);
        string package = packageDir != null ? fullName : (fullName.Contains('.', StringComparison.Ordinal) ? fullName[..fullName.LastIndexOf('.')] : "");
        d.SetStr("__package__", new PyStr(package));
        if (packageDir != null)
            d.SetStr("__path__", new PyList([new PyStr(embedded ? packageDir : Path.GetFullPath(packageDir))], 1));
        d.SetStr("__spec__", MakeSpec(fullName, full, packageDir, package));
        interp.Modules.SetStr(fullName, m);
        _initializing.Add(fullName);
        try
        {
            interp.RunCode(code, d, d);
        }
        catch
        {
            interp.Modules.Remove(PyStr.Intern(fullName));
            throw;
        }
        finally
        {
            _initializing.Remove(fullName);
        }
        // The module may have replaced itself in sys.modules.
        var result = interp.Modules.TryGetStr(fullName, out var r) ? r : m;
        if (parent != null)
            Ops.SetAttr(parent, PyStr.Intern(shortName), result);
        return (result as PyModule) ?? m;
    }

    private static PyObject MakeSpec(string name, string? origin, string? searchDir, string parent)
    {
        var spec = new PyNamespace();
        spec.Dict.SetStr("name", new PyStr(name));
        spec.Dict.SetStr("origin", origin == null ? PyNone.Instance : new PyStr(origin));
        spec.Dict.SetStr("parent", new PyStr(parent));
        spec.Dict.SetStr("submodule_search_locations", searchDir == null ? PyNone.Instance
            : new PyList([new PyStr(searchDir.StartsWith(StdLib.Root, StringComparison.Ordinal) ? searchDir : Path.GetFullPath(searchDir))], 1));
        spec.Dict.SetStr("has_location", PyBool.From(origin != null));
        spec.Dict.SetStr("cached", PyNone.Instance);
        spec.Dict.SetStr("loader", PyNone.Instance);
        return spec;
    }

    /// <summary>Runs a script file as module <paramref name="name"/> once (later calls return it from
    /// <c>sys.modules</c> while it is the same file).</summary>
    public PyModule LoadScriptAs(string name, string path)
    {
        if (interp.Modules.TryGetStr(name, out var existing) && existing is PyModule em
            && em.Dict.TryGetStr("__file__", out var f) && f is PyStr fs && fs.Value == path)
            return em;
        interp.RerunningMainScript = true;
        try
        {
            return Load(name, path, null, null, name);
        }
        finally
        {
            interp.RerunningMainScript = false;
        }
    }

    /// <summary>Compiled code for a file, shared by every interpreter in the process.</summary>
    internal static PyCode GetCode(string fullPath)
    {
        if (fullPath.StartsWith(StdLib.Root, StringComparison.Ordinal))
            return CodeCache.GetOrAdd((fullPath, DateTime.MinValue), static p => Compiler.CodeGen.CompileModule(StdLib.Read(p.Path), p.Path, CompileSource.File, "<module>"));
        var stamp = File.GetLastWriteTimeUtc(fullPath);
        if (CodeCache.TryGetValue((fullPath, stamp), out var code))
            return code;
        var bytes = File.ReadAllBytes(fullPath);
        code = Compiler.CodeGen.CompileModule(bytes, fullPath, CompileSource.File, "<module>");
        CodeCache[(fullPath, stamp)] = code;
        return code;
    }

    /// <summary><c>from m import name</c>: the attribute, or a submodule, or ImportError.</summary>
    public PyObject ImportFrom(PyObject module, string name)
    {
        var v = Ops.GetAttrOrNull(module, PyStr.Intern(name), throwError: false);
        if (v != null)
            return v;
        string? modName = module.Dict != null && module.Dict.TryGetStr("__name__", out var n) && n is PyStr ns ? ns.Value : null;
        if (modName != null && interp.Modules.TryGetStr(modName + "." + name, out var sub))
            return sub;
        string location = module.Dict != null && module.Dict.TryGetStr("__file__", out var f) && f is PyStr fs ? fs.Value : "unknown location";
        string msg = modName != null && _initializing.Contains(modName)
            ? $"cannot import name '{name}' from partially initialized module '{modName}' (most likely due to a circular import) ({location})"
            : $"cannot import name '{name}' from '{modName ?? "<unknown module name>"}' ({location})";
        var e = Err.NewObject(BuiltinTypes.ImportError, msg);
        e.SetField("name", modName == null ? PyNone.Instance : new PyStr(modName));
        e.SetField("path", location == "unknown location" ? PyNone.Instance : new PyStr(location));
        e.SetField("name_from", new PyStr(name));
        throw new PyException(e);
    }

    public static PyObject WalkAttributes(PyObject top, string dotted)
    {
        var parts = dotted.Split('.');
        PyObject m = top;
        for (int i = 1; i < parts.Length; i++)
            m = Ops.GetAttr(m, parts[i]);
        return m;
    }

    /// <summary><c>from m import *</c>: <c>__all__</c>, or every public name.</summary>
    public static void ImportStar(PyObject module, Frame f)
    {
        var d = module.Dict ?? throw Err.Type("module has no __dict__");
        void Bind(string name, PyObject value)
        {
            if (f.NamesMapping != null)
                Ops.SetItem(f.NamesMapping, PyStr.Intern(name), value);
            else
                (f.Names ?? f.Globals).SetStr(name, value);
        }
        if (d.TryGetStr("__all__", out var all))
        {
            var it = Ops.GetIter(all);
            while (Ops.Next(it) is { } x)
            {
                if (x is not PyStr s)
                    throw Err.Type($"Item in {Ops.Str(Ops.GetAttr(module, "__name__"))}.__all__ must be str, not {Ops.TypeName(x)}");
                Bind(s.Value, Ops.GetAttr(module, s));
            }
            return;
        }
        foreach (var (k, v) in d.StrItems())
        {
            if (!k.StartsWith('_'))
                Bind(k, v);
        }
    }
}

/// <summary><c>types.SimpleNamespace</c>.</summary>
public sealed class PyNamespace : PyObject
{
    private readonly PyDict _dict = new();

    /// <inheritdoc/>
    public override PyType Type => BuiltinTypes.NamespaceType;

    /// <inheritdoc/>
    public override PyDict Dict => _dict;
}
