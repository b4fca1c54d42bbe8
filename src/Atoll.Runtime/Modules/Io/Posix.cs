using System;
using System.Runtime.InteropServices;
using System.Text;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Modules.Io;

/// <summary>
/// The few POSIX calls <c>open()</c> and <c>os</c> need, called directly so errors carry the real <c>errno</c> and
/// <c>strerror</c> text CPython reports (.NET's file APIs fold many errnos into one exception type). Paths are passed
/// as NUL-terminated UTF-8 byte arrays, so no string marshalling is involved.
/// </summary>
internal static class Posix
{
    public const int ENOENT = 2, EBADF = 9, EACCES = 13, EEXIST = 17, ENOTDIR = 20, EISDIR = 21, EINVAL = 22;

    public const int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0x40, O_EXCL = 0x80, O_TRUNC = 0x200, O_APPEND = 0x400, O_CLOEXEC = 0x80000;

    public static byte[] PathBytes(string path)
    {
        if (path.Contains('\0', StringComparison.Ordinal))
            throw Err.Value("embedded null byte");
        var b = new byte[Encoding.UTF8.GetByteCount(path) + 1];
        Encoding.UTF8.GetBytes(path, b);
        return b;
    }

    /// <summary>open(2); returns the descriptor or -1 with <paramref name="errno"/> set.</summary>
    public static int Open(string path, int flags, int mode, out int errno)
    {
        var p = PathBytes(path);
        int fd;
        do
        {
            fd = NativeMethods.open(p, flags, mode);
            errno = fd < 0 ? Marshal.GetLastPInvokeError() : 0;
        }
        while (fd < 0 && errno == 4); // EINTR
        return fd;
    }

    public static int Close(int fd) => NativeMethods.close(fd) < 0 ? Marshal.GetLastPInvokeError() : 0;

    public static int Unlink(string path) => NativeMethods.unlink(PathBytes(path)) < 0 ? Marshal.GetLastPInvokeError() : 0;

    public static int Rmdir(string path) => NativeMethods.rmdir(PathBytes(path)) < 0 ? Marshal.GetLastPInvokeError() : 0;

    public static int Mkdir(string path, int mode) => NativeMethods.mkdir(PathBytes(path), mode) < 0 ? Marshal.GetLastPInvokeError() : 0;

    public static int Rename(string from, string to) => NativeMethods.rename(PathBytes(from), PathBytes(to)) < 0 ? Marshal.GetLastPInvokeError() : 0;

    /// <summary>access(2) with F_OK: 0 when the path exists, else the errno.</summary>
    public static int Access(string path) => NativeMethods.access(PathBytes(path), 0) < 0 ? Marshal.GetLastPInvokeError() : 0;

    public static int GetPid() => Environment.ProcessId;

    /// <summary>The C library's message for an errno (what CPython puts in <c>strerror</c>).</summary>
    public static string StrError(int errno)
    {
        var p = NativeMethods.strerror(errno);
        return p == IntPtr.Zero ? $"Unknown error {errno}" : Marshal.PtrToStringUTF8(p) ?? $"Unknown error {errno}";
    }

    /// <summary>The OSError subclass CPython picks for an errno.</summary>
    public static PyType ErrorType(int errno) => errno switch
    {
        ENOENT => BuiltinTypes.FileNotFoundError,
        EEXIST => BuiltinTypes.FileExistsError,
        EISDIR => BuiltinTypes.IsADirectoryError,
        ENOTDIR => BuiltinTypes.NotADirectoryError,
        EACCES or 1 => BuiltinTypes.PermissionError,
        3 => BuiltinTypes.ProcessLookupError,
        4 => BuiltinTypes.InterruptedError,
        10 => BuiltinTypes.ChildProcessError,
        11 or 114 or 115 => BuiltinTypes.BlockingIOError,
        32 => BuiltinTypes.BrokenPipeError,
        103 => BuiltinTypes.ConnectionAbortedError,
        104 => BuiltinTypes.ConnectionResetError,
        111 => BuiltinTypes.ConnectionRefusedError,
        110 => BuiltinTypes.TimeoutError,
        _ => BuiltinTypes.OSError,
    };

    /// <summary>The OSError CPython raises for a failed call on <paramref name="filename"/> (and <paramref name="filename2"/>).</summary>
    public static PyException Error(int errno, PyObject? filename = null, PyObject? filename2 = null)
    {
        var strerror = new PyStr(StrError(errno));
        var e = new PyBaseException(ErrorType(errno)) { Args = PyTuple.Of(PyInt.From(errno), strerror) };
        e.SetField("errno", PyInt.From(errno));
        e.SetField("strerror", strerror);
        e.SetField("filename", filename ?? PyNone.Instance);
        e.SetField("filename2", filename2 ?? PyNone.Instance);
        return new PyException(e);
    }

    /// <summary>An OSError for a .NET I/O failure: the errno when .NET kept it, else EIO with .NET's message.</summary>
    public static PyException FromDotnet(Exception ex, PyObject? filename = null)
    {
        int errno = ex switch
        {
            System.IO.FileNotFoundException or System.IO.DirectoryNotFoundException => ENOENT,
            UnauthorizedAccessException => EACCES,
            System.IO.PathTooLongException => 36,
            System.IO.IOException io when io.HResult is > 0 and < 200 => io.HResult,
            _ => 5,
        };
        return Error(errno, filename);
    }

    private static class NativeMethods
    {
#pragma warning disable SYSLIB1054 // LibraryImport needs unsafe code, which the runtime does not allow; these signatures are blittable
        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int open(byte[] path, int flags, int mode);

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int close(int fd);

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int unlink(byte[] path);

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int rmdir(byte[] path);

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int mkdir(byte[] path, int mode);

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int rename(byte[] from, byte[] to);

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int access(byte[] path, int mode);

        [DllImport("libc")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern IntPtr strerror(int errnum);
#pragma warning restore SYSLIB1054
    }
}
