using System;
using System.Globalization;
using System.IO;
using Atoll.Syntax;
using Atoll.Syntax.Ast;

namespace Atoll.Cli;

/// <summary><c>atoll -m ast</c>: the same arguments and output as <c>python -m ast</c> (Lib/ast.py, main()).</summary>
internal static class AstCommand
{
    private const string Usage = "usage: python -m ast [-h] [-m {exec,single,eval,func_type}] [--no-type-comments] [-a]\n                     [-i INDENT]\n                     [infile]\n";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string infile = "-";
        bool infileSet = false;
        string mode = "exec";
        bool typeComments = true;
        bool attributes = false;
        int indent = 3;
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            string? inlineValue = null;
            int eq = a.IndexOf('=', StringComparison.Ordinal);
            if (a.StartsWith("--", StringComparison.Ordinal) && eq > 0)
            {
                inlineValue = a[(eq + 1)..];
                a = a[..eq];
            }
            switch (a)
            {
                case "-h":
                case "--help":
                    stdout.Write(Usage);
                    return 0;
                case "-a":
                case "--include-attributes":
                    attributes = true;
                    break;
                case "--no-type-comments":
                    typeComments = false;
                    break;
                case "-m":
                case "--mode":
                case "-i":
                case "--indent":
                    string? v = inlineValue ?? (i + 1 < args.Length ? args[++i] : null);
                    if (v is null)
                        return Fail(stderr, $"argument {(a.StartsWith("-m", StringComparison.Ordinal) || a == "--mode" ? "-m/--mode" : "-i/--indent")}: expected one argument");
                    if (a is "-m" or "--mode")
                    {
                        if (v is not ("exec" or "single" or "eval" or "func_type"))
                            return Fail(stderr, $"argument -m/--mode: invalid choice: '{v}' (choose from 'exec', 'single', 'eval', 'func_type')");
                        mode = v;
                    }
                    else if (!int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out indent))
                    {
                        return Fail(stderr, $"argument -i/--indent: invalid int value: '{v}'");
                    }
                    break;
                default:
                    if (a.StartsWith("-i", StringComparison.Ordinal) && a.Length > 2 &&
                        int.TryParse(a.AsSpan(2), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int iv))
                    {
                        indent = iv;
                        break;
                    }
                    if (a.StartsWith('-') && a != "-")
                        return Fail(stderr, $"unrecognized arguments: {a}");
                    if (infileSet)
                        return Fail(stderr, $"unrecognized arguments: {a}");
                    infile = a;
                    infileSet = true;
                    break;
            }
        }
        byte[] bytes;
        string name = infile;
        if (infile == "-")
        {
            bytes = Program.ReadAllStdin();
            name = "<stdin>";
        }
        else
        {
            try
            {
                bytes = File.ReadAllBytes(infile);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"FileNotFoundError: [Errno 2] No such file or directory: '{infile}'");
                return 1;
            }
        }
        var parseMode = mode switch
        {
            "eval" => ParseMode.Eval,
            "single" => ParseMode.Single,
            "func_type" => ParseMode.FuncType,
            _ => ParseMode.Exec,
        };
        int status = Frontend.Compile(bytes, name, stderr, out ModNode? tree, parseMode, typeComments);
        if (status != 0 || tree is null)
            return status;
        try
        {
            stdout.Write(AstDumper.Dump(tree, attributes, indent < 0 ? 0 : indent));
            stdout.Write('\n');
        }
        catch (PythonResourceException e)
        {
            stderr.WriteLine($"{e.ErrorType}: {e.Message}");
            return 1;
        }
        return 0;
    }

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.Write(Usage);
        stderr.WriteLine($"python -m ast: error: {message}");
        return 2;
    }
}
