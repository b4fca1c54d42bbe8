using System;
using System.IO;
using System.Text;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Modules.Io;

/// <summary>A text stream of the <c>io</c> module: a text file (<c>TextIOWrapper</c>), a <c>StringIO</c>, or the
/// interpreter's standard streams. The Python methods are defined once over these operations.</summary>
public abstract class PyTextIOBase : PyIOObject
{
    private protected PyTextIOBase(PyType type)
        : base(type)
    {
    }

    /// <summary>Whether a closed-file message ends with a period (TextIOWrapper's do, StringIO's do not).</summary>
    internal virtual bool ClosedPeriod => true;

    /// <summary>Reads up to <paramref name="n"/> code points (all when negative).</summary>
    internal abstract string Read(long n);

    /// <summary>Reads one line, at most <paramref name="limit"/> code points when not negative.</summary>
    internal abstract string ReadLine(long limit);

    /// <summary>Writes <paramref name="s"/>; returns the number of code points written.</summary>
    internal abstract int Write(PyStr s);

    internal abstract PyObject Tell();

    internal abstract PyObject Seek(long offset, long whence);

    internal abstract PyObject Truncate(PyObject? pos);

    internal abstract void Flush();

    internal abstract void Close();

    internal abstract bool Readable();

    internal abstract bool Writable();

    internal abstract bool Seekable();

    internal void CheckOpen()
    {
        if (IsClosed)
            throw ClosedError(ClosedPeriod);
    }

    /// <summary>Code points in <paramref name="s"/> (surrogate pairs count once).</summary>
    internal static int CodePoints(string s)
    {
        int n = s.Length;
        for (int i = 0; i + 1 < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]))
            {
                n--;
                i++;
            }
        }
        return n;
    }
}

/// <summary><c>io.TextIOWrapper</c> over a binary stream of this module: decodes on read (with universal newlines),
/// encodes on write. <c>tell()</c> is the byte position of the next character (the decoders keep no state between
/// characters), so it round-trips through <c>seek()</c>.</summary>
public sealed class PyTextFile : PyTextIOBase
{
    private const int ChunkSize = 8192;

    internal PyObject Buffer = PyNone.Instance;
    private PyBinaryIO? _bin;
    private bool _detached;
    private TextCodec _codec = TextCodec.For("utf-8", "strict");
    internal string EncodingName = "UTF-8";
    internal string? ModeStr;
    internal bool LineBuffering;
    private string? _newline;
    private bool _readUniversal = true, _readTranslate = true;
    private string? _writeNewline;

    // Read state: _dec holds decoded, untranslated text; _raw the bytes it came from (starting at stream position
    // _rawStart); _pending an incomplete sequence at the end of what was read.
    private bool _reading;
    private string _dec = "";
    private int _decPos;
    private byte[] _raw = [];
    private long _rawStart;
    private byte[] _pending = [];
    private bool _eof;
    private int _scanPos;
    private int _seenNewlines;

    internal PyTextFile(PyType type)
        : base(type)
    {
    }

    internal override bool IsClosed => _bin == null ? !_detached : _bin.IsClosed;

    internal PyBinaryIO Bin => _bin ?? throw Err.Value(_detached ? "underlying buffer has been detached" : "I/O operation on uninitialized object");

    internal string Errors => _codec.Errors;

    internal void Init(PyObject buffer, string? encoding, string? errors, string? newline, bool lineBuffering)
    {
        if (buffer is not PyBinaryIO bin)
            throw Err.Type($"TextIOWrapper needs a binary stream of the io module, not '{Ops.TypeName(buffer)}'");
        if (newline is not (null or "" or "\n" or "\r" or "\r\n"))
            throw Err.Value($"illegal newline value: {newline}");
        _codec = TextCodec.For(encoding ?? "utf-8", errors ?? "strict");
        EncodingName = encoding ?? "UTF-8";
        Buffer = buffer;
        _bin = bin;
        _newline = newline;
        _readUniversal = newline is null or "";
        _readTranslate = newline is null;
        _writeNewline = newline is "\r" or "\r\n" ? newline : null;
        LineBuffering = lineBuffering;
        ResetRead();
    }

    private Stream OpenStream()
    {
        var b = Bin;
        CheckOpen();
        return b.Stream!;
    }

    private Stream ReadStream()
    {
        var s = OpenStream();
        if (!Bin.CanRead)
            throw Unsupported("not readable");
        return s;
    }

    private void ResetRead()
    {
        _reading = false;
        _dec = "";
        _decPos = 0;
        _raw = [];
        _pending = [];
        _eof = false;
        _scanPos = 0;
    }

