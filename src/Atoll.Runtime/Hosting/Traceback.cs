using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime;

/// <summary>Formats exceptions as CPython 3.13's traceback module prints them (without the ~~~^^^ markers).</summary>
internal static class TracebackFormatter
{
    public static string Format(PyBaseException e)
    {
        var sb = new StringBuilder();
        var seen = new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance);
        FormatChain(sb, e, seen, "");
        return sb.ToString();
    }

    private static void FormatChain(StringBuilder sb, PyBaseException e, HashSet<PyBaseException> seen, string indent)
    {
        seen.Add(e);
        if (e.Cause != null && !seen.Contains(e.Cause))
        {
            FormatChain(sb, e.Cause, seen, indent);
            sb.Append(indent).Append('\n').Append(indent).Append("The above exception was the direct cause of the following exception:\n").Append(indent).Append('\n');
        }
        else if (e.Context != null && !e.SuppressContext && !seen.Contains(e.Context))
        {
            FormatChain(sb, e.Context, seen, indent);
            sb.Append(indent).Append('\n').Append(indent).Append("During handling of the above exception, another exception occurred:\n").Append(indent).Append('\n');
        }
        FormatOne(sb, e, indent);
    }

    private static void FormatOne(StringBuilder sb, PyBaseException e, string indent)
    {
        if (e.Traceback != null)
        {
            sb.Append(indent).Append("Traceback (most recent call last):\n");
            FormatEntries(sb, e.Traceback, indent);
        }
        if (e.Type.IsSubtypeOf(BuiltinTypes.SyntaxError))
            FormatSyntaxErrorLines(sb, e, indent);
        sb.Append(indent).Append(ExceptionOnly(e)).Append('\n');
        if (e.DictIfAny != null && e.DictIfAny.TryGetStr("__notes__", out var notes))
        {
            if (notes is PyList or PyTuple)
            {
                var it = Ops.GetIter(notes);
                while (Ops.Next(it) is { } n)
                {
                    string text = n is PyStr ns ? ns.Value : SafeRepr(n);
                    foreach (var line in text.Split('\n'))
                        sb.Append(indent).Append(line).Append('\n');
                }
            }
            else
            {
                sb.Append(indent).Append(SafeRepr(notes)).Append('\n');
            }
        }
    }

    private static string SafeRepr(PyObject o)
    {
        try
        {
            return Ops.Repr(o);
        }
        catch (PyException)
        {
            return "<__notes__ repr() failed>";
        }
    }

    private static void FormatEntries(StringBuilder sb, PyTraceback tb, string indent)
    {
        string? lastFile = null;
        int lastLine = -1;
        string? lastName = null;
        int repeat = 0;
        for (var t = tb; t != null; t = t.Next)
        {
            var code = t.Frame.Code;
            string file = code.Filename;
            string name = code.Name;
            int line = t.Line;
            if (file == lastFile && line == lastLine && name == lastName)
            {
                repeat++;
                if (repeat >= 3)
                    continue;
            }
            else
            {
                if (repeat >= 3)
                    sb.Append(indent).Append($"  [Previous line repeated {repeat - 2} more time{(repeat - 2 == 1 ? "" : "s")}]\n");
                repeat = 0;
                lastFile = file;
                lastLine = line;
                lastName = name;
            }
            sb.Append(indent).Append($"  File \"{file}\", line {line}, in {name}\n");
            var src = SourceLine(code, line);
            if (src != null)
                sb.Append(indent).Append("    ").Append(src).Append('\n');
        }
        if (repeat >= 3)
            sb.Append(indent).Append($"  [Previous line repeated {repeat - 2} more time{(repeat - 2 == 1 ? "" : "s")}]\n");
    }

    private static string? SourceLine(PyCode code, int line)
    {
        if (code.Filename.StartsWith('<'))
            return null;
        var lines = code.SourceLines;
        if (lines == null || line < 1 || line > lines.Length)
            return null;
        var text = lines[line - 1].Trim(' ', '\t', '\f', '\r', '\n');
        return text.Length == 0 ? null : text;
    }

    /// <summary>The last line: <c>Type: message</c>.</summary>
    public static string ExceptionOnly(PyBaseException e)
    {
        var t = e.Type;
        string module = t.Dict.TryGetStr("__module__", out var m) && m is PyStr ms ? ms.Value : "builtins";
        string name = module is "builtins" or "__main__" ? t.QualName : module + "." + t.QualName;
        string msg;
        try
        {
            if (t.IsSubtypeOf(BuiltinTypes.SyntaxError) && e.GetField("msg") is PyStr sm)
                msg = sm.Value;
            else
                msg = Ops.Str(e);
        }
        catch (PyException)
        {
            msg = "<exception str() failed>";
        }
        msg += Suggestions.For(e);
        return msg.Length == 0 ? name : name + ": " + msg;
    }

    private static void FormatSyntaxErrorLines(StringBuilder sb, PyBaseException e, string indent)
    {
        int lineno = e.GetField("lineno") is PyInt li ? (int)li.Value : 0;
        int offset = e.GetField("offset") is PyInt oi ? (int)oi.Value : 0;
        int endLineno = e.GetField("end_lineno") is PyInt eli ? (int)eli.Value : lineno;
        int endOffset = e.GetField("end_offset") is PyInt eoi ? (int)eoi.Value : 0;
        string filename = e.GetField("filename") is PyStr fs ? fs.Value : "<string>";
        string? text = e.GetField("text") is PyStr ts ? ts.Value : null;
        var lines = SyntaxErrorLines(filename, lineno, offset, endLineno, endOffset, text);
        foreach (var l in lines.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            sb.Append(indent).Append(l).Append('\n');
    }

    /// <summary>The location lines CPython prints above a SyntaxError's message: file and line, the source line, the carets.</summary>
    public static string SyntaxErrorLines(string filename, int lineno, int offset, int endLineno, int endOffset, string? text)
    {
        var sb = new StringBuilder();
        if (lineno > 0)
            sb.Append("  File \"").Append(filename).Append("\", line ").Append(lineno).Append('\n');
        if (text != null && lineno > 0)
        {
            string rtext = text.TrimEnd('\n');
            string ltext = rtext.TrimStart(' ', '\n', '\f');
            int spaces = rtext.Length - ltext.Length;
            int end = lineno == endLineno ? (endOffset == 0 ? offset : endOffset) : rtext.Length + 1;
            if (text.Length > 0 && offset > text.Length)
                offset = rtext.Length + 1;
            if (text.Length > 0 && end > text.Length)
                end = rtext.Length + 1;
            if (offset >= end || end < 0)
                end = offset + 1;
            int colno = offset - 1 - spaces;
            int endColno = end - 1 - spaces;
            sb.Append("    ").Append(ltext).Append('\n');
            if (colno >= 0)
            {
                sb.Append("    ");
                for (int i = 0; i < colno && i < ltext.Length; i++)
                    sb.Append(char.IsWhiteSpace(ltext[i]) ? ltext[i] : ' ');
                for (int i = ltext.Length; i < colno; i++)
                    sb.Append(' ');
                sb.Append('^', Math.Max(1, endColno - colno)).Append('\n');
            }
        }
        return sb.ToString();
    }
}

