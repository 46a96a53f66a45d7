namespace Trendy.Core.Fixes;

/// <summary>
/// A per-model fix that changed how a file is read: its stable <see cref="Id"/> (see <see cref="FixIds"/>) for reports
/// and scripts, and a <see cref="Text"/> that says what it did and where the quirk was seen. Only a fix that changed
/// the plan is recorded; one whose symptom matched but had nothing to change is not.
/// </summary>
public sealed record FiredFix(string Id, string Text)
{
    public override string ToString() => $"{Id} ({Text})";
}
