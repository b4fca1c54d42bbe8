using System;
using System.IO;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Modules.Io;

/// <summary>
/// A binary stream of the <c>io</c> module seen as a .NET <see cref="System.IO.Stream"/>: a raw file
/// (<c>FileIO</c>), a buffered file (<c>BufferedReader</c>/<c>Writer</c>/<c>Random</c>) or a <c>BytesIO</c>. The
/// Python methods are defined once over this view; the subclasses say which checks and messages apply.
/// </summary>
public abstract class PyBinaryIO : PyIOObject
{
    private protected PyBinaryIO(PyType type)
        : base(type)
    {
    }

    /// <summary>The stream, or null once closed (or before initialization).</summary>
    internal abstract Stream? Stream { get; }

    internal abstract bool CanRead { get; }

    internal abstract bool CanWrite { get; }

    internal virtual bool CanSeek => Stream?.CanSeek ?? false;

    internal override bool IsClosed => Stream == null;

    /// <summary>The stream for an operation that needs it open; <paramref name="op"/> names it in the message.</summary>
    internal abstract Stream Open(string op);

    /// <summary>The open stream for a read operation (UnsupportedOperation when not readable).</summary>
    internal abstract Stream ForRead(string op);

    /// <summary>The open stream for a write operation (UnsupportedOperation when not writable).</summary>
    internal abstract Stream ForWrite(string op);

    /// <summary>Closes the object (flushing first); closing twice does nothing.</summary>
    internal abstract void Close();

    /// <summary><c>readable()</c>: the closed check, then the capability.</summary>
    internal virtual bool ReadableChecked()
    {
        Open("readable");
        return CanRead;
    }

    /// <summary><c>writable()</c>: the closed check, then the capability.</summary>
    internal virtual bool WritableChecked()
    {
        Open("writable");
        return CanWrite;
    }

    /// <summary>Appending files write at the end whatever the position.</summary>
    internal virtual void BeforeWrite(Stream s)
    {
    }

    internal byte[] Read(long n)
    {
        var s = ForRead("read");
        try
        {
            if (n < 0)
                return ReadAll(s);
            var buf = new byte[(int)Math.Min(n, int.MaxValue)];
            int total = 0;
            while (total < buf.Length)
            {
                int got = s.Read(buf, total, buf.Length - total);
                if (got == 0)
                    break;
                total += got;
                if (this is PyFileIO)
                    break; // a raw read is one system call
            }
            return total == buf.Length ? buf : buf.AsSpan(0, total).ToArray();
        }
        catch (IOException ex)
        {
            throw Posix.FromDotnet(ex);
        }
    }

    private static byte[] ReadAll(Stream s)
    {
        var ms = new MemoryStream();
        s.CopyTo(ms);
        return ms.ToArray();
    }

    internal byte[] ReadLine(long limit, string op = "readline")
    {
        var s = ForRead(op);
        var ms = new MemoryStream();
        while (limit < 0 || ms.Length < limit)
        {
            int b = s.ReadByte();
            if (b < 0)
                break;
            ms.WriteByte((byte)b);
            if (b == '\n')
                break;
        }
        return ms.ToArray();
    }

    internal int ReadInto(Span<byte> target, string op = "readinto")
    {
        var s = ForRead(op);
        int total = 0;
        while (total < target.Length)
        {
            int got = s.Read(target[total..]);
            if (got == 0 || this is PyFileIO)
            {
                total += got;
                break;
            }
            total += got;
        }
        return total;
    }

    internal int Write(ReadOnlySpan<byte> data)
    {
        var s = ForWrite("write");
        try
        {
            BeforeWrite(s);
            s.Write(data);
        }
        catch (IOException ex)
        {
            throw Posix.FromDotnet(ex);
        }
        return data.Length;
    }

    internal virtual long Seek(long offset, long whence)
    {
        var s = Open("seek");
        if (whence is < 0 or > 2)
            throw Err.Value($"whence value {whence} unsupported");
        try
        {
            long target = whence switch { 0 => offset, 1 => s.Position + offset, _ => s.Length + offset };
            if (target < 0)
                throw Posix.Error(Posix.EINVAL);
            return s.Seek(target, SeekOrigin.Begin);
        }
        catch (IOException ex)
        {
            throw Posix.FromDotnet(ex);
        }
    }

    internal long Tell() => Open("tell").Position;

    internal virtual long Truncate(PyObject? size)
    {
        var s = ForWrite("truncate");
        long n = size == null || size == PyNone.Instance ? s.Position : IntArg(size);
        if (n < 0)
            throw Posix.Error(Posix.EINVAL);
        long pos = s.Position;
        s.Flush();
        s.SetLength(n);
        s.Position = pos;
        return n;
    }

    internal void Flush()
    {
        try
        {
            Open("flush").Flush();
        }
        catch (IOException ex)
        {
            throw Posix.FromDotnet(ex);
        }
    }
}

