using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Xunit;

namespace Atoll.Syntax.Tests;

/// <summary>
/// DESIGN.md invariant 2: no mutable static state in the runtime assemblies. A static field must be readonly and
/// hold immutable data, or be a documented thread-safe cache (listed here with the reason).
/// </summary>
public class InvariantTests
{
    // Fields allowed to hold a mutable-typed object, each a thread-safe cache of immutable data.
    private static readonly Dictionary<string, string> DocumentedCaches = new()
    {
        ["Atoll.Syntax.UnicodeNames.Table"] = "Lazy<FrozenDictionary>: loaded once, thread-safe, immutable after load",
        ["Atoll.Syntax.Nfkc.Data"] = "Lazy<Tables>: NFKC tables loaded once, thread-safe, immutable after load",
    };

    private static readonly Type[] ImmutableFieldTypes =
    [
        typeof(string), typeof(object), typeof(Type),
    ];

    public static TheoryData<string> Assemblies() => new("Atoll.Syntax");

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void NoMutableStaticFields(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);
        var offenders = new List<string>();
        foreach (var type in assembly.GetTypes())
        {
            if (type.IsDefined(typeof(CompilerGeneratedAttribute)) || type.Name.StartsWith('<'))
                continue; // compiler-made delegate caches and static data blobs
            foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.IsLiteral || field.IsDefined(typeof(CompilerGeneratedAttribute)))
                    continue;
                string name = $"{type.FullName}.{field.Name}";
                if (DocumentedCaches.ContainsKey(name))
                    continue;
                if (!field.IsInitOnly)
                    offenders.Add($"{name}: not readonly");
                else if (!IsImmutable(field.FieldType))
                    offenders.Add($"{name}: readonly but of mutable type {field.FieldType.Name}");
            }
        }
        Assert.True(offenders.Count == 0, "Mutable static state:\n" + string.Join("\n", offenders));
    }

    private static bool IsImmutable(Type t)
    {
        if (t.IsPrimitive || t.IsEnum || ImmutableFieldTypes.Contains(t))
            return true;
        if (t.IsArray)
            return false;
        if (t.IsGenericType && t.GetGenericTypeDefinition().FullName?.StartsWith("System.Collections.Frozen.", StringComparison.Ordinal) == true)
            return true;
        if (t.IsValueType && t.IsDefined(typeof(IsReadOnlyAttribute)))
            return true;
        return false;
    }

    [Fact]
    public void TheCheckCatchesAMutableStatic()
    {
        // The rule itself must be able to fail: a plain static field and a static array are flagged.
        Assert.False(typeof(Sample).GetField(nameof(Sample.Counter))!.IsInitOnly);
        Assert.False(IsImmutable(typeof(int[])));
        Assert.False(IsImmutable(typeof(List<int>)));
        Assert.True(IsImmutable(typeof(string)));
    }

    private static class Sample
    {
#pragma warning disable CA2211 // deliberately mutable: the subject of the test above
        public static int Counter = Environment.ProcessorCount;
#pragma warning restore CA2211
    }
}
