using System.Reflection;

namespace Trendy.Core;

/// <summary>
/// The product version, set once in Directory.Build.props (&lt;Version&gt;) and stamped into every assembly; recorded in
/// every output's <c>trendy2ilamb_version</c> global attribute and printed by <c>--version</c> (docs/install.md).
/// </summary>
public static class ProductVersion
{
    /// <summary>The global attribute that records it in every output.</summary>
    public const string AttributeName = "trendy2ilamb_version";

    /// <summary>"MAJOR.MINOR.PATCH", without the source-revision suffix the SDK appends after '+'.</summary>
    public static string Current { get; } =
        typeof(ProductVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion?.Split('+')[0] ?? "0.0.0";
}
