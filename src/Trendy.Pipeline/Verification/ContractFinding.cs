namespace Trendy.Pipeline.Verification;

/// <summary>One breach of the ILAMB output contract in one file, with the checklist item it breaks.</summary>
public sealed record ContractFinding(string File, string Item, string Problem)
{
    public override string ToString() => $"{File}: [{Item}] {Problem}";
}
