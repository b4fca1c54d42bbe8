using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Atoll.Runtime.Objects;
using Atoll.Syntax;

namespace Atoll.Runtime.Hosting;

/// <summary>
/// What the <c>atoll</c> command does with a script, <c>-c</c>, <c>-m</c> or stdin: runs it as <c>__main__</c> in a new
/// interpreter, prints an uncaught exception as CPython does and turns it (or SystemExit) into the exit status.
/// </summary>
public static class PythonMain
{
    /// <summary>Runs source text as the main module; returns the process exit status.</summary>
    /// <param name="source">The program's bytes (decoded as a file is: PEP 263 cookie, BOM).</param>
    /// <param name="filename">The name shown in tracebacks (an absolute path for a file).</param>
    /// <param name="argv">sys.argv.</param>
    /// <param name="path0">The first entry of sys.path (the script's directory, or '' for -c and stdin).</param>
    /// <param name="isFile">True for a script file.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <param name="stdin">Standard input.</param>
    /// <param name="onStart">Called with the interpreter before the program runs (to hook Ctrl-C).</param>
    public static int Run(byte[] source, string filename, IReadOnlyList<string> argv, string path0, bool isFile,
        TextWriter stdout, TextWriter stderr, TextReader stdin, Action<Interpreter>? onStart = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var interp = new Interpreter(stdout, stderr, stdin, argv, [path0]);
        onStart?.Invoke(interp);
        int status;
        try
        {
            interp.RunMain(source, filename, isFile);
            status = 0;
        }
        catch (PyException e)
        {
            status = interp.HandleUncaught(e.Value);
        }
        WaitForThreads(interp);
        return Finish(interp, status);
    }

    /// <summary>What CPython's finalization does first: if the program imported <c>threading</c>, its <c>_shutdown()</c>
    /// waits for the non-daemon threads (after an uncaught exception has been printed, as in CPython); then the
    /// <c>atexit</c> callbacks run.</summary>
    private static void WaitForThreads(Interpreter interp)
    {
        interp.Enter(() =>
        {
            if (!interp.Modules.TryGetStr("threading", out var threading))
                return 0;
            try
            {
                if (Ops.GetAttrOrNull(threading, "_shutdown") is { } shutdown)
                    Ops.Call(shutdown);
            }
            catch (PyException e)
            {
                interp.PrintUnraisable("Exception ignored on threading shutdown:", e.Value);
            }
            return 0;
        });
        RunAtExit(interp);
    }

    /// <summary>Then the <c>atexit</c> functions (weakref.finalize's among them), last registered first.</summary>
    private static void RunAtExit(Interpreter interp)
    {
        interp.Enter(() =>
        {
            Modules.AtexitModule.Run(interp);
            return 0;
        });
    }

    // The status a process reports is the low byte of the exit code (sys.exit(258) exits with 2).
    private static int Finish(Interpreter interp, int status)
    {
        status &= 0xFF;
        try
        {
            var stdout = interp.Sys.Dict.GetStr(PyStr.Intern("stdout"));
            if (stdout is PyTextStream ts)
                ts.Flush();
        }
        catch (IOException)
        {
        }
        return status;
    }

    /// <summary>The interactive prompt: reads statements from <paramref name="stdin"/> and shows expression values.</summary>
    public static int Repl(TextWriter stdout, TextWriter stderr, TextReader stdin, Action<Interpreter>? onStart = null)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(stdin);
        var interp = new Interpreter(stdout, stderr, stdin, [""], [""]);
        onStart?.Invoke(interp);
        stderr.Write($"Python {RuntimeInfo.PythonVersion} (Atoll) on .NET {Environment.Version}\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
        var buffer = new StringBuilder();
        while (true)
        {
            stderr.Write(buffer.Length == 0 ? ">>> " : "... ");
            stderr.Flush();
            stdout.Flush();
            string? line;
            try
            {
                line = stdin.ReadLine();
            }
            catch (IOException)
            {
                line = null;
            }
            if (line == null)
            {
                stderr.Write("\n");
                WaitForThreads(interp);
                return 0;
            }
            buffer.Append(line).Append('\n');
            var text = buffer.ToString();
            if (NeedsMore(text, line))
                continue;
            buffer.Clear();
            if (text.Trim().Length == 0)
                continue;
            try
            {
                interp.RunInteractive(Encoding.UTF8.GetBytes(text));
            }
            catch (PyException e)
            {
                if (e.Is(BuiltinTypes.SystemExit))
                {
                    int status = interp.HandleUncaught(e.Value);
                    WaitForThreads(interp);
                    return status;
                }
                interp.Enter(() =>
                {
                    interp.PrintException(e.Value);
                    return 0;
                });
            }
            stdout.Flush();
        }
    }

    // A statement is complete when it parses, or fails for a reason other than running out of input; a compound
    // statement ends at an empty line.
    private static bool NeedsMore(string text, string lastLine)
    {
        bool inBlock = text.Contains(":\n", StringComparison.Ordinal) && text.TrimEnd('\n').Contains('\n', StringComparison.Ordinal);
        try
        {
            PythonParser.Parse(SourceText.FromString(text, "<stdin>"), ParseMode.Single, false);
            if (lastLine.TrimEnd().EndsWith(':'))
                return true;
            return inBlock && lastLine.Trim().Length > 0;
        }
        catch (PythonSyntaxException e)
        {
            if (e.Message.Contains("was never closed", StringComparison.Ordinal) || e.Message.StartsWith("expected an indented block", StringComparison.Ordinal)
                || e.Message.Contains("unexpected EOF", StringComparison.Ordinal) || e.Message.Contains("unterminated triple-quoted", StringComparison.Ordinal)
                || (lastLine.TrimEnd().EndsWith('\\')))
                return lastLine.Length > 0 || !inBlock;
            return inBlock && lastLine.Trim().Length > 0;
        }
        catch (PythonResourceException)
        {
            return false;
        }
    }
}
