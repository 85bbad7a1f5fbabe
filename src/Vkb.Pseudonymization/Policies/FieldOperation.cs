using System.Text.Json;
using Vkb.Pseudonymization.Pipeline;
using Vkb.Pseudonymization.Policies.Operations;

namespace Vkb.Pseudonymization.Policies;

/// <summary>
/// What a record policy does with one field: a unit that reads its parameters from the policy's JSON, checks
/// them against the rest of the policy, writes them back canonically, and applies itself to a value. The
/// operations are the sealed types of <see cref="Operations"/>; each is registered by its JSON name in
/// <c>OperationRegistry</c>. Hosts cannot add operations (the constructor is not accessible outside the package).
/// </summary>
/// <remarks>Thread safety: immutable, safe to share.</remarks>
public abstract class FieldOperation
{
    private protected FieldOperation()
    {
    }

    /// <summary>The operation's name in a policy's JSON (<c>"op"</c>), e.g. <c>keep</c> or <c>ageBand</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The generalisation hierarchy above the operation's output, if the field can be a quasi-identifier that is generalised further; null otherwise.</summary>
    internal virtual GeneralisationHierarchy? Hierarchy => null;

    /// <inheritdoc/>
    public override string ToString() => Name;

    /// <summary>Writes the operation's parameters (after <c>path</c> and <c>op</c>) into the policy's canonical JSON.</summary>
    internal virtual void WriteParameters(Utf8JsonWriter writer)
    {
    }

    /// <summary>Adds a problem for every way this rule does not fit the rest of <paramref name="policy"/>.</summary>
    internal virtual void Validate(FieldPath path, string where, PolicyDraft policy, List<string> problems)
    {
    }

    /// <summary>
    /// Checks the non-null input <paramref name="value"/> against what the rule accepts, without writing: the same
    /// check <see cref="Apply"/> makes first. It runs on records that are read but not exported (not flagged, or
    /// flagged outside the phase), so a malformed extract is refused whichever records the team leads flagged.
    /// </summary>
    /// <exception cref="Engine.FieldException">The value breaks the rule (the message names no value).</exception>
    internal virtual void CheckInput(JsonElement value, string path)
    {
    }

    /// <summary>Writes the field's output value for the non-null input <paramref name="value"/> (the property name is written).</summary>
    /// <exception cref="Engine.FieldException">The value breaks the rule (the message names no value).</exception>
    internal abstract void Apply(JsonElement value, PolicyNode node, RecordTransformer record);
}
