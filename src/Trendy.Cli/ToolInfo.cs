using Trendy.Core;

namespace Trendy.Cli;

/// <summary>The tool's own version, recorded in every output's global attributes.</summary>
public static class ToolInfo
{
    public static string Version => ProductVersion.Current;
}
