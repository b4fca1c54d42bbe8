using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Atoll.Runtime.Numerics;

namespace Atoll.Runtime.Objects;

internal static partial class StrOps
{
    /// <summary><c>format % args</c> (printf-style formatting, docs.python.org/3/library/stdtypes.html#old-string-formatting).</summary>
    public static PyObject Percent(PyStr format, PyObject args) => Percent(format, args, false);

    /// <summary>
    /// printf-style formatting; with <paramref name="bytesMode"/> the format is bytes read as Latin-1 (bytes % args):
    /// %s and %b take bytes-like objects (or __bytes__), %r is %a, %c takes an int below 256 or one byte.
    /// </summary>
    public static PyObject Percent(PyStr format, PyObject args, bool bytesMode)
    {
        var fmt = format.Value;
        var sb = new StringBuilder(fmt.Length + 16);
        PyObject[] items;
        bool isTuple = args is PyTuple;
        PyObject? mapping = null;
        if (args is PyTuple t)
            items = t.Items;
        else
            items = [args];
        if (!isTuple && args.Type.Lookup("__getitem__") != null && args is not PyStr && args is not PyList && args is not PyBytes && args is not PyByteArray)
            mapping = args;
        int argIndex = 0;
        bool usedMapping = false;
        PyObject NextArg()
        {
            if (argIndex >= items.Length)
                throw Err.Type("not enough arguments for format string");
            return items[argIndex++];
        }
        int i = 0;
        while (i < fmt.Length)
        {
            char c = fmt[i];
            if (c != '%')
            {
                int next = fmt.IndexOf('%', i);
                if (next < 0)
                    next = fmt.Length;
                sb.Append(fmt, i, next - i);
                i = next;
                continue;
            }
            i++;
            if (i >= fmt.Length)
                throw Err.Value("incomplete format");
            PyObject? value = null;
            if (fmt[i] == '(')
            {
                if (mapping == null)
                    throw Err.Type("format requires a mapping");
                int depth = 1, st = ++i;
                while (i < fmt.Length && depth > 0)
                {
                    if (fmt[i] == '(')
                        depth++;
                    else if (fmt[i] == ')')
                        depth--;
                    i++;
                }
                if (depth > 0)
                    throw Err.Value("incomplete format key");
                value = Ops.GetItem(mapping, new PyStr(fmt[st..(i - 1)]));
                usedMapping = true;
            }
            var flags = PrintfFlags.None;
            while (i < fmt.Length)
            {
                char f = fmt[i];
                if (f == '-') flags |= PrintfFlags.LeftAdjust;
                else if (f == '+') flags |= PrintfFlags.Sign;
                else if (f == ' ') flags |= PrintfFlags.Blank;
                else if (f == '#') flags |= PrintfFlags.Alternate;
                else if (f == '0') flags |= PrintfFlags.Zero;
                else break;
                i++;
            }
            int width = -1;
            if (i < fmt.Length && fmt[i] == '*')
            {
                var w = NextArg();
                width = (int)Ops.AsLong(w is PyInt ? w : throw Err.Type("* wants int"));
                if (width < 0)
                {
                    flags |= PrintfFlags.LeftAdjust;
                    width = -width;
                }
                i++;
            }
            else
            {
                while (i < fmt.Length && char.IsAsciiDigit(fmt[i]))
                {
                    width = Math.Max(width, 0) * 10 + (fmt[i] - '0');
                    i++;
                }
            }
            int prec = -1;
            if (i < fmt.Length && fmt[i] == '.')
            {
                i++;
                prec = 0;
                if (i < fmt.Length && fmt[i] == '*')
                {
                    var p = NextArg();
                    prec = (int)Ops.AsLong(p is PyInt ? p : throw Err.Type("* wants int"));
                    i++;
                }
                else
                {
                    while (i < fmt.Length && char.IsAsciiDigit(fmt[i]))
                    {
                        prec = prec * 10 + (fmt[i] - '0');
                        i++;
                    }
                }
            }
            while (i < fmt.Length && fmt[i] is 'h' or 'l' or 'L')
                i++;
            if (i >= fmt.Length)
                throw Err.Value("incomplete format");
            char conv = fmt[i++];
            if (conv == '%')
            {
                sb.Append('%');
                continue;
            }
            value ??= NextArg();
            string text;
            try
            {
                switch (bytesMode ? conv switch { 'b' => 's', 'r' => 'a', _ => conv } : conv)
                {
                    case 's' when bytesMode:
                        {
                            ReadOnlySpan<byte> data = value is PyBytes or PyByteArray ? BytesOps.AsBytes(value)
                                : value.Type.Lookup("__bytes__") is { } bf ? BytesOps.AsBytes(Ops.CallMethod(value, bf))
                                : throw Err.Type($"%b requires a bytes-like object, or an object that implements __bytes__, not '{Ops.TypeName(value)}'");
                            text = Encoding.Latin1.GetString(data);
                            if (prec >= 0 && prec < text.Length)
                                text = text[..prec];
                            text = PadPercent(text, width, flags);
                            break;
                        }
                    case 'c' when bytesMode:
                        {
                            if (value is PyBytes or PyByteArray && BytesOps.AsBytes(value).Length == 1)
                                text = ((char)BytesOps.AsBytes(value)[0]).ToString();
                            else if (value is PyInt bi)
                                text = !bi.IsBig && bi.Value is >= 0 and < 256 ? ((char)bi.Value).ToString() : throw Err.Overflow("%c arg not in range(256)");
                            else
                                throw Err.Type("%c requires an integer in range(256) or a single byte");
                            text = PadPercent(text, width, flags);
                            break;
                        }
                    case 's':
                    case 'r':
                    case 'a':
                        text = conv == 's' ? Ops.Str(value) : conv == 'r' ? Ops.Repr(value) : Ascii(Ops.Repr(value));
                        if (prec >= 0 && prec < text.Length)
                            text = text[..prec];
                        text = PadPercent(text, width, flags);
                        break;
                    case 'd':
                    case 'i':
                    case 'u':
                    case 'o':
                    case 'x':
                    case 'X':
                    {
                        PyInt iv;
                        if (value is PyInt pi)
                            iv = pi;
                        else if (value is PyFloat pf && conv is 'd' or 'i' or 'u')
                            iv = BuiltinTypes.FloatToInt(pf.Value);
                        else if (value.Type.Lookup("__index__") != null || (conv is 'd' or 'i' or 'u' && value.Type.Lookup("__int__") != null))
                            iv = conv is 'd' or 'i' or 'u' && value.Type.Lookup("__index__") == null ? BuiltinTypes.ToInt(value) : Ops.Index(value);
                        else
                            throw Err.Type(conv is 'd' or 'i' or 'u' ? $"%{conv} format: a real number is required, not {Ops.TypeName(value)}" : $"%{conv} format: an integer is required, not {Ops.TypeName(value)}");
                        char c2 = conv is 'i' or 'u' ? 'd' : conv;
                        text = iv.IsBig ? Printf.FormatInt(iv.Big, flags, width, prec, c2) : Printf.FormatInt(iv.Value, flags, width, prec, c2);
                        break;
                    }
                    case 'e':
                    case 'E':
                    case 'f':
                    case 'F':
                    case 'g':
                    case 'G':
                    {
                        double dv = value is PyFloat f ? f.Value : value is PyInt ii ? IntOps.ToDouble(ii) : value.Type.Lookup("__float__") != null ? BuiltinTypes.ToDouble(value) : throw Err.Type($"must be real number, not {Ops.TypeName(value)}");
                        text = Printf.FormatFloat(dv, flags, width, prec < 0 ? 6 : prec, conv);
                        break;
                    }
                    case 'c':
                    {
                        if (value is PyStr cs)
                        {
                            if (cs.Length != 1)
                                throw Err.Type("%c requires an int or a unicode character, not a string of length " + cs.Length);
                            text = cs.Value;
                        }
                        else if (value is PyInt ci)
                        {
                            if (ci.IsBig || ci.Value < 0 || ci.Value > 0x10FFFF)
                                throw Err.Overflow("%c arg not in range(0x110000)");
                            text = char.ConvertFromUtf32((int)ci.Value);
                        }
                        else
                        {
                            throw Err.Type($"%c requires an int or a unicode character, not {Ops.TypeName(value)}");
                        }
                        text = PadPercent(text, width, flags);
                        break;
                    }
                    default:
                        throw Err.Value($"unsupported format character '{conv}' (0x{(int)conv:x}) at index {i - 1}");
                }
            }
            catch (NumericError e)
            {
                throw BuiltinTypes.ToPy(e);
            }
            sb.Append(text);
        }
        if (argIndex < items.Length && !usedMapping && !(mapping != null && items.Length == 1 && !isTuple))
            throw Err.Type("not all arguments converted during string formatting");
        return new PyStr(sb.ToString());
    }