/// <summary>A file opened by the operating system (<c>_io.FileIO</c>): the raw layer under buffered files.</summary>
public sealed class PyFileIO : PyBinaryIO, IDisposable
{
    private FileStream? _stream;
    internal int Fd = -1;
    internal PyObject NameObj = PyNone.Instance;
    internal string Mode = "";
    internal bool Readable, Writable, Append, CloseFd = true;

    internal PyFileIO(PyType type)
        : base(type)
    {
    }

    internal override Stream? Stream => _stream;

    internal override bool CanRead => Readable;

    internal override bool CanWrite => Writable;

    /// <summary>Opens <paramref name="file"/> (a path or a descriptor) with a mode of r/w/a/x and '+'.</summary>
    internal void Init(PyObject file, string mode, bool closeFd, PyObject? opener, bool buffered)
    {
        bool plus = mode.Contains('+', StringComparison.Ordinal);
        char kind = '\0';
        foreach (var c in mode)
        {
            if (c is 'r' or 'w' or 'a' or 'x')
            {
                if (kind != '\0')
                    throw Err.Value("Must have exactly one of create/read/write/append mode and at most one plus");
                kind = c;
            }
            else if (c is not ('+' or 'b'))
                throw Err.Value($"invalid mode: {mode}");
        }
        if (kind == '\0')
            throw Err.Value("Must have exactly one of create/read/write/append mode and at most one plus");
        Readable = kind == 'r' || plus;
        Writable = kind != 'r' || plus;
        Append = kind == 'a';
        int flags = (Readable && Writable ? Posix.O_RDWR : Readable ? Posix.O_RDONLY : Posix.O_WRONLY) | Posix.O_CLOEXEC;
        flags |= kind switch { 'w' => Posix.O_CREAT | Posix.O_TRUNC, 'a' => Posix.O_CREAT | Posix.O_APPEND, 'x' => Posix.O_CREAT | Posix.O_EXCL, _ => 0 };
        Mode = kind switch { 'x' => plus ? "xb+" : "xb", 'a' => plus ? "ab+" : "ab", 'r' when !plus => "rb", 'w' when !plus => "wb", _ => "rb+" };
        NameObj = file;
        if (file is PyInt fdObj)
        {
            if (opener != null && opener != PyNone.Instance)
                throw Err.Value("Cannot use an opener with a file descriptor");
            Fd = (int)fdObj.Value;
            if (Fd < 0)
                throw Err.Value("negative file descriptor");
            CloseFd = closeFd;
        }
        else
        {
            if (!closeFd)
                throw Err.Value("Cannot use closefd=False with file name");
            string path = OsModule.FsPathString(file);
            if (opener != null && opener != PyNone.Instance)
            {
                var r = Ops.Call(opener, file, PyInt.From(flags));
                if (r is not PyInt ri)
                    throw Err.Type("expected an integer, got " + Ops.TypeName(r));
                Fd = (int)ri.Value;
                if (Fd < 0)
                    throw Err.Value($"opener returned {Fd}");
            }
            else
            {
                Fd = Posix.Open(path, flags, 0x1B6, out int errno);
                if (Fd < 0)
                    throw Posix.Error(errno, file);
            }
            if (Directory.Exists(path))
            {
                Posix.Close(Fd);
                Fd = -1;
                throw Posix.Error(Posix.EISDIR, file);
            }
        }
        var handle = new Microsoft.Win32.SafeHandles.SafeFileHandle(Fd, ownsHandle: CloseFd);
        var access = Readable && Writable ? FileAccess.ReadWrite : Readable ? FileAccess.Read : FileAccess.Write;
        try
        {
            _stream = new FileStream(handle, access, buffered ? 8192 : 0);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            handle.Dispose();
            throw Posix.FromDotnet(ex, file);
        }
        if (Append && _stream.CanSeek)
            _stream.Seek(0, SeekOrigin.End);
    }

    internal override Stream Open(string op) => _stream ?? throw ClosedError(false);

    internal override Stream ForRead(string op)
    {
        var s = Open(op);
        return Readable ? s : throw Unsupported("File not open for reading");
    }

    internal override Stream ForWrite(string op)
    {
        var s = Open(op);
        return Writable ? s : throw Unsupported("File not open for writing");
    }

    internal override void BeforeWrite(Stream s)
    {
        if (Append && s.CanSeek)
            s.Seek(0, SeekOrigin.End);
    }

    internal override long Seek(long offset, long whence)
    {
        var s = Open("seek");
        if (whence is < 0 or > 2)
            throw Posix.Error(Posix.EINVAL);
        return base.Seek(offset, whence);
    }

    internal override void Close()
    {
        var s = _stream;
        if (s == null)
            return;
        _stream = null;
        try
        {
            s.Dispose();
        }
        catch (IOException ex)
        {
            throw Posix.FromDotnet(ex);
        }
    }

    /// <summary>Closes the file (what Python's <c>close()</c> does).</summary>
    public void Dispose() => Close();

    internal string Repr()
    {
        if (_stream == null)
            return "<_io.FileIO [closed]>";
        return $"<_io.FileIO name={Ops.Repr(NameObj)} mode='{Mode}' closefd={(CloseFd ? "True" : "False")}>";
    }
}

