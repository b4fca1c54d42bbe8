using System;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Builtins;

/// <summary>Argument parsing for native functions with keyword arguments, with CPython's messages.</summary>
internal static class Args
{
    /// <summary>Binds positional and keyword arguments to <paramref name="names"/>; missing optional ones stay null.
    /// <paramref name="posOnly"/> leading parameters cannot be passed by keyword; the first <paramref name="required"/> must be given.</summary>
    public static PyObject?[] Bind(string fname, ReadOnlySpan<PyObject> args, string[]? kwNames, ReadOnlySpan<string> names, int required, int posOnly = 0, int maxPositional = -1)
    {
        int nkw = kwNames?.Length ?? 0;
        int npos = args.Length - nkw;
        if (maxPositional < 0)
            maxPositional = names.Length;
        var result = new PyObject?[names.Length];
        if (npos > maxPositional)
        {
            if (maxPositional == 0)
                throw Err.Type($"{fname}() takes no positional arguments");
            throw Err.Type(required == maxPositional
                ? $"{fname}() takes exactly {maxPositional} positional argument{(maxPositional == 1 ? "" : "s")} ({npos} given)"
                : $"{fname}() takes at most {maxPositional} positional argument{(maxPositional == 1 ? "" : "s")} ({npos} given)");
        }
        for (int i = 0; i < npos; i++)
            result[i] = args[i];
        for (int k = 0; k < nkw; k++)
        {
            string n = kwNames![k];
            int idx = names.IndexOf(n);
            if (idx < 0 || idx < posOnly)
                throw Err.Type($"{fname}() got an unexpected keyword argument '{n}'");
            if (result[idx] != null)
                throw Err.Type($"argument for {fname}() given by name ('{n}') and position ({idx + 1})");
            result[idx] = args[npos + k];
        }
        for (int i = 0; i < required; i++)
        {
            if (result[i] == null)
            {
                if (i < npos || nkw > 0 || i >= posOnly)
                    throw Err.Type($"{fname}() missing required argument '{names[i]}' (pos {i + 1})");
                throw Err.Type($"{fname}() takes at least {required} positional argument{(required == 1 ? "" : "s")} ({npos} given)");
            }
        }
        return result;
    }

    /// <summary>Rejects keyword arguments.</summary>
    public static void NoKeywords(string fname, string[]? kwNames)
    {
        if (kwNames is { Length: > 0 })
            throw Err.Type($"{fname}() takes no keyword arguments");
    }

    /// <summary>Checks a positional count range ("expected at most N arguments, got M").</summary>
    public static void Count(string fname, int n, int min, int max)
    {
        if (n < min)
            throw Err.Type(min == max && min == 1 ? $"{fname}() takes exactly one argument ({n} given)" : $"{fname} expected at least {min} argument{(min == 1 ? "" : "s")}, got {n}");
        if (n > max)
            throw Err.Type(max == 0 ? $"{fname}() takes no arguments ({n} given)" : min == max && max == 1 ? $"{fname}() takes exactly one argument ({n} given)" : $"{fname} expected at most {max} argument{(max == 1 ? "" : "s")}, got {n}");
    }
}
