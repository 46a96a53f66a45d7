using Trendy.Pipeline.Synthesis;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Synthesis;

/// <summary>The tiny profile written once per test class (it takes a few seconds).</summary>
public sealed class TinyReleaseFixture : IDisposable
{
    private readonly TempDir _dir = new();

    public TinyReleaseFixture()
    {
        Root = Path.Combine(_dir.Path, "release");
        Manifest = SyntheticRelease.Write(Root, SynthProfile.Tiny);
    }

    public string Root { get; }

    public SynthManifest Manifest { get; }

    public string Full(string rel) => Path.Combine(Root, rel);

    public void Dispose() => _dir.Dispose();
}