/// <summary>A buffered binary file (<c>_io.BufferedReader</c>, <c>BufferedWriter</c>, <c>BufferedRandom</c>) over a
/// raw file; the raw file's stream does the buffering.</summary>
public sealed class PyBufferedIO : PyBinaryIO
{
    internal PyBinaryIO? Raw;
    private bool _closed;

    internal PyBufferedIO(PyType type)
        : base(type)
    {
    }

    internal override Stream? Stream => _closed ? null : Raw?.Stream;

    internal bool IsReader => Type.IsSubtypeOf(IoTypes.BufferedReader) || Type.IsSubtypeOf(IoTypes.BufferedRandom);

    internal bool IsWriter => Type.IsSubtypeOf(IoTypes.BufferedWriter) || Type.IsSubtypeOf(IoTypes.BufferedRandom);

    internal override bool CanRead => IsReader && Raw != null && Raw.CanRead;

    internal override bool CanWrite => IsWriter && Raw != null && Raw.CanWrite;

    internal void Init(PyObject raw)
    {
        if (raw is not PyBinaryIO r || r is PyBufferedIO)
            throw Err.Type($"a raw stream (FileIO or BytesIO) is required, not '{Ops.TypeName(raw)}'");
        if (IsReader && !r.CanRead)
            throw Unsupported("File or stream is not readable.");
        if (IsWriter && !r.CanWrite)
            throw Unsupported("File or stream is not writable.");
        Raw = r;
        _closed = false;
    }

    internal override Stream Open(string op)
    {
        if (Raw == null)
            throw Err.Value("raw stream has been detached");
        var s = Stream;
        if (s == null)
            throw Err.Value(op switch
            {
                "tell" or "fileno" or "isatty" or "readable" or "writable" or "seekable" => "I/O operation on closed file",
                "write" => "write to closed file",
                _ => op + " of closed file",
            });
        return s;
    }

    internal override Stream ForRead(string op)
    {
        if (!IsReader)
            throw Unsupported(op == "read1" ? "read1" : "read");
        return Open(op);
    }

    internal override Stream ForWrite(string op)
    {
        if (op == "truncate")
            Open(op);
        if (!IsWriter)
            throw Unsupported(op);
        return Open(op);
    }

    // A buffered object answers False for the capability its class lacks, even once closed (as CPython's does).
    internal override bool ReadableChecked() => IsReader && base.ReadableChecked();

    internal override bool WritableChecked() => IsWriter && base.WritableChecked();

    internal override void BeforeWrite(Stream s) => Raw?.BeforeWrite(s);

    internal override void Close()
    {
        if (_closed || Raw == null)
            return;
        try
        {
            if (!Raw.IsClosed)
                Raw.Stream!.Flush();
        }
        finally
        {
            _closed = true;
            Raw.Close();
        }
    }

    internal string Repr()
    {
        string name = Type.Name;
        if (Raw is PyFileIO f)
            return $"<_io.{name} name={Ops.Repr(f.NameObj)}>";
        return $"<_io.{name}>";
    }
}

/// <summary><c>io.BytesIO</c>: an in-memory binary stream.</summary>
public sealed class PyBytesIO : PyBinaryIO, IDisposable
{
    private MemoryStream? _stream;

    internal PyBytesIO(PyType type)
        : base(type)
    {
    }

    internal override Stream? Stream => _stream;

    internal override bool CanRead => true;

    internal override bool CanWrite => true;

    internal override bool CanSeek => true;

    internal void Init(ReadOnlySpan<byte> initial)
    {
        _stream = new MemoryStream();
        _stream.Write(initial);
        _stream.Position = 0;
    }

    internal override Stream Open(string op) => _stream ?? throw ClosedError();

    internal override Stream ForRead(string op) => Open(op);

    internal override Stream ForWrite(string op) => Open(op);

    internal override long Seek(long offset, long whence)
    {
        var s = Open("seek");
        if (whence is < 0 or > 2)
            throw Err.Value($"invalid whence ({whence}, should be 0, 1 or 2)");
        if (whence == 0 && offset < 0)
            throw Err.Value($"negative seek value {offset}");
        long target = whence switch { 0 => offset, 1 => s.Position + offset, _ => s.Length + offset };
        s.Position = Math.Max(0, target);
        return s.Position;
    }

    internal override long Truncate(PyObject? size)
    {
        var s = Open("truncate");
        long n = size == null || size == PyNone.Instance ? s.Position : IntArg(size);
        if (n < 0)
            throw Err.Value($"negative size value {n}");
        if (n < s.Length)
        {
            long pos = s.Position;
            s.SetLength(n);
            s.Position = pos;
        }
        return n;
    }

    internal byte[] GetValue() => (_stream ?? throw ClosedError()).ToArray();

    internal override void Close() => _stream = null;

    /// <summary>Releases the buffer (what Python's <c>close()</c> does).</summary>
    public void Dispose() => Close();
}
