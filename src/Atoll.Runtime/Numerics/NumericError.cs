using System;
using System.Diagnostics.CodeAnalysis;

namespace Atoll.Runtime.Numerics;

/// <summary>
/// A Python exception raised by the numeric helpers, before the object model exists to build one: the runtime
/// translates it into the builtin exception named by <see cref="PythonType"/> with <see cref="Exception.Message"/>
/// as its single argument. The messages are CPython 3.13's, character for character.
/// </summary>
internal sealed class NumericError : Exception
{
    public NumericError(string pythonType, string message) : base(message) => PythonType = pythonType;

    /// <summary>The builtin exception class: "ValueError", "OverflowError", "ZeroDivisionError", "TypeError", "MemoryError".</summary>
    public string PythonType { get; }

    [DoesNotReturn]
    public static void ThrowValue(string message) => throw new NumericError("ValueError", message);

    [DoesNotReturn]
    public static void ThrowOverflow(string message) => throw new NumericError("OverflowError", message);

    [DoesNotReturn]
    public static void ThrowZeroDivision(string message) => throw new NumericError("ZeroDivisionError", message);

    [DoesNotReturn]
    public static void ThrowMemory() => throw new NumericError("MemoryError", "");

    /// <summary>The ValueError of int/str conversions longer than <c>sys.get_int_max_str_digits()</c> (int to str).</summary>
    [DoesNotReturn]
    public static void ThrowIntToStrLimit(int limit) => throw new NumericError("ValueError",
        "Exceeds the limit (" + limit.ToString(System.Globalization.CultureInfo.InvariantCulture)
        + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");

    /// <summary>The ValueError of int/str conversions longer than <c>sys.get_int_max_str_digits()</c> (str to int).</summary>
    [DoesNotReturn]
    public static void ThrowStrToIntLimit(int limit, long digits) => throw new NumericError("ValueError",
        "Exceeds the limit (" + limit.ToString(System.Globalization.CultureInfo.InvariantCulture)
        + " digits) for integer string conversion: value has " + digits.ToString(System.Globalization.CultureInfo.InvariantCulture)
        + " digits; use sys.set_int_max_str_digits() to increase the limit");
}
