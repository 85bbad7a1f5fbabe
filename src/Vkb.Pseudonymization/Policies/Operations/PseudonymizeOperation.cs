using System.Text.Json;
using Vkb.Pseudonymization.Engine;
using Vkb.Pseudonymization.Pipeline;

namespace Vkb.Pseudonymization.Policies.Operations;

/// <summary>Replaces an identifier by its pseudonym in <see cref="Domain"/>, scope = phase (JSON <c>pseudonymize</c>).</summary>
/// <remarks>Thread safety: immutable.</remarks>
public sealed class PseudonymizeOperation : FieldOperation
{
    internal const string JsonName = "pseudonymize";

    /// <summary>Creates the operation.</summary>
    /// <param name="domain">The pseudonym domain.</param>
    public PseudonymizeOperation(PseudonymDomain domain) => Domain = Preconditions.CheckNotNull(domain);

    /// <inheritdoc/>
    public override string Name => JsonName;

    /// <summary>The pseudonym domain.</summary>
    public PseudonymDomain Domain { get; }

    internal static FieldOperation? Parse(RuleJson json)
    {
        var name = json.String("domain", required: true);
        var prefix = json.String("prefix");
        if (name is null)
        {
            return null;
        }

        if (PseudonymDomain.TryGetWellKnown(name, out var known) && (prefix is null || prefix == known.Prefix))
        {
            return new PseudonymizeOperation(known);
        }

        if (prefix is null)
        {
            json.Problem("prefix", "the domain is not well-known (customer, household, staff, team), so it needs a prefix.");
            return null;
        }

        if (!PseudonymDomain.IsValidName(name) || !PseudonymDomain.IsValidPrefix(prefix))
        {
            json.Problem("domain", "a domain is 1–32 lower-case letters, digits or '-'; a prefix 2–4 upper-case letters.");
            return null;
        }

        return new PseudonymizeOperation(PseudonymDomain.Create(name, prefix));
    }

    internal override void WriteParameters(Utf8JsonWriter writer)
    {
        writer.WriteString("domain", Domain.Name);
        writer.WriteString("prefix", Domain.Prefix);
    }

    internal override void Apply(JsonElement value, PolicyNode node, RecordTransformer record)
    {
        Span<char> buffer = stackalloc char[RecordValues.ScalarBufferLength];
        var text = RecordValues.ScalarChars(value, node.Path, buffer);
        if (!RecordValues.HasLetterOrDigit(text))
        {
            throw new FieldException(node.Path, "An identifier must hold at least one letter or digit.");
        }

        record.Writer.WriteStringValue(record.PseudonymOf(Domain, text).Value);
    }
}
