using System.Collections.Generic;
using System.IO;
using System.Text;
using Atoll.Syntax;
using Atoll.Syntax.Ast;

namespace Atoll.Cli;

/// <summary>Parses a file for the command line and reports warnings and errors as CPython prints them.</summary>
internal static class Frontend
{
    /// <summary>Parses <paramref name="bytes"/>; returns 0, or 1 after printing the error. A <paramref name="script"/>
    /// (the file <c>atoll FILE</c> runs) is read as CPython reads the file it runs.</summary>
    public static int Compile(byte[] bytes, string filename, TextWriter stderr, out ModNode? tree,
        ParseMode mode = ParseMode.Exec, bool typeComments = false, bool script = false, bool printWarnings = true)
    {
        tree = null;
        try
        {
            var source = SourceText.FromBytes(bytes, filename, script);
            var result = PythonParser.Parse(source, mode, typeComments);
            if (printWarnings)
            {
                foreach (var w in result.Warnings)
                    PrintWarning(w, stderr);
            }
            // The errors CPython raises when it compiles the tree (never from ast.parse): only for a program to run.
            if (script)
            {
                var compileWarnings = new List<PythonSyntaxException>();
                try
                {
                    CompileChecks.Check(result.Tree, source, compileWarnings);
                }
                catch (PythonSyntaxException)
                {
                    if (!printWarnings)
                    {
                        foreach (var w in result.Warnings)
                            PrintWarning(w, stderr);
                    }
                    foreach (var w in compileWarnings)
                        PrintWarning(w, stderr);
                    throw;
                }
                if (printWarnings)
                {
                    foreach (var w in compileWarnings)
                        PrintWarning(w, stderr);
                }
            }
            tree = result.Tree;
            return 0;
        }
        catch (PythonSyntaxException e)
        {
            stderr.Write(ErrorFormatter.FormatSyntaxError(e));
            return 1;
        }
        catch (PythonResourceException e)
        {
            stderr.WriteLine($"{e.ErrorType}: {e.Message}");
            return 1;
        }
    }

    private static void PrintWarning(PythonSyntaxException w, TextWriter stderr)
    {
        var sb = new StringBuilder();
        sb.Append(w.Filename).Append(':').Append(w.Lineno).Append(": SyntaxWarning: ").Append(w.Message).Append('\n');
        if (w.Text is { } text)
            sb.Append("  ").Append(text.Trim(' ', '\t', '\f', '\n')).Append('\n');
        stderr.Write(sb.ToString());
    }
}

/// <summary>Formats exceptions as CPython 3.13's traceback module does.</summary>
internal static class ErrorFormatter
{
    public static string FormatSyntaxError(PythonSyntaxException e)
    {
        var sb = new StringBuilder();
        string suffix = "";
        if (e.Lineno > 0)
            sb.Append("  File \"").Append(e.Filename).Append("\", line ").Append(e.Lineno).Append('\n');
        else if (e.Filename.Length > 0) // CPython's file reader raises some errors without a file name
            suffix = " (" + e.Filename + ")";
        if (e.Text is { } text && e.Lineno > 0)
        {
            string rtext = text.TrimEnd('\n');
            string ltext = rtext.TrimStart(' ', '\n', '\f');
            int spaces = rtext.Length - ltext.Length;
            int offset = e.Offset;
            int endOffset = e.Lineno == e.EndLineno ? (e.EndOffset == 0 ? offset : e.EndOffset) : rtext.Length + 1;
            if (text.Length > 0 && offset > text.Length)
                offset = rtext.Length + 1;
            if (text.Length > 0 && endOffset > text.Length)
                endOffset = rtext.Length + 1;
            if (offset >= endOffset || endOffset < 0)
                endOffset = offset + 1;
            int colno = offset - 1 - spaces;
            int endColno = endOffset - 1 - spaces;
            sb.Append("    ").Append(ltext).Append('\n');
            if (colno >= 0)
            {
                sb.Append("    ");
                for (int i = 0; i < colno && i < ltext.Length; i++)
                    sb.Append(char.IsWhiteSpace(ltext[i]) ? ltext[i] : ' ');
                for (int i = ltext.Length; i < colno; i++)
                    sb.Append(' ');
                sb.Append('^', endColno - colno).Append('\n');
            }
        }
        sb.Append(e.ErrorType).Append(": ").Append(string.IsNullOrEmpty(e.Message) ? "<no detail available>" : e.Message).Append(suffix).Append('\n');
        return sb.ToString();
    }
}