    private static string PadPercent(string text, int width, PrintfFlags flags)
    {
        if (width <= text.Length)
            return text;
        return (flags & PrintfFlags.LeftAdjust) != 0 ? text.PadRight(width) : text.PadLeft(width);
    }
}

/// <summary><c>str.format</c> and <c>str.format_map</c> (docs.python.org/3/library/string.html#formatstrings).</summary>
internal static class StrFormat
{
    public static string Format(string fmt, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        int npos = args.Length - (kw?.Length ?? 0);
        var pos = args[..npos].ToArray();
        PyDict? kwargs = null;
        if (kw != null)
        {
            kwargs = new PyDict();
            for (int i = 0; i < kw.Length; i++)
                kwargs.SetStr(kw[i], args[npos + i]);
        }
        int auto = 0;
        return Render(fmt, pos, kwargs, ref auto, 2);
    }

    public static string FormatMap(string fmt, PyObject mapping)
    {
        int auto = 0;
        return Render(fmt, [], mapping, ref auto, 2);
    }

    private static string Render(string fmt, PyObject[] pos, PyObject? kwargs, ref int auto, int depth)
    {
        if (depth < 0)
            throw Err.Value("Max string recursion exceeded");
        var sb = new StringBuilder();
        int i = 0;
        while (i < fmt.Length)
        {
            char c = fmt[i];
            if (c == '}')
            {
                if (i + 1 < fmt.Length && fmt[i + 1] == '}')
                {
                    sb.Append('}');
                    i += 2;
                    continue;
                }
                throw Err.Value("Single '}' encountered in format string");
            }
            if (c != '{')
            {
                sb.Append(c);
                i++;
                continue;
            }
            if (i + 1 < fmt.Length && fmt[i + 1] == '{')
            {
                sb.Append('{');
                i += 2;
                continue;
            }
            // Find the matching close brace, honouring nested fields in the spec.
            int level = 1, j = i + 1;
            while (j < fmt.Length && level > 0)
            {
                if (fmt[j] == '{')
                    level++;
                else if (fmt[j] == '}')
                    level--;
                if (level > 0)
                    j++;
            }
            if (j >= fmt.Length)
                throw Err.Value(level > 1 ? "expected '}' before end of string" : "Single '{' encountered in format string");
            var field = fmt[(i + 1)..j];
            i = j + 1;
            string? spec = null;
            char conv = '\0';
            int colon = IndexOutsideBrackets(field, ':');
            if (colon >= 0)
            {
                spec = field[(colon + 1)..];
                field = field[..colon];
            }
            int bang = IndexOutsideBrackets(field, '!');
            if (bang >= 0)
            {
                if (bang + 2 != field.Length)
                    throw Err.Value(bang + 1 == field.Length ? "end of string while looking for conversion specifier" : "expected ':' after conversion specifier");
                conv = field[bang + 1];
                field = field[..bang];
            }
            var value = Resolve(field, pos, kwargs, ref auto);
            value = conv switch
            {
                '\0' => value,
                's' => Ops.StrObject(value),
                'r' => new PyStr(Ops.Repr(value)),
                'a' => new PyStr(StrOps.Ascii(Ops.Repr(value))),
                _ => throw Err.Value($"Unknown conversion specifier {conv}"),
            };
            if (spec != null && spec.Contains('{', StringComparison.Ordinal))
                spec = Render(spec, pos, kwargs, ref auto, depth - 1);
            sb.Append(((PyStr)Ops.Format(value, spec == null ? PyStr.Empty : new PyStr(spec))).Value);
        }
        return sb.ToString();
    }

