using System;
using System.IO;
using Xunit;

namespace Atoll.Runtime.Tests;

/// <summary>The <c>atoll</c> command line: scripts with arguments, <c>-c</c>, <c>-m</c>, exit statuses.</summary>
public class CommandLineTests
{
    private static (int Status, string Out, string Err) Atoll(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int status = global::Atoll.Cli.Program.Run(args, stdout, stderr);
        return (status, stdout.ToString(), stderr.ToString());
    }

    private static string TempScript(string name, string code)
    {
        var dir = Path.Combine(Path.GetTempPath(), "atoll-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, code);
        return path;
    }

    [Fact]
    public void Script_gets_its_arguments_in_sys_argv()
    {
        var path = TempScript("args.py", "import sys\nprint(sys.argv[1:], sys.argv[0].endswith('args.py'))\n");
        var (status, output, err) = Atoll(path, "a", "b c");
        Assert.Equal("", err);
        Assert.Equal(0, status);
        Assert.Equal("['a', 'b c'] True\n", output);
    }

    [Fact]
    public void Dash_c_runs_code_with_argv_dash_c()
    {
        var (status, output, _) = Atoll("-c", "import sys; print(sys.argv, __name__)", "x");
        Assert.Equal(0, status);
        Assert.Equal("['-c', 'x'] __main__\n", output);
    }

    [Theory]
    [InlineData("raise SystemExit(3)", 3, "")]
    [InlineData("raise SystemExit('bye')", 1, "bye\n")]
    [InlineData("raise SystemExit", 0, "")]
    [InlineData("import sys; sys.exit(None)", 0, "")]
    [InlineData("1/0", 1, "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nZeroDivisionError: division by zero\n")]
    public void Exit_status_and_stderr_follow_CPython(string code, int expectedStatus, string expectedErr)
    {
        var (status, _, err) = Atoll("-c", code);
        Assert.Equal(expectedErr, err);
        Assert.Equal(expectedStatus, status);
    }

    [Fact]
    public void Dash_m_runs_a_module_from_the_current_directory_as_main()
    {
        var path = TempScript("tool.py", "import sys\nprint(__name__, sys.argv[1:])\n");
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(Path.GetDirectoryName(path)!);
        try
        {
            var (status, output, err) = Atoll("-m", "tool", "q");
            Assert.Equal("", err);
            Assert.Equal(0, status);
            Assert.Equal("__main__ ['q']\n", output);
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
    }

    [Fact]
    public void Missing_script_is_reported_with_status_2()
    {
        var (status, _, err) = Atoll("/nonexistent/dir/x.py");
        Assert.Equal(2, status);
        Assert.Contains("can't open file '/nonexistent/dir/x.py': [Errno 2] No such file or directory", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Imports_find_modules_next_to_the_script()
    {
        var path = TempScript("main.py", "import helper\nprint(helper.VALUE)\n");
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(path)!, "helper.py"), "VALUE = 42\n");
        var (status, output, err) = Atoll(path);
        Assert.Equal("", err);
        Assert.Equal(0, status);
        Assert.Equal("42\n", output);
    }
}
