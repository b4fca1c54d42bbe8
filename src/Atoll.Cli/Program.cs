using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Atoll.Runtime;
using Atoll.Runtime.Hosting;

namespace Atoll.Cli;

/// <summary>The <c>atoll</c> command: the same command line as <c>python</c>.</summary>
public static class Program
{
    /// <summary>Process entry point.</summary>
    public static int Main(string[] args)
    {
        // Like CPython: stdout is line-buffered on a terminal and block-buffered otherwise (flushed at exit).
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = !Console.IsOutputRedirected, NewLine = "\n" };
        var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
        try
        {
            return Run(args, stdout, stderr);
        }
        finally
        {
            stdout.Flush();
        }
    }

    /// <summary>Runs the command line with the given streams; returns the exit status. Used by tests in-process.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var thread = new RunOnLargeStack(() => RunCore(args, stdout, stderr));
        return thread.Result;
    }

    private static int RunCore(string[] args, TextWriter stdout, TextWriter stderr)
    {
        int i = 0;
        while (i < args.Length)
        {
            string a = args[i];
            if (a is "-V" or "--version")
            {
                stdout.WriteLine("Python 3.13.0 (Atoll)");
                return 0;
            }
            if (a is "-h" or "--help" or "-?")
            {
                stdout.Write(Usage);
                return 0;
            }
            if (a == "-m")
            {
                if (i + 1 >= args.Length)
                {
                    stderr.WriteLine("Argument expected for the -m option");
                    stderr.Write(ShortUsage);
                    return 2;
                }
                return RunModule(args[i + 1], args[(i + 2)..], stdout, stderr);
            }
            if (a.StartsWith("-m", StringComparison.Ordinal) && a.Length > 2)
                return RunModule(a[2..], args[(i + 1)..], stdout, stderr);
            if (a == "-c")
            {
                if (i + 1 >= args.Length)
                {
                    stderr.WriteLine("Argument expected for the -c option");
                    stderr.Write(ShortUsage);
                    return 2;
                }
                var argv = new List<string> { "-c" };
                argv.AddRange(args[(i + 2)..]);
                return PythonMain.Run(Encoding.UTF8.GetBytes(args[i + 1]), "<string>", argv, "", false, stdout, stderr, Console.In, HookInterrupt);
            }
            if (a.StartsWith("-c", StringComparison.Ordinal) && a.Length > 2)
            {
                var argv = new List<string> { "-c" };
                argv.AddRange(args[(i + 1)..]);
                return PythonMain.Run(Encoding.UTF8.GetBytes(a[2..]), "<string>", argv, "", false, stdout, stderr, Console.In, HookInterrupt);
            }
            if (a is "-B" or "-E" or "-s" or "-S" or "-u" or "-I" or "-q" or "-O" or "-OO")
            {
                i++;
                continue;
            }
            if (a == "-X" && i + 1 < args.Length)
            {
                i += 2;
                continue;
            }
            if (a.StartsWith('-') && a != "-")
            {
                stderr.WriteLine($"Unknown option: {a}");
                stderr.Write(ShortUsage);
                return 2;
            }
            return RunFile(a, args[(i + 1)..], stdout, stderr);
        }
        if (!Console.IsInputRedirected)
            return PythonMain.Repl(stdout, stderr, Console.In, HookInterrupt);
        return RunFile("-", [], stdout, stderr);
    }

    private const string ShortUsage = "usage: atoll [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `atoll -h' for more information.\n";

    private const string Usage =
        "usage: atoll [option] ... [-c cmd | -m mod | file | -] [arg] ...\n" +
        "Options (and corresponding environment variables):\n" +
        "-h     : print this help message and exit (also -? or --help)\n" +
        "-c cmd : program passed in as string (terminates option list)\n" +
        "-m mod : run library module as a script (terminates option list)\n" +
        "-V     : print the Python version number and exit (also --version)\n" +
        "-X opt : set Atoll-specific option\n" +
        "file   : program read from script file\n" +
        "-      : program read from stdin\n" +
        "arg ...: arguments passed to program in sys.argv[1:]\n";

    private static int RunModule(string module, string[] rest, TextWriter stdout, TextWriter stderr)
    {
        switch (module)
        {
            case "ast":
                return AstCommand.Run(rest, stdout, stderr);
            case "tokenize":
                return TokenizeCommand.Run(rest, stdout, stderr);
        }
        // runpy: the module (or a package's __main__) found from the current directory, run as __main__.
        var cwd = Directory.GetCurrentDirectory();
        var rel = module.Replace('.', Path.DirectorySeparatorChar);
        string? file = null;
        if (File.Exists(Path.Combine(cwd, rel + ".py")))
            file = Path.Combine(cwd, rel + ".py");
        else if (File.Exists(Path.Combine(cwd, rel, "__main__.py")))
            file = Path.Combine(cwd, rel, "__main__.py");
        if (file == null)
        {
            stderr.WriteLine($"{ExecutableName()}: No module named {module}");
            return 1;
        }
        var argv = new List<string> { file };
        argv.AddRange(rest);
        return PythonMain.Run(File.ReadAllBytes(file), file, argv, cwd, true, stdout, stderr, Console.In, HookInterrupt);
    }

    private static string ExecutableName() => "atoll";

    /// <summary>Ctrl-C raises KeyboardInterrupt in the running code instead of killing the process.</summary>
    private static void HookInterrupt(Interpreter interp)
    {
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            interp.RequestInterrupt();
        };
    }

    private static int RunFile(string path, string[] rest, TextWriter stdout, TextWriter stderr)
    {
        byte[] bytes;
        string name = path;
        try
        {
            bytes = path == "-" ? ReadAllStdin() : File.ReadAllBytes(path);
            if (path == "-")
                name = "<stdin>";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            string full = Path.GetFullPath(path);
            stderr.WriteLine($"atoll: can't open file '{full}': [Errno 2] No such file or directory");
            return 2;
        }
        var argv = new List<string> { path };
        argv.AddRange(rest);
        if (path == "-")
            return PythonMain.Run(bytes, "<stdin>", argv, "", false, stdout, stderr, TextReader.Null, HookInterrupt);
        string fullPath = Path.GetFullPath(path);
        // Syntax errors of the script itself are reported exactly as CPython's parser reports them.
        int status = Frontend.Compile(bytes, fullPath, stderr, out _, script: true, printWarnings: false);
        if (status != 0)
            return status;
        return PythonMain.Run(bytes, fullPath, argv, Path.GetDirectoryName(fullPath) ?? "", true, stdout, stderr, Console.In, HookInterrupt);
    }

    internal static byte[] ReadAllStdin()
    {
        using var stdin = Console.OpenStandardInput();
        using var ms = new MemoryStream();
        stdin.CopyTo(ms);
        return ms.ToArray();
    }
}
