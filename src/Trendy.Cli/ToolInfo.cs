using System.Reflection;

namespace Trendy.Cli;

/// <summary>The tool's own version, recorded in every output's global attributes.</summary>
public static class ToolInfo
{
    public static string Version { get; } =
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion?.Split('+')[0] ?? "0.0.0";
}
