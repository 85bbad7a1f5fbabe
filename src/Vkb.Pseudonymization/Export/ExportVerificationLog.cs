using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace Vkb.Pseudonymization.Export;

/// <summary>
/// Logs failed verifications of an export (output, manifest, signature, kits) and rejected kits: one
/// warning per problem with a stable reason code and the artefact it concerns (<c>output</c>,
/// <c>manifest</c>, <c>signature</c>, <c>kit 3</c>, <c>kit directory</c>), never a value. The
/// verifiers state problems as sentences (<see cref="ExportVerification.Problems"/>); the codes are
/// read from those fixed sentences here, so the verification code stays as it is.
/// </summary>
internal static partial class ExportVerificationLog
{
    /// <summary>Sentence beginnings of the verifiers' problems → reason code and artefact ({0}: the kit number).</summary>
    private static readonly (string Start, string Code, string Artefact)[] Reasons =
    [
        ("The signature must have exactly one signer", "signer-count", "signature"),
        ("The signature does not hold its signer's certificate", "signer-certificate-missing", "signature"),
        ("The signature has no single signed signing time", "signing-time-missing", "signature"),
        ("The signature does not match the signed content", "signature-mismatch", "signature"),
        ("The signer certificate's key usage", "signer-key-usage", "signature"),
        ("The signer certificate was not valid at the signing time", "signer-expired", "signature"),
        ("The signer is not the trusted certificate", "signer-untrusted", "signature"),
        ("The signer does not chain to a trusted CA", "signer-untrusted", "signature"),
        ("The manifest is not a valid manifest", "manifest-invalid", "manifest"),
        ("The output file does not exist", "output-missing", "output"),
        ("The output file's size differs", "output-size-mismatch", "output"),
        ("The output file's SHA-256 differs", "output-hash-mismatch", "output"),
        ("The kit directory does not exist", "kit-directory-missing", "kit directory"),
        ("The kit directory", "kit-directory-invalid", "kit directory"),
    ];

    /// <summary>Logs every problem of a failed verification; a valid one is logged at debug level.</summary>
    public static ExportVerification Verified(ILogger? logger, string outputName, ExportVerification verification)
    {
        if (logger is null)
        {
            return verification;
        }

        if (verification.IsValid)
        {
            LogVerified(logger, outputName);
            return verification;
        }

        foreach (var problem in verification.Problems)
        {
            var (code, artefact) = Classify(problem);
            LogVerificationFailed(logger, code, artefact, outputName);
        }

        return verification;
    }

    /// <summary>Logs a kit that <see cref="ReidentificationKit.Open(byte[], System.Security.Cryptography.X509Certificates.X509Certificate2, byte[], byte[], SignerTrust)"/> refused.</summary>
    public static void KitRejected(ILogger? logger, string reason)
    {
        if (logger is not null)
        {
            LogKitRejected(logger, reason);
        }
    }

    /// <summary>The reason code and artefact of a verifier's problem sentence; <c>other</c> for a sentence not in the table.</summary>
    internal static (string Code, string Artefact) Classify(string problem)
    {
        if (KitProblem().Match(problem) is { Success: true } kit)
        {
            var artefact = "kit " + kit.Groups["n"].Value;
            return (kit.Groups["what"].Value == "is missing" ? "kit-missing" : "kit-changed", artefact);
        }

        if (UnlistedKits().IsMatch(problem))
        {
            return ("kit-unlisted", "kit directory");
        }

        foreach (var (start, code, artefact) in Reasons)
        {
            if (problem.StartsWith(start, StringComparison.Ordinal))
            {
                return (code, artefact);
            }
        }

        return ("other", "export");
    }

    /// <summary>The reason code of a kit refusal's message.</summary>
    internal static string KitReason(string message) => message switch
    {
        _ when message.StartsWith("The export manifest is not trusted", StringComparison.Ordinal) => "manifest-untrusted",
        _ when message.StartsWith("The kit is not listed", StringComparison.Ordinal) => "kit-not-listed",
        _ when message.StartsWith("The kit is larger", StringComparison.Ordinal) => "kit-too-large",
        _ when message.StartsWith("The kit is not a sealed kit", StringComparison.Ordinal) => "kit-not-sealed",
        _ when message.StartsWith("The kit cannot be opened", StringComparison.Ordinal) => "kit-wrong-key-or-changed",
        _ when message.StartsWith("The kit's signature", StringComparison.Ordinal) => "kit-signature-invalid",
        _ when message.StartsWith("The kit is signed by another", StringComparison.Ordinal) => "kit-signer-mismatch",
        _ when message.StartsWith("The kit content is not a valid kit", StringComparison.Ordinal) => "kit-content-invalid",
        _ when message.StartsWith("The kit belongs to another", StringComparison.Ordinal) => "kit-other-run",
        _ when message.StartsWith("The kit's job centre", StringComparison.Ordinal) => "kit-job-centre-mismatch",
        _ when message.StartsWith("The certificate has no RSA", StringComparison.Ordinal) => "recipient-key-missing",
        _ => "other",
    };

    /// <summary>The output's file name without its directory (the directory may name a person's workspace).</summary>
    internal static string NameOf(string path) => Path.GetFileName(path) is { Length: > 0 } name ? name : path;

    [GeneratedRegex(@"^Kit (?<n>[0-9]+) of the manifest (?<what>is missing|was changed)", RegexOptions.CultureInvariant)]
    private static partial Regex KitProblem();

    [GeneratedRegex(@"^[0-9]+ kit file\(s\) in the kit directory are not listed", RegexOptions.CultureInvariant)]
    private static partial Regex UnlistedKits();

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Export verification failed with {ReasonCode} on {Artefact} (export {Output})")]
    private static partial void LogVerificationFailed(ILogger logger, string reasonCode, string artefact, string output);

    [LoggerMessage(EventId = 102, Level = LogLevel.Debug, Message = "Export {Output} verified: signature, signer, output and kits check out")]
    private static partial void LogVerified(ILogger logger, string output);

    [LoggerMessage(EventId = 103, Level = LogLevel.Warning, Message = "Re-identification kit refused with {ReasonCode}")]
    private static partial void LogKitRejected(ILogger logger, string reasonCode);
}
