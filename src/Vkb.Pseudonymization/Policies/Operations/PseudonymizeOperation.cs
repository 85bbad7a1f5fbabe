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
    /// <param name="reason">
    /// Why a staff field (a case worker's, team lead's or team's identifier) is pseudonymised although its
    /// phase-stable pseudonym links records through an employee (P2, R1); required for such a field, otherwise null.
    /// </param>
    public PseudonymizeOperation(PseudonymDomain domain, string? reason = null)
    {
        Domain = Preconditions.CheckNotNull(domain);
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason;
    }

    /// <inheritdoc/>
    public override string Name => JsonName;

    /// <summary>The pseudonym domain.</summary>
    public PseudonymDomain Domain { get; }

    /// <summary>The declared reason for pseudonymising a staff field, or null.</summary>
    public string? Reason { get; }

    internal static FieldOperation? Parse(RuleJson json)
    {
        var name = json.String("domain", required: true);
        var prefix = json.String("prefix");
        var reason = json.String("reason");
        if (name is null)
        {
            return null;
        }

        if (PseudonymDomain.TryGetWellKnown(name, out var known) && (prefix is null || prefix == known.Prefix))
        {
            return new PseudonymizeOperation(known, reason);
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

        return new PseudonymizeOperation(PseudonymDomain.Create(name, prefix), reason);
    }

    internal override void WriteParameters(Utf8JsonWriter writer)
    {
        writer.WriteString("domain", Domain.Name);
        writer.WriteString("prefix", Domain.Prefix);
        if (Reason is not null)
        {
            writer.WriteString("reason", Reason);
        }
    }

    /// <summary>
    /// A pseudonym is stable for the whole phase (its scope), so a pseudonymised staff field links every record of
    /// one employee: exactly what a per-employee evaluation needs and R1 forbids. A staff field is one in the staff
    /// or team domain, or beside a case worker's or team lead's name (e.g. <c>caseWorker.id</c> when
    /// <c>caseWorker.name</c> is a name field). Such a rule needs a declared reason.
    /// </summary>
    internal override void Validate(FieldPath path, string where, PolicyDraft policy, List<string> problems)
    {
        if (Reason is null && IsStaffField(path, policy))
        {
            problems.Add($"{where}: pseudonymises a staff field with a phase-stable pseudonym, which links records through an employee (P2, R1); drop it, or declare a reason.");
        }
    }

    private bool IsStaffField(FieldPath path, PolicyDraft policy) =>
        Domain.Equals(PseudonymDomain.Staff) || Domain.Equals(PseudonymDomain.Team) || policy.IsStaffField(path);

    internal override void CheckInput(JsonElement value, string path)
    {
        Span<char> buffer = stackalloc char[RecordValues.ScalarBufferLength];
        _ = Identifier(value, path, buffer);
    }

    internal override void Apply(JsonElement value, PolicyNode node, RecordTransformer record)
    {
        Span<char> buffer = stackalloc char[RecordValues.ScalarBufferLength];
        record.Writer.WriteStringValue(record.PseudonymOf(Domain, Identifier(value, node.Path, buffer)).Value);
    }

    /// <summary>The identifier's characters: a scalar with at least one letter or digit.</summary>
    private static ReadOnlySpan<char> Identifier(JsonElement value, string path, Span<char> buffer)
    {
        var text = RecordValues.ScalarChars(value, path, buffer);
        return RecordValues.HasLetterOrDigit(text) ? text : throw new FieldException(path, "An identifier must hold at least one letter or digit.");
    }
}
