using System.Text;

namespace Trendy.Pipeline.Tests.Cli;

/// <summary>
/// A minimal VT100 screen for tests: plays back text with the escape sequences a live display uses (cursor up/down,
/// carriage return, erase in line/display, auto-wrap at the right margin with xterm's deferred wrap) and shows what a
/// person would see at the end. Colours and cursor visibility are ignored.
/// </summary>
internal sealed class AnsiScreen(int width)
{
    private readonly List<StringBuilder> _rows = [new()];
    private int _row;
    private int _col;
    private bool _pendingWrap;

    public static IReadOnlyList<string> Play(string output, int width)
    {
        var screen = new AnsiScreen(width);
        screen.Write(output);
        return [.. screen._rows.Select(r => r.ToString().TrimEnd())];
    }

    private void Write(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '\u001b' && i + 1 < s.Length && s[i + 1] == '[')
            {
                var end = i + 2;
                while (end < s.Length && !char.IsAsciiLetter(s[end])) end++;
                Control(s[(i + 2)..end], s[end]);
                i = end;
            }
            else if (c == '\n')
            {
                // A terminal's line discipline turns LF into CR LF (onlcr).
                MoveTo(_row + 1, 0);
            }
            else if (c == '\r')
            {
                MoveTo(_row, 0);
            }
            else
            {
                Put(c);
            }
        }
    }

    private void Put(char c)
    {
        if (_pendingWrap) MoveTo(_row + 1, 0);
        var line = _rows[_row];
        while (line.Length <= _col) line.Append(' ');
        line[_col] = c;
        if (_col == width - 1) _pendingWrap = true;
        else _col++;
    }

    private void Control(string args, char command)
    {
        var n = int.TryParse(args.TrimStart('?'), out var v) ? v : 0;
        switch (command)
        {
            case 'A': MoveTo(Math.Max(0, _row - Math.Max(1, n)), _col); break;
            case 'B': MoveTo(_row + Math.Max(1, n), _col); break;
            case 'C': MoveTo(_row, Math.Min(width - 1, _col + Math.Max(1, n))); break;
            case 'D': MoveTo(_row, Math.Max(0, _col - Math.Max(1, n))); break;
            case 'G': MoveTo(_row, Math.Max(1, n) - 1); break;
            case 'K': EraseInLine(n); break;
            case 'J': EraseBelow(); break;
        }
    }

    private void EraseInLine(int mode)
    {
        var line = _rows[_row];
        if (mode == 2) line.Clear();
        else if (mode == 0 && line.Length > _col) line.Length = _col;
        else if (mode == 1) for (var i = 0; i <= _col && i < line.Length; i++) line[i] = ' ';
    }

    private void EraseBelow()
    {
        EraseInLine(0);
        for (var r = _row + 1; r < _rows.Count; r++) _rows[r].Clear();
    }

    private void MoveTo(int row, int col)
    {
        while (_rows.Count <= row) _rows.Add(new StringBuilder());
        (_row, _col, _pendingWrap) = (row, col, false);
    }
}
