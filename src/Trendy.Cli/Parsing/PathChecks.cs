using System.CommandLine;

namespace Trendy.Cli.Parsing;

/// <summary>What a path argument must be; a wrong one is a parse error (one line, exit status 2) naming the path and the remedy.</summary>
public enum PathKind
{
    /// <summary>An existing file or folder.</summary>
    Existing,

    /// <summary>An existing file.</summary>
    File,

    /// <summary>An existing folder.</summary>
    Folder,

    /// <summary>A folder to create or fill: anything but an existing file.</summary>
    NewFolder,
}

public static class PathChecks
{
    /// <summary>Adds the check to <paramref name="argument"/>; <paramref name="remedy"/> says what to give instead.</summary>
    public static Argument<T> MustBe<T>(this Argument<T> argument, PathKind kind, string remedy)
    {
        argument.Validators.Add(r =>
        {
            foreach (var token in r.Tokens)
            {
                if (Problem(token.Value, kind) is { } problem) r.AddError($"{problem}; {remedy}");
            }
        });
        return argument;
    }

    public static string? Problem(string path, PathKind kind)
    {
        var isFile = System.IO.File.Exists(path);
        var isFolder = Directory.Exists(path);
        return kind switch
        {
            _ when !isFile && !isFolder && kind != PathKind.NewFolder => $"'{path}' does not exist",
            PathKind.File when isFolder => $"'{path}' is a folder, not a file",
            PathKind.Folder when isFile => $"'{path}' is a file, not a folder",
            PathKind.NewFolder when isFile => $"'{path}' is a file, not a folder",
            _ => null,
        };
    }
}
