using System;
using System.Collections.Generic;
using System.Text;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime;

/// <summary>
/// Formats exceptions as CPython 3.13's traceback module prints them (without the ~~~^^^ markers): chains of causes and
/// contexts, notes, "Did you mean" suggestions, and exception groups in their boxed layout
/// (docs.python.org/3/library/traceback.html).
/// </summary>
internal static class TracebackFormatter
{
    // Limits of the boxed exception group layout, as in traceback.TracebackException.
    private const int MaxGroupWidth = 15;
    private const int MaxGroupDepth = 10;

    /// <summary>What is printed of one exception, captured before formatting (as a TracebackException is).</summary>
    private sealed class Captured
    {
        public readonly PyBaseException Exc;
        public readonly string Str;
        public readonly PyObject? Notes;
        public readonly string? NotesError;
        public Captured? Cause;
        public Captured? Context;
        public List<Captured>? Members;

        public Captured(PyBaseException e, HashSet<PyBaseException> seen)
        {
            Exc = e;
            seen.Add(e);
            Str = SafeStr(e) + Suggestions.For(e);
            try
            {
                Notes = Ops.GetAttrOrNull(e, PyStr.Intern("__notes__"), throwError: false);
            }
            catch (PyException ne)
            {
                NotesError = "Ignored error getting __notes__: " + SafeText(ne.Value, "__notes__", repr: true);
            }
        }
    }