/// <summary>The "Did you mean" suggestions CPython's traceback module adds to NameError, AttributeError and ImportError.</summary>
internal static class Suggestions
{
    public static string For(PyBaseException e)
    {
        try
        {
            if (e.Type.IsSubtypeOf(BuiltinTypes.NameError) && e.GetField("name") is PyStr n)
            {
                var candidates = new List<string>();
                var tb = e.Traceback;
                while (tb?.Next != null)
                    tb = tb.Next;
                if (tb != null)
                {
                    var f = tb.Frame;
                    if (f.Code.Kind == CodeKind.Function)
                        candidates.AddRange(f.Code.SlotNames);
                    else if (f.Names != null)
                        AddKeys(candidates, f.Names);
                    AddKeys(candidates, f.Globals);
                    AddKeys(candidates, f.Builtins);
                    if (f.Code.Kind == CodeKind.Function && f.Code.ArgCount > 0 && f.Slots[0] is { } self && self is not PyCell)
                    {
                        if (Ops.GetAttrOrNull(self, PyStr.Intern(n.Value), throwError: false) != null)
                            return $". Did you mean: 'self.{n.Value}'?";
                    }
                }
                var s = Best(n.Value, candidates);
                if (s != null)
                    return $". Did you mean: '{s}'?";
                if (IsStdlibModule(n.Value))
                    return $". Did you forget to import '{n.Value}'?";
            }
            else if (e.Type.IsSubtypeOf(BuiltinTypes.AttributeError) && e.GetField("name") is PyStr an && e.Fields != null && e.Fields.TryGetValue("obj", out var obj))
            {
                var candidates = new List<string>();
                if (obj.Dict != null)
                    AddKeys(candidates, obj.Dict);
                var types = obj is PyType ty ? ty.Mro : obj.Type.Mro;
                foreach (var t in types)
                    AddKeys(candidates, t.Dict);
                var s = Best(an.Value, candidates);
                if (s != null)
                    return $". Did you mean: '{s}'?";
            }
            else if (e.Type == BuiltinTypes.ImportError && e.GetField("name_from") is PyStr nf && e.GetField("name") is PyStr modName)
            {
                var m = ThreadState.CurrentOrNull?.Interp.Modules.GetItem(modName);
                if (m?.Dict != null)
                {
                    var candidates = new List<string>();
                    AddKeys(candidates, m.Dict);
                    var s = Best(nf.Value, candidates);
                    if (s != null)
                        return $". Did you mean: '{s}'?";
                }
            }
        }
        catch (PyException)
        {
        }
        return "";
    }

