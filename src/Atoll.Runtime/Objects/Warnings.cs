using System.Collections.Generic;
using Atoll.Syntax;

namespace Atoll.Runtime.Objects;

/// <summary>Emits warnings to stderr in CPython's default format (the warnings module proper comes later).</summary>
internal static class Warnings
{
    public static void Deprecation(string message) => Emit("DeprecationWarning", message, onlyInMain: true);

    public static void Runtime(string message) => Emit("RuntimeWarning", message, onlyInMain: false);

    public static void Emit(string category, string message, bool onlyInMain)
    {
        var ts = ThreadState.CurrentOrNull;
        if (ts == null)
            return;
        var frame = ts.CurrentFrame;
        string file = frame?.Code.Filename ?? "sys";
        int line = frame?.Line ?? 1;
        if (onlyInMain && frame != null && !(frame.Globals.TryGetStr("__name__", out var n) && n is PyStr ns && ns.Value == "__main__"))
            return;
        var key = file + ":" + line + ":" + category + ":" + message;
        if (!ts.Interp.WarningsShown.Add(key))
            return;
        var w = ts.Interp.StderrWriter;
        w.Write($"{file}:{line}: {category}: {message}\n");
        var text = frame?.Code.SourceLines is { } lines && line - 1 < lines.Length && line >= 1 ? lines[line - 1].Trim() : null;
        if (!string.IsNullOrEmpty(text))
            w.Write("  " + text + "\n");
        w.Flush();
    }

    public static void EmitSyntaxWarnings(List<PythonSyntaxException> warnings)
    {
        var ts = ThreadState.CurrentOrNull;
        if (ts == null)
            return;
        foreach (var wn in warnings)
        {
            var w = ts.Interp.StderrWriter;
            w.Write($"{wn.Filename}:{wn.Lineno}: SyntaxWarning: {wn.Message}\n");
            if (wn.Text is { } t)
                w.Write("  " + t.Trim(' ', '\t', '\f', '\n') + "\n");
        }
    }
}