    public static string Format(PyBaseException e)
    {
        var sb = new StringBuilder();
        var seen = new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance);
        var top = Capture(e, seen);
        var ctx = new Context();
        Emit(sb, top, ctx);
        return sb.ToString();
    }

    /// <summary>Captures an exception with its chain and members; the order in which exceptions are first seen decides,
    /// as in CPython, which of two paths to a shared exception shows it.</summary>
    private static Captured Capture(PyBaseException e, HashSet<PyBaseException> seen)
    {
        var top = new Captured(e, seen);
        var work = new Stack<Captured>();
        work.Push(top);
        while (work.Count > 0)
        {
            var c = work.Pop();
            var x = c.Exc;
            if (x.Cause != null && !seen.Contains(x.Cause))
                c.Cause = new Captured(x.Cause, seen);
            if (c.Cause == null && !x.SuppressContext && x.Context != null && !seen.Contains(x.Context))
                c.Context = new Captured(x.Context, seen);
            if (x.Type.IsSubtypeOf(BuiltinTypes.BaseExceptionGroup))
            {
                c.Members = [];
                foreach (var m in ExceptionGroups.Exceptions(x).Items)
                {
                    if (m is PyBaseException me)
                        c.Members.Add(new Captured(me, seen));
                }
            }
            if (c.Cause != null)
                work.Push(c.Cause);
            if (c.Context != null)
                work.Push(c.Context);
            if (c.Members != null)
            {
                foreach (var m in c.Members)
                    work.Push(m);
            }
        }
        return top;
    }

    private sealed class Context
    {
        public int GroupDepth;
        public bool NeedClose;

        public string Indent => new(' ', 2 * GroupDepth);
    }

    /// <summary>Appends <paramref name="text"/>, every line of it prefixed by the margin of the current group depth.</summary>
    private static void Out(StringBuilder sb, Context ctx, string text, char margin = '|')
    {
        if (ctx.GroupDepth == 0)
        {
            sb.Append(text);
            return;
        }
        string prefix = ctx.Indent + margin + " ";
        int start = 0;
        while (start < text.Length)
        {
            int nl = text.IndexOf('\n', start);
            int end = nl < 0 ? text.Length : nl + 1;
            sb.Append(prefix).Append(text, start, end - start);
            start = end;
        }
    }

    private static void Emit(StringBuilder sb, Captured top, Context ctx)
    {
        // Each exception with the message that introduces it after its cause or context; printed oldest first.
        var chain = new List<(string? Message, Captured Exc)>();
        for (var c = top; c != null;)
        {
            if (c.Cause != null)
            {
                chain.Add(("\nThe above exception was the direct cause of the following exception:\n\n", c));
                c = c.Cause;
            }
            else if (c.Context != null)
            {
                chain.Add(("\nDuring handling of the above exception, another exception occurred:\n\n", c));
                c = c.Context;
            }
            else
            {
                chain.Add((null, c));
                c = null;
            }
        }
        for (int k = chain.Count - 1; k >= 0; k--)
        {
            var (m, c) = chain[k];
            if (m != null)
                Out(sb, ctx, m);
            if (c.Members == null)
            {
                if (c.Exc.Traceback != null)
                {
                    Out(sb, ctx, "Traceback (most recent call last):\n");
                    Out(sb, ctx, FormatEntries(c.Exc.Traceback));
                }
                Out(sb, ctx, ExceptionOnly(c));
            }
            else if (ctx.GroupDepth > MaxGroupDepth)
            {
                Out(sb, ctx, $"... (max_group_depth is {MaxGroupDepth})\n");
            }
            else
            {
                bool topLevel = ctx.GroupDepth == 0;
                if (topLevel)
                    ctx.GroupDepth++;
                if (c.Exc.Traceback != null)
                {
                    Out(sb, ctx, "Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
                    Out(sb, ctx, FormatEntries(c.Exc.Traceback));
                }
                Out(sb, ctx, ExceptionOnly(c));
                int count = c.Members.Count;
                int n = count <= MaxGroupWidth ? count : MaxGroupWidth + 1;
                ctx.NeedClose = false;
                for (int i = 0; i < n; i++)
                {
                    bool last = i == n - 1;
                    if (last)
                        ctx.NeedClose = true;
                    bool truncated = i >= MaxGroupWidth;
                    string title = truncated ? "..." : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    sb.Append(ctx.Indent).Append(i == 0 ? "+-" : "  ").Append("+---------------- ").Append(title).Append(" ----------------\n");
                    ctx.GroupDepth++;
                    if (!truncated)
                    {
                        Emit(sb, c.Members[i], ctx);
                    }
                    else
                    {
                        int remaining = count - MaxGroupWidth;
                        Out(sb, ctx, $"and {remaining} more exception{(remaining > 1 ? "s" : "")}\n");
                    }
                    if (last && ctx.NeedClose)
                    {
                        sb.Append(ctx.Indent).Append("+------------------------------------\n");
                        ctx.NeedClose = false;
                    }
                    ctx.GroupDepth--;
                }
                if (topLevel)
                    ctx.GroupDepth--;
            }
        }
    }

    private static string ExceptionOnly(Captured c)
    {
        var sb = new StringBuilder();
        var e = c.Exc;
        string typeName = TypeName(e.Type);
        if (e.Type.IsSubtypeOf(BuiltinTypes.SyntaxError))
        {
            FormatSyntaxError(sb, e, typeName);
        }
        else
        {
            sb.Append(c.Str.Length == 0 ? typeName : typeName + ": " + c.Str).Append('\n');
        }
        if (c.NotesError != null)
        {
            sb.Append(c.NotesError).Append('\n');
        }
        else if (c.Notes is PyList or PyTuple)
        {
            foreach (var n in (c.Notes is PyList l ? l.ToArray() : ((PyTuple)c.Notes).Items))
                sb.Append(SafeText(n, "note", repr: false)).Append('\n');
        }
        else if (c.Notes != null && c.Notes != PyNone.Instance)
        {
            sb.Append(SafeText(c.Notes, "__notes__", repr: true)).Append('\n');
        }
        return sb.ToString();
    }

    private static string SafeStr(PyBaseException e) => SafeText(e, "exception", repr: false);

    private static string SafeText(PyObject o, string what, bool repr)
    {
        try
        {
            return repr ? Ops.Repr(o) : Ops.Str(o);
        }
        catch (PyException)
        {
            return $"<{what} {(repr ? "repr" : "str")}() failed>";
        }
    }

    private static string TypeName(PyType t)
    {
        string module = t.Dict.TryGetStr("__module__", out var m) ? (m is PyStr ms ? ms.Value : "<unknown>") : "builtins";
        return module is "builtins" or "__main__" ? t.QualName : module + "." + t.QualName;
    }

    private static string FormatEntries(PyTraceback tb)
    {
        var sb = new StringBuilder();
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
                    sb.Append($"  [Previous line repeated {repeat - 2} more time{(repeat - 2 == 1 ? "" : "s")}]\n");
                repeat = 0;
                lastFile = file;
                lastLine = line;
                lastName = name;
            }
            sb.Append($"  File \"{file}\", line {line}, in {name}\n");
            var src = SourceLine(code, line);
            if (src != null)
                sb.Append("    ").Append(src).Append('\n');
        }
        if (repeat >= 3)
            sb.Append($"  [Previous line repeated {repeat - 2} more time{(repeat - 2 == 1 ? "" : "s")}]\n");
        return sb.ToString();
    }

    private static string? SourceLine(PyCode code, int line)
    {
        // "<string>", "<stdin>": no file to show lines from; the library embedded in Atoll has its source at hand.
        if (code.Filename.StartsWith('<') && !code.Filename.StartsWith(StdLib.Root, StringComparison.Ordinal))
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
        string name = TypeName(e.Type);
        string msg;
        if (e.Type.IsSubtypeOf(BuiltinTypes.SyntaxError) && e.GetField("msg") is PyStr sm)
            msg = sm.Value;
        else
            msg = SafeStr(e);
        msg += Suggestions.For(e);
        return msg.Length == 0 ? name : name + ": " + msg;
    }

    private static void FormatSyntaxError(StringBuilder sb, PyBaseException e, string typeName)
    {
        var linenoObj = e.GetField("lineno");
        int lineno = linenoObj is PyInt li ? (int)li.Value : 0;
        int offset = e.GetField("offset") is PyInt oi ? (int)oi.Value : 0;
        bool hasOffset = e.GetField("offset") is PyInt;
        int endLineno = e.GetField("end_lineno") is PyInt eli ? (int)eli.Value : -1;
        int endOffset = e.GetField("end_offset") is PyInt eoi ? (int)eoi.Value : 0;
        var filenameObj = e.GetField("filename");
        string? filename = filenameObj is PyStr fs ? fs.Value : null;
        string? text = e.GetField("text") is PyStr ts ? ts.Value : null;
        string suffix = "";
        if (linenoObj is PyInt)
            sb.Append("  File \"").Append(string.IsNullOrEmpty(filename) ? "<string>" : filename).Append("\", line ").Append(lineno).Append('\n');
        else if (filenameObj != PyNone.Instance)
            suffix = " (" + SafeText(filenameObj, "filename", repr: false) + ")";
        if (text != null)
            sb.Append(SyntaxErrorSourceLines(lineno, hasOffset ? offset : (int?)null, endLineno, endOffset, text));
        string msg = e.GetField("msg") is { } mo && mo != PyNone.Instance && Ops.IsTrue(mo) ? SafeText(mo, "msg", repr: false) : "<no detail available>";
        sb.Append(typeName).Append(": ").Append(msg).Append(suffix).Append('\n');
    }

    /// <summary>The source line of a SyntaxError and its carets.</summary>
    private static string SyntaxErrorSourceLines(int lineno, int? offsetOrNull, int endLineno, int endOffset, string text)
    {
        var sb = new StringBuilder();
        string rtext = text.TrimEnd('\n');
        string ltext = rtext.TrimStart(' ', '\n', '\f');
        int spaces = rtext.Length - ltext.Length;
        if (offsetOrNull is not int offset)
        {
            sb.Append("    ").Append(ltext).Append('\n');
            return sb.ToString();
        }
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
            sb.Append('^', Math.Max(0, endColno - colno)).Append('\n');
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