    private static bool IsStdlibModule(string n) => n is "math" or "sys" or "os" or "re" or "time" or "random" or "json" or "itertools" or "functools" or "collections";

    private static void AddKeys(List<string> list, PyDict d)
    {
        foreach (var (k, _) in d.StrItems())
            list.Add(k);
    }

    // CPython's _compute_suggestion_error: Levenshtein distance with case-change cost 1 and substitution 2, limited.
    private static string? Best(string wrong, List<string> candidates)
    {
        if (candidates.Count > 750 || wrong.Length > 40)
            return null;
        string? best = null;
        int bestDist = int.MaxValue;
        foreach (var c in candidates)
        {
            if (c == wrong || c.Length > 40)
                continue;
            int maxDist = (wrong.Length + c.Length + 3) * 2 / 6;
            int d = Distance(wrong, c, maxDist);
            if (d > maxDist)
                continue;
            if (best == null || d < bestDist)
            {
                best = c;
                bestDist = d;
            }
        }
        return best;
    }

    private static int Distance(string a, string b, int max)
    {
        const int Move = 2, Case = 1;
        if (a == b)
            return 0;
        int pre = 0;
        while (pre < a.Length && pre < b.Length && a[pre] == b[pre])
            pre++;
        a = a[pre..];
        b = b[pre..];
        int suf = 0;
        while (suf < a.Length && suf < b.Length && a[a.Length - 1 - suf] == b[b.Length - 1 - suf])
            suf++;
        a = a[..(a.Length - suf)];
        b = b[..(b.Length - suf)];
        if (a.Length == 0 || b.Length == 0)
            return (a.Length + b.Length) * Move;
        if (Math.Abs(a.Length - b.Length) * Move > max)
            return max + 1;
        if (b.Length < a.Length)
            (a, b) = (b, a);
        var row = new int[a.Length];
        for (int i = 0; i < a.Length; i++)
            row[i] = (i + 1) * Move;
        int result = 0;
        for (int bi = 0; bi < b.Length; bi++)
        {
            char code = b[bi];
            int distance = result = bi * Move;
            int minimum = int.MaxValue;
            for (int ai = 0; ai < a.Length; ai++)
            {
                int subCost = a[ai] == code ? 0 : char.ToLowerInvariant(a[ai]) == char.ToLowerInvariant(code) ? Case : Move;
                int substitute = distance + subCost;
                distance = row[ai];
                int insertDelete = Math.Min(result, distance) + Move;
                result = Math.Min(insertDelete, substitute);
                row[ai] = result;
                if (result < minimum)
                    minimum = result;
            }
            if (minimum > max)
                return max + 1;
        }
        return result;
    }
}
