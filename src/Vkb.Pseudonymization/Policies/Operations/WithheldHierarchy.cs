namespace Vkb.Pseudonymization.Policies.Operations;

/// <summary>The hierarchy of an attribute that is either published as its operation writes it or withheld (height 1), e.g. gender.</summary>
internal sealed class WithheldHierarchy : GeneralisationHierarchy
{
    public static WithheldHierarchy Instance { get; } = new();

    public override int Height => 1;

    public override IReadOnlyList<string> LevelNames { get; } = ["kept", "withheld"];

    protected override string GeneraliseBelowTop(string value, int level) => value;
}
