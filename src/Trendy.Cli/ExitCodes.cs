namespace Trendy.Cli;

/// <summary>Exit statuses promised to users and schedulers (issue #3/#4): 0 all converted or deliberately skipped, 1 some file failed, 2 usage error.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int SomeFailed = 1;
    public const int Usage = 2;
}
