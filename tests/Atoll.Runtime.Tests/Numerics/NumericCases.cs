using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Atoll.Runtime.Numerics;
using Xunit;

namespace Atoll.Runtime.Tests.Numerics;

/// <summary>One line of a case file written by tools/gen-numeric-cases.py from CPython 3.13.</summary>
internal sealed record NumericCase(string File, int Line, string Func, JsonElement[] Args, JsonElement? Result, string? ErrorType, string? ErrorMessage);

/// <summary>Loads the CPython-generated case files and checks a helper against every case of one function.</summary>
internal static class NumericCases
{
    private static readonly ConcurrentDictionary<string, List<NumericCase>> Files = new();

    public static string Root => Path.Combine(AppContext.BaseDirectory, "Numerics", "cases");

    public static List<NumericCase> Load(string file) => Files.GetOrAdd(file, static f =>
    {
        var list = new List<NumericCase>();
        int line = 0;
        foreach (string text in System.IO.File.ReadLines(Path.Combine(Root, f + ".jsonl")))
        {
            line++;
            if (text.Length == 0)
                continue;
            using var doc = JsonDocument.Parse(text);
            var root = doc.RootElement.Clone();
            var args = new List<JsonElement>();
            foreach (var a in root.GetProperty("a").EnumerateArray())
                args.Add(a);
            JsonElement? result = root.TryGetProperty("r", out var r) ? r : null;
            string? errType = null, errMessage = null;
            if (root.TryGetProperty("e", out var e))
            {
                errType = e[0].GetString();
                errMessage = e[1].GetString();
            }
            list.Add(new NumericCase(f, line, root.GetProperty("f").GetString()!, args.ToArray(), result, errType, errMessage));
        }
        return list;
    });

    /// <summary>
    /// Runs <paramref name="run"/> on every case of <paramref name="func"/> in <paramref name="file"/>; the returned
    /// value is compared with the expected JSON (a double is compared by its bits, any NaN matching any NaN).
    /// Returns the number of cases checked.
    /// </summary>
    public static int Check(string file, string func, Func<NumericCase, object?> run)
    {
        var failures = new List<string>();
        int count = 0;
        foreach (var c in Load(file))
        {
            if (c.Func != func)
                continue;
            count++;
            string? problem;
            try
            {
                object? actual = run(c);
                problem = c.Result is { } expected
                    ? Same(expected, actual) ? null : "expected " + expected.GetRawText() + ", got " + Show(actual)
                    : "expected " + c.ErrorType + ": " + c.ErrorMessage + ", got " + Show(actual);
            }
            catch (NumericError e)
            {
                problem = c.ErrorType == e.PythonType && c.ErrorMessage == e.Message
                    ? null
                    : "expected " + (c.Result?.GetRawText() ?? c.ErrorType + ": " + c.ErrorMessage) + ", raised " + e.PythonType + ": " + e.Message;
            }
#pragma warning disable CA1031 // any other exception is a bug to report with the case
            catch (Exception e)
#pragma warning restore CA1031
            {
                problem = "crashed: " + e.GetType().Name + ": " + e.Message;
            }
            if (problem != null)
                failures.Add($"{c.File}.jsonl:{c.Line} {c.Func}({Args(c)}): {problem}");
        }
        Assert.True(count > 0, "no cases for " + func);
        if (failures.Count > 0)
        {
            var sb = new StringBuilder();
            sb.Append(failures.Count).Append(" of ").Append(count).Append(" cases of ").Append(func).Append(" differ from CPython:\n");
            for (int i = 0; i < Math.Min(40, failures.Count); i++)
                sb.Append(failures[i]).Append('\n');
            Assert.Fail(sb.ToString());
        }
        return count;
    }

    private static string Args(NumericCase c)
    {
        var parts = new List<string>();
        foreach (var a in c.Args)
        {
            string raw = a.GetRawText();
            parts.Add(raw.Length > 120 ? raw[..120] + "..." : raw);
        }
        return string.Join(", ", parts);
    }

    private static string Show(object? actual) => actual switch
    {
        null => "null",
        double d => BitConverter.DoubleToInt64Bits(d).ToString(CultureInfo.InvariantCulture) + " (" + d.ToString("R", CultureInfo.InvariantCulture) + ")",
        string s => JsonSerializer.Serialize(s),
        object[] arr => "[" + string.Join(", ", Array.ConvertAll(arr, Show)) + "]",
        _ => Convert.ToString(actual, CultureInfo.InvariantCulture) ?? "?",
    };

    private static bool Same(JsonElement expected, object? actual)
    {
        switch (actual)
        {
            case null:
                return expected.ValueKind == JsonValueKind.Null;
            case double d:
            {
                long e = expected.GetInt64();
                double ed = BitConverter.Int64BitsToDouble(e);
                return double.IsNaN(ed) ? double.IsNaN(d) : e == BitConverter.DoubleToInt64Bits(d);
            }
            case string s:
                return expected.ValueKind == JsonValueKind.String && expected.GetString() == s;
            case bool b:
                return expected.ValueKind == (b ? JsonValueKind.True : JsonValueKind.False);
            case long l:
                return expected.ValueKind == JsonValueKind.Number && expected.GetRawText() == l.ToString(CultureInfo.InvariantCulture);
            case int i:
                return expected.ValueKind == JsonValueKind.Number && expected.GetRawText() == i.ToString(CultureInfo.InvariantCulture);
            case object[] arr:
            {
                if (expected.ValueKind != JsonValueKind.Array || expected.GetArrayLength() != arr.Length)
                    return false;
                for (int k = 0; k < arr.Length; k++)
                {
                    if (!Same(expected[k], arr[k]))
                        return false;
                }
                return true;
            }
            default:
                throw new ArgumentException("unsupported result type " + actual.GetType());
        }
    }

    // Argument decoding.
    public static double D(JsonElement e) => BitConverter.Int64BitsToDouble(e.GetInt64());

    public static BigInteger I(JsonElement e) => BigInteger.Parse(e.GetString()!, CultureInfo.InvariantCulture);

    /// <summary>A string argument; a long one may come as {"s": [prefix, unit, count, suffix]}.</summary>
    public static string S(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.String)
            return e.GetString()!;
        var parts = e.GetProperty("s");
        var sb = new StringBuilder(parts[0].GetString());
        string unit = parts[1].GetString()!;
        for (int i = parts[2].GetInt32(); i > 0; i--)
            sb.Append(unit);
        return sb.Append(parts[3].GetString()).ToString();
    }

    public static string Str(BigInteger v) => v.ToString(CultureInfo.InvariantCulture);

    public static string Str(IntValue v) => v.ToString();
}
