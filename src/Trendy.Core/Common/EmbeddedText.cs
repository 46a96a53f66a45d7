namespace Trendy.Core.Common;

/// <summary>
/// Reads the text resources embedded by the csproj glob <c>Resources/**/*</c>. This is the only
/// "I/O" the pure core does: the bytes live inside the assembly, so results never depend on the disk.
/// </summary>
internal static class EmbeddedText
{
    public static string Read(string fileName)
    {
        var assembly = typeof(EmbeddedText).Assembly;
        var resource = "Trendy.Core.Resources." + fileName;
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException(
                $"embedded resource {resource} is missing; the csproj must embed Resources/**/* (have: {string.Join(", ", assembly.GetManifestResourceNames())})");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
