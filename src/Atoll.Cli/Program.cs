using System;
using System.IO;
using System.Text;

namespace Atoll.Cli;

/// <summary>The <c>atoll</c> command: the same command line as <c>python</c>.</summary>
public static class Program
{
    /// <summary>Process entry point.</summary>
    public static int Main(string[] args)
    {
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false, NewLine = "\n" };
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
        stderr.WriteLine("atoll: the interactive prompt is not available yet; pass a file, or -m ast FILE");
        return 2;
    }

    private const string ShortUsage = "usage: atoll [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `atoll -h' for more information.\n";

    private const string Usage =
        "usage: atoll [option] ... [-c cmd | -m mod | file | -] [arg] ...\n" +
        "Options (and corresponding environment variables):\n" +
        "-h     : print this help message and exit (also -? or --help)\n" +
        "-m mod : run library module as a script (terminates option list)\n" +
        "-V     : print the Python version number and exit (also --version)\n" +
        "-X opt : set Atoll-specific option\n" +
        "file   : program read from script file\n" +
        "-      : program read from stdin\n" +
        "arg ...: arguments passed to program in sys.argv[1:]\n";

    private static int RunModule(string module, string[] rest, TextWriter stdout, TextWriter stderr) => module switch
    {
        "ast" => AstCommand.Run(rest, stdout, stderr),
        "tokenize" => TokenizeCommand.Run(rest, stdout, stderr),
        _ => NoModule(module, stderr),
    };

    private static int NoModule(string module, TextWriter stderr)
    {
        stderr.WriteLine($"atoll: No module named {module}");
        return 1;
    }

    private static int RunFile(string path, string[] rest, TextWriter stdout, TextWriter stderr)
    {
        _ = rest;
        _ = stdout;
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
        int status = Frontend.Compile(bytes, name, stderr, out _, script: true);
        if (status != 0)
            return status;
        stderr.WriteLine("atoll: the program is valid Python; running it arrives with the execution core (issue 3)");
        return 2;
    }

    internal static byte[] ReadAllStdin()
    {
        using var stdin = Console.OpenStandardInput();
        using var ms = new MemoryStream();
        stdin.CopyTo(ms);
        return ms.ToArray();
    }
}
