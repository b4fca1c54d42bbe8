using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Atoll.Syntax;

namespace Atoll.Cli;

/// <summary><c>atoll -m tokenize [-e] [file]</c>: the same arguments and output as <c>python -m tokenize</c>
/// (Lib/tokenize.py, main()).</summary>
internal static class TokenizeCommand
{
    private const string Usage = "usage: python -m tokenize [-h] [-e] [filename.py]\n";

    private const string Help = Usage + "\n" +
        "positional arguments:\n" +
        "  filename.py  the file to tokenize; defaults to stdin\n" +
        "\n" +
        "options:\n" +
        "  -h, --help   show this help message and exit\n" +
        "  -e, --exact  display token names using the exact type\n";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? filename = null;
        bool exact = false;
        bool onlyPositional = false;
        foreach (string a in args)
        {
            if (!onlyPositional && a == "--")
            {
                onlyPositional = true;
                continue;
            }
            if (!onlyPositional && a.Length > 1 && a[0] == '-')
            {
                if (a is "-h" || IsPrefixOf(a, "--help"))
                {
                    stdout.Write(Help);
                    return 0;
                }
                if (a is "-e" || IsPrefixOf(a, "--exact"))
                {
                    exact = true;
                    continue;
                }
                return Fail(stderr, $"unrecognized arguments: {a}");
            }
            if (filename is not null)
                return Fail(stderr, $"unrecognized arguments: {a}");
            filename = a;
        }

        var warnings = new List<PythonSyntaxException>();
        var shown = new HashSet<(string, int)>();
        string name = filename ?? "<stdin>";
        try
        {
            if (filename is not null)
            {
                byte[] bytes;
                try
                {
                    bytes = File.ReadAllBytes(filename);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    stderr.WriteLine($"error: {OsError(e, filename)}");
                    return 1;
                }
                // As tokenize.main() does for a file: every token first, then the output.
                var tokens = new List<PythonToken>(PythonTokenizer.Tokenize(bytes, filename, warnings));
                PrintWarnings(warnings, shown, stderr);
                foreach (var t in tokens)
                    Print(t, exact, stdout);
            }
            else
            {
                // From stdin the tokens are printed as they come, so an error follows the tokens before it.
                string text = new UTF8Encoding(false, false).GetString(Program.ReadAllStdin());
                foreach (var t in PythonTokenizer.Tokenize(text, name, warnings))
                {
                    PrintWarnings(warnings, shown, stderr);
                    Print(t, exact, stdout);
                }
            }
            return 0;
        }
        catch (PythonSyntaxException e)
        {
            PrintWarnings(warnings, shown, stderr);
            stdout.Flush();
            if (e.Lineno > 0)
                stderr.WriteLine($"{name}:{e.Lineno}:{e.Offset}: error: {e.Message}");
            else
                stderr.WriteLine($"{name}: error: {e.Message}");
            return 1;
        }
    }

    private static bool IsPrefixOf(string arg, string option) =>
        arg.Length > 2 && arg.StartsWith("--", StringComparison.Ordinal) && option.StartsWith(arg, StringComparison.Ordinal);

    // "%-20s%-15s%-15r" % (range, type name, repr(string)): padded to code points, as Python counts them.
    private static void Print(in PythonToken t, bool exact, TextWriter stdout)
    {
        var sb = new StringBuilder(64);
        sb.Append(t.StartLine).Append(',').Append(t.StartCol).Append('-').Append(t.EndLine).Append(',').Append(t.EndCol).Append(':');
        Pad(sb, 0, 20);
        int typeStart = sb.Length;
        sb.Append((exact ? t.ExactType : t.Type).ToString());
        Pad(sb, typeStart, 15);
        int reprStart = sb.Length;
        sb.Append(PyRepr.Str(t.String));
        Pad(sb, reprStart, 15);
        stdout.Write(sb.Append('\n').ToString());
    }

    private static void Pad(StringBuilder sb, int from, int width)
    {
        int codePoints = 0;
        for (int i = from; i < sb.Length; i++)
        {
            if (!char.IsLowSurrogate(sb[i]))
                codePoints++;
        }
        if (codePoints < width)
            sb.Append(' ', width - codePoints);
    }

    // Python prints each SyntaxWarning once per line and text ("default" warning filter); the tokenize module's
    // tokenizer names no file.
    private static void PrintWarnings(List<PythonSyntaxException> warnings, HashSet<(string, int)> shown, TextWriter stderr)
    {
        foreach (var w in warnings)
        {
            if (shown.Add((w.Message, w.Lineno)))
                stderr.WriteLine($"<string>:{w.Lineno}: SyntaxWarning: {w.Message}");
        }
        warnings.Clear();
    }

    private static string OsError(Exception e, string filename) => e switch
    {
        UnauthorizedAccessException when Directory.Exists(filename) => $"[Errno 21] Is a directory: {PyRepr.Str(filename)}",
        UnauthorizedAccessException => $"[Errno 13] Permission denied: {PyRepr.Str(filename)}",
        _ when Directory.Exists(filename) => $"[Errno 21] Is a directory: {PyRepr.Str(filename)}",
        _ => $"[Errno 2] No such file or directory: {PyRepr.Str(filename)}",
    };

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.Write(Usage);
        stderr.WriteLine($"python -m tokenize: error: {message}");
        return 2;
    }
}
