using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Atoll.Runtime.Objects;

/// <summary>
/// Stores into <c>PyObject[]</c> arrays without the covariance check .NET makes on every reference-array store (the
/// element type is not sealed, so each <c>a[i] = v</c> would call the runtime's type-check helper: measured at a
/// quarter of a tight call loop). Only for arrays created as <c>PyObject[]</c>, with an index already known to be in range.
/// </summary>
internal static class ArrayStore
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Set(PyObject?[] array, int index, PyObject? value) =>
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), index) = value;

    /// <summary>The same for any element type (code shared between reference types checks every store otherwise).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Set<T>(T[] array, int index, T value) =>
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), index) = value;
}
