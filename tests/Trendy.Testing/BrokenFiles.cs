namespace Trendy.Testing;

/// <summary>Makes the broken inputs docs/robustness.md lists: zero-byte, truncated, text named .nc, flipped bytes.</summary>
public static class BrokenFiles
{
    public static string ZeroByte(string path)
    {
        File.WriteAllBytes(path, []);
        return path;
    }

    public static string Text(string path, string content = "this is not a netcdf file\n")
    {
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Copies <paramref name="source"/> keeping only the first <paramref name="fraction"/> of its bytes.</summary>
    public static string Truncated(string source, string path, double fraction)
    {
        var bytes = File.ReadAllBytes(source);
        File.WriteAllBytes(path, bytes.AsSpan(0, (int)(bytes.Length * fraction)).ToArray());
        return path;
    }

    /// <summary>Copies a file with <paramref name="count"/> bytes flipped at reproducible random offsets.</summary>
    public static string Mutated(string source, string path, int seed, int count)
    {
        var bytes = File.ReadAllBytes(source);
        var random = new Random(seed);
        for (var i = 0; i < count; i++) bytes[random.Next(bytes.Length)] ^= (byte)(1 + random.Next(255));
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
