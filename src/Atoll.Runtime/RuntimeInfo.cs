namespace Atoll.Runtime;

/// <summary>Facts about this build of the runtime.</summary>
public static class RuntimeInfo
{
    /// <summary>The Python language version Atoll implements.</summary>
    public const string PythonVersion = "3.13.0";
}
