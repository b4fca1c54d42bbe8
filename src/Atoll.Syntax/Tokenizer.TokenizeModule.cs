using System;

namespace Atoll.Syntax;

// Errors as the tokenize module reports them (extra tokens only). CPython's tokenizer signals a backslash or an open
// bracket at the end of the file, and a bad line continuation, by a state code rather than a message; the tokenize
// module then places the error by its line buffer: the lines read since the buffer was last emptied, which happens
// when a new line is read between tokens outside f-strings (so a multi-line string, a continued line or an open
// f-string keep their earlier lines in it).
internal sealed partial class Tokenizer
{
    private int _bufferStart; // offset in _src where CPython's line buffer starts

    // After the newline of a NEWLINE or NL token: the next line is read between tokens.
    private void ResetLineBuffer()
    {
        if (_extraTokens && _fstrings.Count == 0)
            _bufferStart = _lineStart;
    }

    // A backslash that is the first thing on a line the buffer starts with is read while measuring indentation.
    private bool ContinuationFirstOnLine()
    {
        if (_lineStart != _bufferStart)
            return false;
        for (int i = _lineStart; i < _pos; i++)
        {
            if (_src[i] is not ((byte)' ' or (byte)'\t' or (byte)'\f'))
                return false;
        }
        return true;
    }

    // "unexpected EOF in multi-line statement" after a backslash: the column is the size of the buffer in bytes, or 0
    // when the backslash was read while measuring indentation (the buffer is empty then).
    private PythonSyntaxException EofInContinuation(bool firstOnLine) =>
        EofInStatement(_line, firstOnLine ? 0 : BufferedBytes(_bufferStart));

    private PythonSyntaxException EofInStatement(int line, int offset) =>
        new("SyntaxError", "unexpected EOF in multi-line statement", _source.Filename, line, offset, line, offset, null);

    // "unexpected character after line continuation character" at the character after the buffer's last line.
    private PythonSyntaxException LineContinuationError()
    {
        int eol = Array.IndexOf(_src, (byte)'\n', _pos);
        int chars = 0;
        for (int i = _bufferStart; i < (eol < 0 ? _len : eol); i++)
        {
            if ((_src[i] & 0xC0) != 0x80)
                chars++;
            if (_src[i] == '\n' && _source.IsCrlf(i))
                chars++;
        }
        if (eol >= 0 && _source.IsCrlf(eol))
            chars++; // the "\r" stays when the line's newline is cut off
        return new PythonSyntaxException("SyntaxError", "unexpected character after line continuation character", _source.Filename,
            _line, chars + 1, _line, chars + 1, null);
    }

    // Bytes of the file from `from` to its end as CPython's tokenize reads them: with "\r\n" newlines as written and
    // the newline it adds to a last line that lacks one.
    private int BufferedBytes(int from)
    {
        int n = _len - from;
        if (_len == 0 || _src[_len - 1] != '\n')
            n++;
        for (int i = Array.IndexOf(_src, (byte)'\n', from); i >= 0; i = Array.IndexOf(_src, (byte)'\n', i + 1))
        {
            if (_source.IsCrlf(i))
                n++;
        }
        return n;
    }
}