    /// <summary>Puts the binary stream at the logical position (after read-ahead) and forgets the read buffer.</summary>
    private void Resync(Stream s)
    {
        if (!_reading)
            return;
        long pos = LogicalPosition();
        ResetRead();
        if (s.CanSeek)
            s.Seek(pos, SeekOrigin.Begin);
    }

    private long LogicalPosition() => _rawStart + _codec.ByteCount(_raw, _decPos);

    private bool Refill(Stream s, bool all = false)
    {
        if (!_reading)
        {
            _reading = true;
            _rawStart = s.CanSeek ? s.Position : 0;
        }
        if (_eof)
            return false;
        if (_decPos > 0)
        {
            int used = _codec.ByteCount(_raw, _decPos);
            _rawStart += used;
            _raw = _raw[used..];
            _dec = _dec[_decPos..];
            _scanPos = Math.Max(0, _scanPos - _decPos);
            _decPos = 0;
        }
        byte[] chunk;
        int got;
        try
        {
            if (all)
            {
                // read() of everything decodes the rest in one piece (as CPython does), so error positions count
                // from the bytes still pending.
                var ms = new MemoryStream();
                s.CopyTo(ms);
                chunk = ms.ToArray();
                got = chunk.Length;
            }
            else
            {
                chunk = new byte[ChunkSize];
                got = s.Read(chunk, 0, chunk.Length);
            }
        }
        catch (IOException ex)
        {
            throw Posix.FromDotnet(ex);
        }
        byte[] input = _pending.Length == 0 ? chunk.AsSpan(0, got).ToArray() : [.. _pending, .. chunk.AsSpan(0, got)];
        bool final = got == 0 || all;
        var sb = new StringBuilder();
        int consumed = _codec.Decode(input, final, sb);
        _raw = _raw.Length == 0 ? input[..consumed] : [.. _raw, .. input.AsSpan(0, consumed)];
        _pending = input[consumed..];
        _dec += sb.ToString();
        if (final)
            _eof = true;
        ScanNewlines();
        return sb.Length > 0 || !final;
    }

    // Moves decoded text into sb; true when done (limit or end of line reached, or everything consumed at EOF).
    private bool Consume(StringBuilder sb, ref long count, long max, bool line)
    {
        var d = _dec;
        while (_decPos < d.Length)
        {
            if (max >= 0 && count >= max)
                return true;
            char c = d[_decPos];
            if (c == '\r' && (_readUniversal || _newline == "\r\n"))
            {
                if (_decPos + 1 >= d.Length && !_eof)
                    return false;
                bool crlf = _decPos + 1 < d.Length && d[_decPos + 1] == '\n';
                if (_readTranslate)
                {
                    sb.Append('\n');
                    _decPos += crlf ? 2 : 1;
                    count++;
                    if (line)
                        return true;
                    continue;
                }
                sb.Append('\r');
                _decPos++;
                count++;
                if (crlf && (max < 0 || count < max))
                {
                    sb.Append('\n');
                    _decPos++;
                    count++;
                    if (line)
                        return true;
                }
                else if (line && _readUniversal)
                    return true;
                continue;
            }
            sb.Append(c);
            _decPos++;
            if (char.IsHighSurrogate(c) && _decPos < d.Length && char.IsLowSurrogate(d[_decPos]))
                sb.Append(d[_decPos++]);
            count++;
            if (line && ((c == '\n' && _newline is null or "" or "\n") || (c == '\r' && _newline == "\r")))
                return true;
        }
        return _eof;
    }

    private string ReadCore(long max, bool line)
    {
        var s = ReadStream();
        if (max == 0)
            return "";
        var sb = new StringBuilder();
        long count = 0;
        while (!Consume(sb, ref count, max, line))
        {
            if (!Refill(s, max < 0 && !line) && _decPos >= _dec.Length)
                break;
        }
        return sb.ToString();
    }

    internal override string Read(long n) => ReadCore(n, false);

    internal override string ReadLine(long limit) => ReadCore(limit, true);

    internal override int Write(PyStr str)
    {
        var s = OpenStream();
        if (!Bin.CanWrite)
            throw Unsupported("not writable");
        string text = str.Value;
        if (_writeNewline != null && text.Contains('\n', StringComparison.Ordinal))
            text = text.Replace("\n", _writeNewline, StringComparison.Ordinal);
        var bytes = _codec.Encode(text);
        // As in CPython, a write after a read forgets the read-ahead without seeking back: it lands where the
        // binary stream is (after the chunk that was read).
        ResetRead();
        Bin.Write(bytes);
        if (LineBuffering && (text.Contains('\n', StringComparison.Ordinal) || text.Contains('\r', StringComparison.Ordinal)))
            Bin.Flush();
        return str.Length;
    }