    private static int IndexOutsideBrackets(string s, char c)
    {
        int depth = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '[')
                depth++;
            else if (s[i] == ']')
                depth--;
            else if (s[i] == c && depth == 0)
                return i;
        }
        return -1;
    }

    private static PyObject Resolve(string field, PyObject[] pos, PyObject? kwargs, ref int auto)
    {
        int k = 0;
        while (k < field.Length && field[k] != '.' && field[k] != '[')
            k++;
        string first = field[..k];
        PyObject value;
        if (first.Length == 0)
        {
            if (auto < 0)
                throw Err.Value("cannot switch from manual field specification to automatic field numbering");
            if (auto >= pos.Length)
                throw Err.Index($"Replacement index {auto} out of range for positional args tuple");
            value = pos[auto++];
        }
        else if (first.Length > 0 && first.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0)
        {
            if (auto > 0)
                throw Err.Value("cannot switch from automatic field numbering to manual field specification");
            auto = -1;
            int n = int.Parse(first, CultureInfo.InvariantCulture);
            if (n >= pos.Length)
                throw Err.Index($"Replacement index {n} out of range for positional args tuple");
            value = pos[n];
        }
        else
        {
            if (kwargs == null)
                throw Err.Key(new PyStr(first));
            value = Ops.GetItem(kwargs, new PyStr(first));
        }
        while (k < field.Length)
        {
            if (field[k] == '.')
            {
                int e = k + 1;
                while (e < field.Length && field[e] != '.' && field[e] != '[')
                    e++;
                value = Ops.GetAttr(value, field[(k + 1)..e]);
                k = e;
            }
            else
            {
                int e = field.IndexOf(']', k);
                if (e < 0)
                    throw Err.Value("Missing ']' in format string");
                var key = field[(k + 1)..e];
                PyObject keyObj = key.Length > 0 && key.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0 ? PyInt.From(long.Parse(key, CultureInfo.InvariantCulture)) : new PyStr(key);
                value = Ops.GetItem(value, keyObj);
                k = e + 1;
            }
        }
        return value;
    }
}
