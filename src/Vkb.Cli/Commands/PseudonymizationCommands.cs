using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using NodaTime;
using Vkb.Pseudonymization;
using Vkb.Pseudonymization.Export;
using Vkb.Pseudonymization.Pipeline;
using Vkb.Pseudonymization.Policies;

namespace Vkb.Cli.Commands;

/// <summary><c>vkb keygen</c>, <c>vkb pseudonymize</c>, <c>vkb verify-export</c>.</summary>
internal static class PseudonymizationCommands
{
    /// <summary>The environment variable holding the password of the <c>--sign-cert</c> PFX, if it has one.</summary>
    public const string PfxPasswordVariable = "VKB_SIGN_CERT_PASSWORD";

    public static void AddTo(RootCommand root, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(root);
        root.Subcommands.Add(Keygen(context));
        root.Subcommands.Add(Pseudonymize(context));
        root.Subcommands.Add(VerifyExport(context));
    }

    private static Command Keygen(CliContext context)
    {
        var output = CliOptions.RequiredFile("--out", "The key file to create (base64 of 32 random bytes; never overwritten; owner-only permissions).");
        var command = new Command("keygen", CliOptions.WithExample(
            "Creates a new pseudonymization key file and prints its fingerprint. Keep the file secret: whoever holds it can compute pseudonyms.",
            "vkb keygen --out vkb.key"));
        command.Options.Add(output);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var file = parseResult.GetValue(output)!;
            if (file.Exists)
            {
                throw new CliException($"--out: the file '{file.FullName}' exists; a key file is never overwritten.");
            }

            using var generator = RandomNumberGenerator.Create();
            using var key = PseudonymizationKey.Generate(generator);
            await using (var stream = new FileStream(file.FullName, FileMode.CreateNew, FileAccess.Write))
            {
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(file.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }

                await using var writer = new StreamWriter(stream);
                await writer.WriteLineAsync(key.ExportBase64().AsMemory(), cancellationToken);
            }

            await context.Out.WriteLineAsync($"key written to {file.FullName}, fingerprint {key.Fingerprint}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Pseudonymize(CliContext context)
    {
        var input = CliOptions.RequiredFile("--in", "The JSON Lines extract to pseudonymise.");
        var output = CliOptions.RequiredFile("--out", "The pseudonymised JSON Lines file (written atomically: on any error no file is left).");
        var keyFile = CliOptions.RequiredFile("--key-file", "The key file made by 'vkb keygen'.");
        var phase = new Option<string>("--phase") { Description = "The assessment phase id: the pseudonym scope, written into every record.", Required = true };
        var policy = CliOptions.OptionalFile("--policy", "A record policy JSON file (default: the shipped policy vkb-default).");
        var includeUnflagged = new Option<bool>("--include-unflagged") { Description = "Export unflagged records too: an explicit exception to P1, recorded in the run report and manifest. Default: only records a team lead flagged in the load month." };
        var month = new Option<string>("--month") { Description = "The load month (yyyy-MM): a flag must be of this month (P1); also the age-band reference of unreviewed records. Default: the current month." };
        var k = new Option<int?>("--k") { Description = "k of k-anonymity for this run instead of the policy's (default 5): every published class holds at least k records (P9)." };
        var report = CliOptions.OptionalFile("--report", "Write the run report (counts only, never values) as JSON to this file.");
        var signCert = CliOptions.OptionalFile("--sign-cert", $"A PFX with private key: writes OUT.manifest.json and its detached CMS signature OUT.manifest.p7s (password in ${PfxPasswordVariable}, if any).");
        var kits = CliOptions.OptionalDirectory("--kits", "Write one sealed re-identification kit per job centre into this directory (needs --kit-certs).");
        var kitCerts = CliOptions.OptionalDirectory("--kit-certs", "A directory with one certificate per job centre, named JOBCENTREID.cer, .crt or .pem.");
        var command = new Command("pseudonymize", CliOptions.WithExample(
            "Pseudonymises an extract with the data-space policy: keeps allowed fields, pseudonymises identifiers, shifts dates per person, " +
            "scrubs notes; optionally signs a manifest and seals re-identification kits per job centre. Errors name line and field, never a value.",
            "vkb pseudonymize --in extract.jsonl --out pseudo.jsonl --key-file vkb.key --phase 2025-1 --month 2025-04 --k 5 --report run.json",
            "vkb pseudonymize --in extract.jsonl --out pseudo.jsonl --key-file vkb.key --phase 2025-1 --sign-cert export.pfx --kits kits --kit-certs certs"));
        foreach (var option in new Option[] { input, output, keyFile, phase, policy, includeUnflagged, month, k, report, signCert, kits, kitCerts })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var inFile = CliOptions.MustExist(parseResult.GetValue(input)!, "--in");
            var outFile = parseResult.GetValue(output)!;
            var kitsDir = parseResult.GetValue(kits);
            var kitCertsDir = parseResult.GetValue(kitCerts);
            if ((kitsDir is null) != (kitCertsDir is null))
            {
                throw new CliException("--kits and --kit-certs go together.");
            }

            using var key = LoadKey(parseResult.GetValue(keyFile)!);
            var recordPolicy = LoadPolicy(parseResult.GetValue(policy));
            using var signer = parseResult.GetValue(signCert) is { } pfx ? LoadPfx(pfx) : null;
            var recipients = kitCertsDir is null ? null : LoadKitCertificates(kitCertsDir);
            var now = context.Clock.GetCurrentInstant();
            var options = new PseudonymizationOptions
            {
                Phase = parseResult.GetValue(phase) ?? string.Empty,
                OnlyFlagged = !parseResult.GetValue(includeUnflagged),
                ReferenceMonth = parseResult.GetValue(month) is { } m
                    ? NodaTime.Text.YearMonthPattern.Iso.Parse(m).GetValueOrThrow()
                    : now.InUtc().Date.ToYearMonth(),
                KAnonymity = { K = parseResult.GetValue(k) },
                CollectReidentification = kitsDir is not null,
            };
            PseudonymizationPipeline pipeline;
            try
            {
                pipeline = new PseudonymizationPipeline(key, recordPolicy, options);
            }
            catch (ArgumentException ex)
            {
                throw new CliException("--phase: " + ex.Message.Split(" (Parameter", StringSplitOptions.None)[0]);
            }

            PseudonymizationResult result;
            using (var progress = context.Progress("pseudonymize"))
            {
                try
                {
                    result = await pipeline.RunFileAsync(inFile.FullName, outFile.FullName, cancellationToken);
                }
                catch (RecordRejectedException ex)
                {
                    throw new CliException($"--in: {ex.Message}");
                }
            }

            try
            {
                if (recipients is not null)
                {
                    ReidentificationKit.WriteAll(result.Reidentification, recipients, kitsDir!.FullName, options.Phase, key.Fingerprint, context.Clock);
                }

                if (signer is not null)
                {
                    ExportSignature.WriteSigned(ExportManifest.Create(outFile.FullName, result.Report, context.Clock), outFile.FullName, signer);
                }
            }
            catch (InvalidOperationException ex)
            {
                File.Delete(outFile.FullName);
                throw new CliException("--kit-certs: " + ex.Message);
            }
            finally
            {
                foreach (var certificate in recipients?.Values.ToList() ?? [])
                {
                    certificate.Dispose();
                }
            }

            if (parseResult.GetValue(report) is { } reportFile)
            {
                await File.WriteAllTextAsync(reportFile.FullName, result.Report.ToJson() + "\n", cancellationToken);
            }

            var r = result.Report;
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"pseudonymized {r.RecordsWritten:N0} of {r.RecordsRead:N0} records (not flagged {r.RecordsNotFlagged:N0}, suppressed {r.RecordsSuppressed:N0}) " +
                $"in {r.Duration.TotalSeconds:F1} s; policy {r.PolicyId} {r.PolicyHash[..19]}…, key {r.KeyFingerprint}, " +
                $"k-anonymity classes below {r.KAnonymity.K}: {r.KAnonymity.ClassesBelowK:N0}"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command VerifyExport(CliContext context)
    {
        var output = CliOptions.RequiredFile("--out", "The pseudonymised output file.");
        var manifest = CliOptions.RequiredFile("--manifest", "The manifest (OUT.manifest.json).");
        var signature = CliOptions.RequiredFile("--signature", "The detached CMS signature (OUT.manifest.p7s).");
        var command = new Command("verify-export", CliOptions.WithExample(
            "Verifies a signed export: the signature over the manifest, then size and SHA-256 of the output. Exit 0 if valid, 1 if anything changed.",
            "vkb verify-export --out pseudo.jsonl --manifest pseudo.jsonl.manifest.json --signature pseudo.jsonl.manifest.p7s"));
        command.Options.Add(output);
        command.Options.Add(manifest);
        command.Options.Add(signature);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var outFile = CliOptions.MustExist(parseResult.GetValue(output)!, "--out");
            var manifestFile = CliOptions.MustExist(parseResult.GetValue(manifest)!, "--manifest");
            var signatureFile = CliOptions.MustExist(parseResult.GetValue(signature)!, "--signature");
            var result = ExportSignature.Verify(
                outFile.FullName,
                await File.ReadAllBytesAsync(manifestFile.FullName, cancellationToken),
                await File.ReadAllBytesAsync(signatureFile.FullName, cancellationToken));
            if (!result.IsValid)
            {
                foreach (var problem in result.Problems)
                {
                    await context.Out.WriteLineAsync("FAILED: " + problem);
                }

                return ExitCodes.Failure;
            }

            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"OK: {result.Manifest!.RecordsWritten:N0} records, phase {result.Manifest.Phase}, policy {result.Manifest.PolicyId}, key {result.Manifest.KeyFingerprint}, signed by {result.Signer}"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static PseudonymizationKey LoadKey(FileInfo file)
    {
        CliOptions.MustExist(file, "--key-file");
        try
        {
            return PseudonymizationKey.FromFile(file.FullName);
        }
        catch (FormatException)
        {
            throw new CliException("--key-file: the file does not hold a base64 key (make one with 'vkb keygen').");
        }
        catch (ArgumentException)
        {
            throw new CliException($"--key-file: the key is too short; a key holds at least {PseudonymizationKey.MinimumLength} bytes.");
        }
    }

    private static RecordPolicy LoadPolicy(FileInfo? file)
    {
        if (file is null)
        {
            return RecordPolicy.VkbDefault;
        }

        CliOptions.MustExist(file, "--policy");
        try
        {
            return RecordPolicy.Load(file.FullName);
        }
        catch (PolicyValidationException ex)
        {
            throw new CliException("--policy: " + string.Join(" ", ex.Problems));
        }
    }

    private static X509Certificate2 LoadPfx(FileInfo file)
    {
        CliOptions.MustExist(file, "--sign-cert");
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(file.FullName, Environment.GetEnvironmentVariable(PfxPasswordVariable));
            if (!certificate.HasPrivateKey)
            {
                certificate.Dispose();
                throw new CliException("--sign-cert: the PFX holds no private key.");
            }

            return certificate;
        }
        catch (CryptographicException)
        {
            throw new CliException($"--sign-cert: the file is not a PFX this password opens (set {PfxPasswordVariable}).");
        }
    }

    private static Dictionary<string, X509Certificate2> LoadKitCertificates(DirectoryInfo directory)
    {
        if (!directory.Exists)
        {
            throw new CliException($"--kit-certs: the directory '{directory.FullName}' does not exist.");
        }

        var certificates = new Dictionary<string, X509Certificate2>(StringComparer.Ordinal);
        foreach (var file in directory.EnumerateFiles().Where(f => f.Extension is ".cer" or ".crt" or ".pem").OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            try
            {
                certificates[Path.GetFileNameWithoutExtension(file.Name)] = X509CertificateLoader.LoadCertificateFromFile(file.FullName);
            }
            catch (CryptographicException)
            {
                throw new CliException($"--kit-certs: '{file.Name}' is not a certificate.");
            }
        }

        return certificates;
    }
}