    internal override PyObject Tell()
    {
        var s = OpenStream();
        if (!s.CanSeek)
            throw Unsupported("underlying stream is not seekable");
        return PyInt.From(_reading ? LogicalPosition() : s.Position);
    }

    internal override PyObject Seek(long offset, long whence)
    {
        var s = OpenStream();
        if (!s.CanSeek)
            throw Unsupported("underlying stream is not seekable");
        switch (whence)
        {
            case 0:
                if (offset < 0)
                    throw Err.Value($"negative seek position {offset}");
                s.Flush();
                ResetRead();
                s.Seek(offset, SeekOrigin.Begin);
                return PyInt.From(offset);
            case 1:
                if (offset != 0)
                    throw Unsupported("can't do nonzero cur-relative seeks");
                return Tell();
            case 2:
                if (offset != 0)
                    throw Unsupported("can't do nonzero end-relative seeks");
                s.Flush();
                ResetRead();
                return PyInt.From(s.Seek(0, SeekOrigin.End));
            default:
                throw Err.Value($"invalid whence ({whence}, should be 0, 1 or 2)");
        }
    }

    internal override PyObject Truncate(PyObject? pos)
    {
        var s = OpenStream();
        if (!Bin.CanWrite)
            throw Unsupported("truncate");
        Resync(s);
        s.Flush();
        return PyInt.From(Bin.Truncate(pos));
    }

    internal override void Flush()
    {
        OpenStream().Flush();
    }

    internal override void Close()
    {
        if (_bin == null || _bin.IsClosed)
            return;
        try
        {
            _bin.Stream!.Flush();
        }
        finally
        {
            _bin.Close();
        }
    }

    internal PyObject Detach()
    {
        var s = OpenStream();
        s.Flush();
        var b = Buffer;
        _bin = null;
        _detached = true;
        Buffer = PyNone.Instance;
        return b;
    }

    internal override bool Readable() => Bin.ReadableChecked();

    internal override bool Writable() => Bin.WritableChecked();

    /// <summary>The kinds of line ending seen so far in universal-newlines mode (None, one str, or a tuple).</summary>
    internal PyObject Newlines => _seenNewlines switch
    {
        0 => PyNone.Instance,
        1 => new PyStr("\r"),
        2 => new PyStr("\n"),
        4 => new PyStr("\r\n"),
        3 => PyTuple.Of(new PyStr("\r"), new PyStr("\n")),
        5 => PyTuple.Of(new PyStr("\r"), new PyStr("\r\n")),
        6 => PyTuple.Of(new PyStr("\n"), new PyStr("\r\n")),
        _ => PyTuple.Of(new PyStr("\r"), new PyStr("\n"), new PyStr("\r\n")),
    };

    // Records the line endings in the decoded text not yet scanned (a final '\r' waits for the next chunk).
    private void ScanNewlines()
    {
        if (!_readUniversal)
            return;
        var d = _dec;
        int i = _scanPos;
        for (; i < d.Length; i++)
        {
            char c = d[i];
            if (c == '\n')
                _seenNewlines |= 2;
            else if (c == '\r')
            {
                if (i + 1 < d.Length)
                {
                    if (d[i + 1] == '\n')
                    {
                        _seenNewlines |= 4;
                        i++;
                    }
                    else
                        _seenNewlines |= 1;
                }
                else if (_eof)
                    _seenNewlines |= 1;
                else
                    break;
            }
        }
        _scanPos = i;
    }

    internal override bool Seekable() => CheckedBin().CanSeek;

    internal PyBinaryIO CheckedBin()
    {
        var b = Bin;
        if (b.IsClosed)
            throw ClosedError(false);
        return b;
    }

    internal string Repr()
    {
        var sb = new StringBuilder("<_io.TextIOWrapper");
        if (_bin != null && Ops.GetAttrOrNull(Buffer, "name") is { } name)
            sb.Append(" name=").Append(Ops.Repr(name));
        if (ModeStr != null)
            sb.Append(" mode='").Append(ModeStr).Append('\'');
        sb.Append(" encoding='").Append(EncodingName).Append("'>");
        return sb.ToString();
    }
}

