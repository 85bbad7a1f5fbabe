using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Vkb.Pseudonymization.Policies;

/// <summary>
/// The data space: an allow-list of field rules plus the paths that give the pipeline its context (the
/// subject whose dates are shifted, the review month for age bands, the flag for <c>OnlyFlagged</c>, the
/// job centre for re-identification kits, and the names known from the record for scrubbing). Any field
/// the policy does not name is dropped and counted. Immutable; identified by <see cref="Id"/> and
/// <see cref="Hash"/> (SHA-256 of the canonical JSON), which every output record carries.
/// </summary>
/// <remarks>Thread safety: immutable, safe to share.</remarks>
public sealed partial class RecordPolicy
{
    /// <summary>The id of the shipped default policy.</summary>
    public const string DefaultId = "vkb-default";

    private static readonly Lazy<RecordPolicy> LazyDefault = new(LoadDefault);

    internal RecordPolicy(
        string id,
        IReadOnlyList<FieldRule> rules,
        FieldPath? subject,
        FieldPath? referenceMonth,
        FieldPath? flagged,
        FieldPath? jobCentre,
        FieldPath? agency,
        FieldPath? customerProcess,
        IReadOnlyList<KeyValuePair<FieldPath, NameRole>> names,
        KAnonymityPolicy kAnonymity)
    {
        CustomerProcess = customerProcess;
        KAnonymity = kAnonymity;
        Id = id;
        Rules = rules;
        Subject = subject;
        ReferenceMonth = referenceMonth;
        Flagged = flagged;
        JobCentre = jobCentre;
        Agency = agency;
        Names = names;
        CanonicalJson = PolicyJson.Write(this);
        Hash = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalJson)));
        Tree = PolicyNode.Build(rules);
    }

    /// <summary>The shipped policy <c>vkb-default</c> for the data space of EXTRACT.md.</summary>
    public static RecordPolicy VkbDefault => LazyDefault.Value;

    /// <summary>The policy id.</summary>
    public string Id { get; }

    /// <summary>The rules, in declaration order.</summary>
    public IReadOnlyList<FieldRule> Rules { get; }

    /// <summary>The path of the subject identifier (pseudonymised; its pseudonym keys the date offset).</summary>
    public FieldPath? Subject { get; }

    /// <summary>The path of the review month (<c>yyyy-MM</c>), the reference for age bands.</summary>
    public FieldPath? ReferenceMonth { get; }

    /// <summary>The path of the team lead's flag (boolean) used by <c>OnlyFlagged</c>.</summary>
    public FieldPath? Flagged { get; }

    /// <summary>The path of the job centre id, which groups re-identification kits.</summary>
    public FieldPath? JobCentre { get; }

    /// <summary>
    /// The path of the employment agency id, read when a record has no job centre (an SGB III case): its
    /// re-identification kit is the agency's, keyed <c>agency-</c> and the id (so an agency and a job centre with
    /// the same number never share a kit), and the kit's certificate file is named so.
    /// </summary>
    public FieldPath? Agency { get; }

    /// <summary>
    /// The path of the record's customer process, read when a run names its phase's customer processes
    /// (<c>PseudonymizationOptions.PhaseCustomerProcesses</c>): a flagged record of another process is outside the
    /// phase (S11, P1).
    /// </summary>
    public FieldPath? CustomerProcess { get; }

    /// <summary>Paths of names known from the record and the role whose token replaces them in notes.</summary>
    public IReadOnlyList<KeyValuePair<FieldPath, NameRole>> Names { get; }

    /// <summary>The k-anonymity the policy demands of every output (<see cref="KAnonymityPolicy.None"/> if it declares no quasi-identifiers).</summary>
    public KAnonymityPolicy KAnonymity { get; }

    /// <summary>The policy's hash: <c>sha256:</c> and 64 hex digits over <see cref="ToJson"/>.</summary>
    public string Hash { get; }

    internal string CanonicalJson { get; }

    internal PolicyNode Tree { get; }

    /// <summary>Starts a fluent builder.</summary>
    /// <param name="id">The policy id (letters, digits, '-', '_', '.').</param>
    /// <returns>The builder.</returns>
    public static RecordPolicyBuilder Create(string id) => new(id);

    /// <summary>Parses and validates a policy from its JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="PolicyValidationException">The JSON is malformed or the policy is invalid; every problem is listed.</exception>
    public static RecordPolicy Parse(string json)
    {
        Preconditions.CheckNotNull(json);
        return PolicyJson.Read(json);
    }

    /// <summary>Reads a policy file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="PolicyValidationException">The policy is invalid, not UTF-8, or larger than 1 MiB.</exception>
    /// <exception cref="IOException">The path is a directory or cannot be read.</exception>
    public static RecordPolicy Load(string path)
    {
        Preconditions.CheckNotNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The policy file does not exist.", path);
        }

        // Bounded (issue 17, class 8): /dev/zero or a huge file fails after PolicyJson.MaxFileBytes, and invalid UTF-8 is refused, never repaired.
        byte[] bytes;
        try
        {
            bytes = SafeFile.ReadBounded(path, PolicyJson.MaxFileBytes);
        }
        catch (SafeFile.TooLargeException)
        {
            throw new PolicyValidationException(string.Create(CultureInfo.InvariantCulture, $"The policy file is larger than {PolicyJson.MaxFileBytes:N0} bytes; read it yourself and call Parse if it really is this large."));
        }

        try
        {
            return Parse(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            throw new PolicyValidationException("The policy file is not valid UTF-8.");
        }
    }

    /// <summary>The canonical JSON of the policy (the input of <see cref="Hash"/>); <see cref="Parse"/> reads it back.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => CanonicalJson;

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({Hash})";

    private static RecordPolicy LoadDefault()
    {
        using var stream = typeof(RecordPolicy).Assembly.GetManifestResourceStream("Vkb.Pseudonymization.Policies.vkb-default.json")
            ?? throw new InvalidOperationException("The embedded policy vkb-default is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }
}

/// <summary>A policy failed validation; <see cref="Problems"/> lists every problem (no record values involved).</summary>
public sealed class PolicyValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PolicyValidationException()
        : this("The policy is invalid.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public PolicyValidationException(string message)
        : base(message) => Problems = [message];

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public PolicyValidationException(string message, Exception innerException)
        : base(message, innerException) => Problems = [message];

    /// <summary>Creates the exception with all problems.</summary>
    /// <param name="problems">Every problem found.</param>
    public PolicyValidationException(IReadOnlyList<string> problems)
        : base("The policy is invalid: " + string.Join(" ", problems)) => Problems = problems;

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<string> Problems { get; }
}
