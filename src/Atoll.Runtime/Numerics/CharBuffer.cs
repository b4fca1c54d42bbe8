using System;
using System.Buffers;

namespace Atoll.Runtime.Numerics;

/// <summary>
/// A growable character buffer that starts on the caller's stack and rents from the shared array pool only when it
/// outgrows it, so formatting a number allocates nothing but the resulting string.
/// </summary>
internal ref struct CharBuffer
{
    private Span<char> _chars;
    private char[]? _rented;
    private int _length;

    public CharBuffer(Span<char> initial)
    {
        _chars = initial;
        _rented = null;
        _length = 0;
    }

    public readonly int Length => _length;

    public readonly ReadOnlySpan<char> Written => _chars[.._length];

    public readonly char this[int index] => _chars[index];

    public void Append(char c)
    {
        if (_length == _chars.Length)
            Grow(1);
        _chars[_length++] = c;
    }

    public void Append(char c, int count)
    {
        if (count <= 0)
            return;
        if (_length + count > _chars.Length)
            Grow(count);
        _chars.Slice(_length, count).Fill(c);
        _length += count;
    }

    public void Append(scoped ReadOnlySpan<char> s)
    {
        if (_length + s.Length > _chars.Length)
            Grow(s.Length);
        s.CopyTo(_chars[_length..]);
        _length += s.Length;
    }

    /// <summary>Appends a code point (a surrogate pair when it lies above U+FFFF).</summary>
    public void AppendCodePoint(int cp)
    {
        if (cp < 0x10000)
        {
            Append((char)cp);
        }
        else
        {
            Append((char)(0xD800 + ((cp - 0x10000) >> 10)));
            Append((char)(0xDC00 + ((cp - 0x10000) & 0x3FF)));
        }
    }

    public void AppendCodePoint(int cp, long count)
    {
        if (cp < 0x10000 && count <= int.MaxValue)
        {
            Append((char)cp, (int)count);
            return;
        }
        for (long i = 0; i < count; i++)
            AppendCodePoint(cp);
    }

    /// <summary>Makes room for <paramref name="count"/> more characters and returns that span (to format into).</summary>
    public Span<char> AppendSpan(int count)
    {
        if (_length + count > _chars.Length)
            Grow(count);
        var span = _chars.Slice(_length, count);
        _length += count;
        return span;
    }

    /// <summary>Drops characters from the end.</summary>
    public void Truncate(int length) => _length = length;

    public override readonly string ToString() => new(_chars[.._length]);

    /// <summary>Returns the rented array, if any, to the pool.</summary>
    public void Dispose()
    {
        char[]? rented = _rented;
        this = default;
        if (rented != null)
            ArrayPool<char>.Shared.Return(rented);
    }

    private void Grow(int extra)
    {
        long needed = (long)_length + extra;
        if (needed > Array.MaxLength)
            NumericError.ThrowMemory();
        int size = (int)Math.Min(Array.MaxLength, Math.Max(needed, (long)_chars.Length * 2));
        char[] next = ArrayPool<char>.Shared.Rent(size);
        _chars[.._length].CopyTo(next);
        char[]? old = _rented;
        _chars = next;
        _rented = next;
        if (old != null)
            ArrayPool<char>.Shared.Return(old);
    }
}
