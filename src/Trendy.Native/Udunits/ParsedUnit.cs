namespace Trendy.Native.Udunits;

/// <summary>
/// A units string UDUNITS-2 has parsed, owned until disposed. Obtain one from <see cref="UnitSystem.Parse"/>;
/// a forgotten one is still freed by its SafeHandle's finaliser.
/// </summary>
public sealed class ParsedUnit : IDisposable
{
    internal ParsedUnit(string text, UnitHandle handle)
    {
        Text = text;
        Handle = handle;
    }

    /// <summary>The string as given to <see cref="UnitSystem.Parse"/>.</summary>
    public string Text { get; }

    internal UnitHandle Handle { get; }

    public void Dispose() => Handle.Dispose();

    public override string ToString() => Text;
}
