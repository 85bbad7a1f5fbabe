namespace Vkb.Pseudonymization.Policies.Operations;

/// <summary>
/// The levels a quasi-identifier's published value can be generalised to beyond what its operation writes
/// (level 0): level 1 to <see cref="Height"/>, the top level always <see cref="Suppressed"/> (the value is
/// withheld). Each level is a function of the level-0 value, so classes only merge as levels rise
/// (the monotonicity the lattice search prunes by).
/// </summary>
internal abstract class GeneralisationHierarchy
{
    /// <summary>The value written at the top level of every hierarchy: the attribute is withheld.</summary>
    public const string Suppressed = "*";

    /// <summary>The number of levels above level 0 (the last one is <see cref="Suppressed"/>).</summary>
    public abstract int Height { get; }

    /// <summary>A one-word description of each level from 0 to <see cref="Height"/>, for reports (e.g. <c>5 years</c>).</summary>
    public abstract IReadOnlyList<string> LevelNames { get; }

    /// <summary>The level-0 value <paramref name="value"/> generalised to <paramref name="level"/> (1 to <see cref="Height"/>).</summary>
    public string Generalise(string value, int level) =>
        level <= 0 ? value : level >= Height ? Suppressed : GeneraliseBelowTop(value, level);

    /// <summary>The value at a level strictly between 0 and <see cref="Height"/>.</summary>
    protected abstract string GeneraliseBelowTop(string value, int level);
}
