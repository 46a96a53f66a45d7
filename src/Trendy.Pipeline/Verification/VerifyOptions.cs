namespace Trendy.Pipeline.Verification;

/// <summary>
/// How <c>verify</c> runs. <see cref="SourceRoot"/>: the source release, to compare every value with its source
/// (<c>--source</c>); <see cref="Sample"/>: compare only this many evenly spread steps per file (<c>--sample N</c>),
/// null for every step of files under <see cref="WholeFileLimit"/> bytes and <see cref="LargeFileSample"/> steps above.
/// </summary>
public sealed record VerifyOptions(string? SourceRoot = null, int? Sample = null)
{
    public const long WholeFileLimit = 1L << 30;

    public const int LargeFileSample = 12;
}