/// <summary><c>io.StringIO</c>: an in-memory text stream. Positions count code points, as in CPython.</summary>
public sealed class PyStringIO : PyTextIOBase
{
    private int[] _buf = [];
    private int _len;
    private int _pos;
    private bool _closed = true;
    private string? _newline = "\n";

    internal PyStringIO(PyType type)
        : base(type)
    {
    }

    internal override bool IsClosed => _closed;

    internal override bool ClosedPeriod => false;

    internal string? Newline => _newline;

    internal void Init(string initial, string? newline)
    {
        if (newline is not (null or "" or "\n" or "\r" or "\r\n"))
            throw Err.Value($"illegal newline value: {Ops.StrRepr(newline)}");
        _newline = newline;
        _buf = [];
        _len = 0;
        _pos = 0;
        _closed = false;
        if (initial.Length > 0)
        {
            WriteText(initial);
            _pos = 0;
        }
    }

    private void WriteText(string text)
    {
        if (_newline == null)
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        else if (_newline is "\r" or "\r\n")
            text = text.Replace("\n", _newline, StringComparison.Ordinal);
        int n = CodePoints(text);
        if (n == 0)
            return;
        int end = _pos + n;
        if (end > _buf.Length)
            Array.Resize(ref _buf, Math.Max(end, Math.Max(16, _buf.Length * 2)));
        if (_pos > _len)
            Array.Clear(_buf, _len, _pos - _len);
        int j = _pos;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                _buf[j++] = char.ConvertToUtf32(c, text[i + 1]);
                i++;
            }
            else
                _buf[j++] = c;
        }
        _pos = end;
        if (end > _len)
            _len = end;
    }

    private string Slice(int start, int end)
    {
        var sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++)
        {
            int cp = _buf[i];
            if (cp < 0x10000)
                sb.Append((char)cp);
            else
                sb.Append(char.ConvertFromUtf32(cp));
        }
        return sb.ToString();
    }

    internal string GetValue()
    {
        CheckOpen();
        return Slice(0, _len);
    }

    internal override string Read(long n)
    {
        CheckOpen();
        if (_pos >= _len)
            return "";
        int end = n < 0 || n > _len - _pos ? _len : _pos + (int)n;
        var r = Slice(_pos, end);
        _pos = end;
        return r;
    }

    internal override string ReadLine(long limit)
    {
        CheckOpen();
        if (_pos >= _len)
            return "";
        int end = limit < 0 || limit > _len - _pos ? _len : _pos + (int)limit;
        int i = _pos;
        while (i < end)
        {
            int c = _buf[i++];
            if (_newline is null or "\n")
            {
                if (c == '\n')
                    break;
            }
            else if (_newline == "")
            {
                if (c == '\n')
                    break;
                if (c == '\r')
                {
                    if (i < end && _buf[i] == '\n')
                        i++;
                    break;
                }
            }
            else if (_newline == "\r")
            {
                if (c == '\r')
                    break;
            }
            else if (c == '\r' && i < end && _buf[i] == '\n')
            {
                i++;
                break;
            }
        }
        var r = Slice(_pos, i);
        _pos = i;
        return r;
    }

    internal override int Write(PyStr s)
    {
        CheckOpen();
        WriteText(s.Value);
        return s.Length;
    }

    internal override PyObject Tell()
    {
        CheckOpen();
        return PyInt.From(_pos);
    }

    internal override PyObject Seek(long offset, long whence)
    {
        CheckOpen();
        switch (whence)
        {
            case 0:
                if (offset < 0)
                    throw Err.Value($"Negative seek position {offset}");
                _pos = (int)Math.Min(offset, int.MaxValue);
                return PyInt.From(_pos);
            case 1 or 2:
                if (offset != 0)
                    throw Err.New(BuiltinTypes.OSError, "Can't do nonzero cur-relative seeks");
                if (whence == 2)
                    _pos = _len;
                return PyInt.From(_pos);
            default:
                throw Err.Value($"Invalid whence ({whence}, should be 0, 1 or 2)");
        }
    }

    internal override PyObject Truncate(PyObject? pos)
    {
        CheckOpen();
        long n = pos == null || pos == PyNone.Instance ? _pos : IntArg(pos);
        if (n < 0)
            throw Err.Value($"Negative size value {n}");
        if (n < _len)
            _len = (int)n;
        return PyInt.From(n);
    }

    internal override void Flush() => CheckOpen();

    internal override void Close() => _closed = true;

    internal override bool Readable()
    {
        CheckOpen();
        return true;
    }

    internal override bool Writable() => Readable();

    internal override bool Seekable() => Readable();
}
