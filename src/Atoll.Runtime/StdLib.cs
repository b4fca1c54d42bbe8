using System;
using System.Collections.Frozen;
using System.IO;

namespace Atoll.Runtime;

/// <summary>
/// The Python modules shipped inside the runtime assembly (src/Atoll.Runtime/Lib): found after <c>sys.path</c>, as
/// CPython's standard library directory is, and compiled once per process like any other module. An embedding program
/// needs no files on disk.
/// </summary>
internal static class StdLib
{
    /// <summary>The directory name the embedded modules appear under (<c>__file__</c>, <c>__path__</c>, tracebacks).</summary>
    public const string Root = "<atoll>/lib";

    // Resource names ("lib/threading.py", "lib/concurrent/__init__.py"), read once: immutable.
    private static readonly FrozenSet<string> Names = typeof(StdLib).Assembly.GetManifestResourceNames()
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Looks for module <paramref name="name"/> in the embedded directory <paramref name="dir"/>.</summary>
    public static (string File, string? PackageDir)? Find(string dir, string name)
    {
        string rel = dir.Length == Root.Length ? "" : dir[(Root.Length + 1)..] + "/";
        string package = "lib/" + rel + name;
        if (Names.Contains(package + "/__init__.py"))
            return ($"{Root}/{rel}{name}/__init__.py", $"{Root}/{rel}{name}");
        if (Names.Contains(package + ".py"))
            return ($"{Root}/{rel}{name}.py", null);
        return null;
    }

    /// <summary>The source bytes of an embedded module file.</summary>
    public static byte[] Read(string file)
    {
        using var s = typeof(StdLib).Assembly.GetManifestResourceStream("lib" + file[Root.Length..])
            ?? throw new FileNotFoundException(file);
        var bytes = new byte[s.Length];
        s.ReadExactly(bytes);
        return bytes;
    }
}
