using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Atoll.Syntax.Tests.Fuzz;
using Xunit;
using AstDumper = Atoll.Syntax.Ast.AstDumper;

namespace Atoll.Syntax.Tests;

/// <summary>
/// Deeply nested and very long inputs (DESIGN.md, invariant 3). Each case of <c>DeepNesting/cases.json</c> describes
/// a source and records what CPython 3.13 did with it (<c>tools/regen-deep-nesting.py</c> fills that in):
/// <c>ast.parse</c> returned a tree, or raised SyntaxError / IndentationError / MemoryError from the parser, or
/// RecursionError "during ast construction" after the parser succeeded. Atoll must do the same: parse, then dump
/// (the dumper stands for the conversion to <c>ast</c> objects). On a large stack, as the <c>atoll</c> command gives,
/// the outcome must be CPython's exactly; on a 1 MiB stack and on xunit's own thread, where the stack guard may
/// stop first, it must still be CPython's outcome or MemoryError / RecursionError — never a stack overflow.
/// </summary>
public class DeepNestingTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private const string ParserOverflow = "parse: MemoryError: Parser stack overflowed - Python source too complex to parse";
    private const string ConversionOverflow = "dump: RecursionError: maximum recursion depth exceeded during ast construction";

    private sealed record Case(string Name, ParseMode Mode, string Source, string Expected, string? MAst);

    private static readonly Dictionary<string, Case> All = Load();

    public static TheoryData<string> Names() => new(All.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void MatchesCPythonOnLargeStack(string name)
    {
        var c = All[name];
        Assert.Equal(c.Expected, RunBounded(c, BoundedRun.LargeStack));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void EndsInPythonErrorOnOneMiBStack(string name)
    {
        var c = All[name];
        AssertCPythonOrStackGuard(c, RunBounded(c, BoundedRun.SmallStack));
    }

    // Directly on the thread xunit runs the test on: a stack overflow here would kill the test host.
    [Theory]
    [MemberData(nameof(Names))]
    public void EndsInPythonErrorOnTestThread(string name)
    {
        var c = All[name];
        AssertCPythonOrStackGuard(c, Run(c));
    }

    // `atoll -m ast` against `python3.13 -m ast`: the same last line on stderr when the front end fails, a tree when
    // it does not. Where CPython's -m ast fails only inside its own pure-Python ast.dump (a tree deeper than about
    // 990 nodes meets Python's recursion limit of 1000; m_ast is then "RecursionError: maximum recursion depth
    // exceeded"), atoll prints the tree: a known difference of the command, whose dumper is C# and not ast.py
    // running under a Python recursion limit. The front end is not involved; ast.parse is compared above.
    [Theory]
    [MemberData(nameof(Names))]
    public void AstCommandMatchesCPython(string name)
    {
        var c = All[name];
        if (c.MAst == "RecursionError: maximum recursion depth exceeded")
        {
            Assert.Equal("ok", c.Expected);
            return;
        }
        string path = Path.Combine(Path.GetTempPath(), $"atoll-deep-{Guid.NewGuid():N}.py");
        File.WriteAllText(path, c.Source);
        try
        {
            string mode = c.Mode == ParseMode.Eval ? "eval" : "exec";
            var (status, _, stderr) = GoldenFiles.RunAtoll("-m", "ast", "--mode", mode, path);
            if (c.MAst is null)
            {
                Assert.True(status == 0, stderr);
            }
            else
            {
                Assert.Equal(1, status);
                Assert.Equal(c.MAst, stderr.TrimEnd('\n').Split('\n')[^1]);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void AssertCPythonOrStackGuard(Case c, string actual)
    {
        if (actual == c.Expected)
            return;
        // The stack guard may stop a parse or a dump that a larger stack would finish; it must do so with the
        // Python error CPython raises when its own limits are reached, and only where CPython got further.
        bool stackGuard = actual is ParserOverflow or ConversionOverflow && c.Expected is "ok" or ConversionOverflow;
        Assert.True(stackGuard, $"expected {c.Expected} (or a stack-guard error), got {actual}");
    }

    private static string RunBounded(Case c, int stackSize)
    {
        string outcome = "";
        bool finished = BoundedRun.TryRun(() => outcome = Run(c), stackSize, Timeout, out var error);
        Assert.True(finished, $"{c.Name}: no result within {Timeout.TotalSeconds} s");
        Assert.Null(error);
        return outcome;
    }

    /// <summary>"ok", or the stage that failed and the error, formatted as the expectations in cases.json are.</summary>
    private static string Run(Case c)
    {
        Ast.ModNode tree;
        try
        {
            tree = PythonParser.Parse(SourceText.FromBytes(Encoding.UTF8.GetBytes(c.Source), "<deep>"), c.Mode).Tree;
        }
        catch (PythonSyntaxException e)
        {
            return Format("parse", e.ErrorType, e.Message, e.Lineno, e.Offset, e.EndLineno, e.EndOffset);
        }
        catch (PythonResourceException e)
        {
            return Format("parse", e.ErrorType, e.Message);
        }
        try
        {
            AstDumper.Dump(tree);
            return "ok";
        }
        catch (PythonResourceException e)
        {
            return Format("dump", e.ErrorType, e.Message);
        }
    }

    private static string Format(string stage, string type, string message, int? lineno = null, int? offset = null,
        int? endLineno = null, int? endOffset = null) =>
        lineno is null
            ? $"{stage}: {type}: {message}"
            : string.Create(CultureInfo.InvariantCulture, $"{stage}: {type}: {message} ({lineno}:{offset}-{endLineno}:{endOffset})");

    // ---- cases.json ----

    private static Dictionary<string, Case> Load()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "DeepNesting", "cases.json");
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var cases = new Dictionary<string, Case>(StringComparer.Ordinal);
        foreach (var e in doc.RootElement.EnumerateArray())
        {
            string name = e.GetProperty("name").GetString()!;
            var mode = Str(e, "mode") == "eval" ? ParseMode.Eval : ParseMode.Exec;
            cases.Add(name, new Case(name, mode, Build(e), Expected(e.GetProperty("expected")), Str(e, "m_ast")));
        }
        return cases;
    }

    /// <summary>prefix + (indent * i + open for i in range(count)) + indent * count + middle + close * count + suffix,
    /// exactly as tools/regen-deep-nesting.py builds it.</summary>
    private static string Build(JsonElement e)
    {
        int count = e.GetProperty("count").GetInt32();
        string indent = Str(e, "indent") ?? "", open = Str(e, "open") ?? "", close = Str(e, "close") ?? "";
        var sb = new StringBuilder(Str(e, "prefix"));
        for (int i = 0; i < count; i++)
            sb.Insert(sb.Length, indent, i).Append(open);
        sb.Insert(sb.Length, indent, count).Append(Str(e, "middle"));
        sb.Insert(sb.Length, close, count);
        return sb.Append(Str(e, "suffix")).ToString();
    }

    private static string Expected(JsonElement x)
    {
        if (x.ValueKind == JsonValueKind.Null)
            return "ok";
        string type = x.GetProperty("type").GetString()!, message = x.GetProperty("message").GetString()!;
        if (type is "MemoryError" or "RecursionError")
            return Format(message.EndsWith("during ast construction", StringComparison.Ordinal) ? "dump" : "parse", type, message);
        return Format("parse", type, message, x.GetProperty("lineno").GetInt32(), x.GetProperty("offset").GetInt32(),
            x.GetProperty("end_lineno").GetInt32(), x.GetProperty("end_offset").GetInt32());
    }

    private static string? Str(JsonElement e, string property) =>
        e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
