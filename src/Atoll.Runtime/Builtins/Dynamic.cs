using System;
using System.Text;
using Atoll.Runtime.Objects;
using Atoll.Syntax;

namespace Atoll.Runtime.Builtins;

/// <summary><c>eval</c>, <c>exec</c> and <c>compile</c>.</summary>
internal static class Dynamic
{
    public static PyObject Compile(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = Args.Bind("compile", args, kw, ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"], 3);
        var filename = a[1] is PyStr fs ? fs.Value : a[1] is PyBytes fb ? Encoding.UTF8.GetString(fb.Value) : throw Err.Type($"compile() argument 'filename' must be str, not {Ops.TypeName(a[1]!)}");
        var mode = (a[2] as PyStr ?? throw Err.Type($"compile() argument 'mode' must be str, not {Ops.TypeName(a[2]!)}")).Value;
        var parseMode = mode switch
        {
            "exec" => ParseMode.Exec,
            "eval" => ParseMode.Eval,
            "single" => ParseMode.Single,
            "func_type" => ParseMode.FuncType,
            _ => throw Err.Value("compile() mode must be 'exec', 'eval' or 'single'"),
        };
        int flags = a[3] == null ? 0 : Ops.AsInt(a[3]!);
        var bytes = SourceBytes(a[0]!, "compile");
        if ((flags & 0x400) != 0)
            return AstBridge.Parse(bytes, filename, parseMode);
        return Compiler.CodeGen.CompileModule(bytes, filename, CompileSource.String, "<module>", parseMode);
    }

    private static byte[] SourceBytes(PyObject src, string fname)
    {
        if (src is PyStr s)
            return Encoding.UTF8.GetBytes(s.Value);
        if (src is PyBytes b)
            return b.Value;
        if (src is PyByteArray ba)
            return ba.AsSpan().ToArray();
        throw Err.Type($"{fname}() arg 1 must be a string, bytes or code object");
    }

    private static (PyDict Globals, PyObject Locals) Namespaces(PyObject? g, PyObject? l, string fname)
    {
        var frame = ThreadState.Current.CurrentFrame;
        if (g == PyNone.Instance)
            g = null;
        if (l == PyNone.Instance)
            l = null;
        if (g != null && g is not PyDict)
            throw Err.Type(fname == "exec" ? $"exec() globals must be a dict, not {Ops.TypeName(g)}" : "globals must be a real dict; try eval(expr, {}, mapping)");
        if (l != null && l.Type.Lookup("__getitem__") == null)
            throw Err.Type($"locals must be a mapping");
        if (g == null)
        {
            if (frame == null)
                throw Err.System("no current frame");
            g = frame.Globals;
            l ??= BuiltinFunctions.Locals(frame);
        }
        var gd = (PyDict)g;
        if (!gd.TryGetStr("__builtins__", out _))
            gd.SetStr("__builtins__", ThreadState.Current.Interp.BuiltinsModule);
        return (gd, l ?? gd);
    }

    public static PyObject Eval(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = Args.Bind("eval", args, kw, ["source", "globals", "locals"], 1, posOnly: 1);
        var (g, l) = Namespaces(a[1], a[2], "eval");
        PyCode code;
        if (a[0] is PyCode c)
        {
            code = c;
        }
        else
        {
            if (a[0] is not (PyStr or PyBytes or PyByteArray))
                throw Err.Type("eval() arg 1 must be a string, bytes or code object");
            var bytes = SourceBytes(a[0]!, "eval");
            bytes = StripLeadingWhitespace(bytes);
            code = Compiler.CodeGen.CompileModule(bytes, "<string>", CompileSource.String, "<module>", ParseMode.Eval);
        }
        return ThreadState.Current.Interp.RunCode(code, g, l);
    }

    private static byte[] StripLeadingWhitespace(byte[] b)
    {
        int i = 0;
        while (i < b.Length && (b[i] == ' ' || b[i] == '\t'))
            i++;
        return i == 0 ? b : b[i..];
    }

    public static PyObject Exec(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = Args.Bind("exec", args, kw, ["source", "globals", "locals", "closure"], 1, posOnly: 1);
        var (g, l) = Namespaces(a[1], a[2], "exec");
        PyCode code;
        if (a[0] is PyCode c)
            code = c;
        else
            code = Compiler.CodeGen.CompileModule(SourceBytes(a[0]!, "exec"), "<string>", CompileSource.String, "<module>");
        ThreadState.Current.Interp.RunCode(code, g, l);
        return PyNone.Instance;
    }
}

/// <summary>compile() with PyCF_ONLY_AST: the ast module arrives with the standard library.</summary>
internal static class AstBridge
{
    public static PyObject Parse(byte[] source, string filename, ParseMode mode)
    {
        _ = source;
        _ = filename;
        _ = mode;
        throw Err.NotImplemented("compile() to an AST object needs the ast module, which is not available yet");
    }
}
