namespace Trendy.Cli;

/// <summary>Exit statuses promised to users and schedulers (README, exit status): 0 all converted or deliberately skipped, 1 some file failed, 2 usage error, 130 interrupted.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int SomeFailed = 1;
    public const int Usage = 2;

    /// <summary>Stopped by Ctrl-C or SIGTERM: 128 + SIGINT, as shells report a command ended by Ctrl-C.</summary>
    public const int Interrupted = 130;
}
