using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using NodaTime;
using NodaTime.Text;
using Vkb.Cli.Phases;
using Vkb.Pseudonymization;
using Vkb.Pseudonymization.Anonymity;
using Vkb.Pseudonymization.Export;
using Vkb.Pseudonymization.Pipeline;
using Vkb.Pseudonymization.Policies;

namespace Vkb.Cli.Commands;

/// <summary><c>vkb keygen</c>, <c>vkb pseudonymize</c>, <c>vkb verify-export</c>.</summary>
internal static class PseudonymizationCommands
{
    /// <summary>The environment variable holding the password of the <c>--sign-cert</c> PFX, if it has one.</summary>
    public const string PfxPasswordVariable = "VKB_SIGN_CERT_PASSWORD";

    /// <summary>The default longest extract line of pseudonymize (1 MiB, as <see cref="PseudonymizationOptions.MaxLineBytes"/>).</summary>
    public const int DefaultMaxLineBytes = 1 << 20;

    /// <summary>The default largest --policy or --phases file of pseudonymize (1 MiB).</summary>
    public const long DefaultMaxFileBytes = 1 << 20;

    /// <summary>A line without end within this many times --max-line-bytes stops the read (the pipeline's line reader).</summary>
    private const int StreamLineSourceFactor = 64;

    public static void AddTo(RootCommand root, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(root);
        root.Subcommands.Add(Keygen(context));
        root.Subcommands.Add(Pseudonymize(context));
        root.Subcommands.Add(VerifyExport(context));
        root.Subcommands.Add(CheckAnonymity(context));
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
            var createOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                createOptions.UnixCreateMode = SafeFile.FileMode0600; // created owner-only, never 0644 for a moment
            }

            await using (var stream = new FileStream(file.FullName, createOptions))
            {
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
        var month = new Option<string>("--month") { Description = "The load month (yyyy-MM): without --phases a flag must be of this month (P1), with --phases of any month of the phase (and this month must lie in it); also the age-band reference of unreviewed records without --phases (with --phases every age is banded at the phase's first month). Default: the current month." };
        var phases = CliOptions.OptionalFile("--phases", "The phase announcement (phases.json, vkb-phases/1): the months of the phase named by --phase are the months a flag must be of (P1).");
        var k = new Option<int?>("--k") { Description = "k of k-anonymity for this run instead of the policy's (default 5): every published class holds at least k customers, and every customer's set of classes is shared by k (P9)." };
        var lossMetric = new Option<string?>("--loss-metric")
        {
            Description = "The information loss the k-anonymity search minimises for this run instead of the policy's (default discernibility): " +
                "'discernibility' generalises rather than suppress (a suppressed record costs a class of the whole load); " +
                "'precision' keeps the quasi-identifiers more precise and suppresses within the budget where that loses less. The run report states both.",
        };
        lossMetric.AcceptOnlyFromAmong("discernibility", "precision");
        var report = CliOptions.OptionalFile("--report", "Write the run report (counts only, never values) as JSON to this file.");
        var signCert = CliOptions.OptionalFile("--sign-cert", $"A PFX with private key: writes OUT.manifest.json and its detached CMS signature OUT.manifest.p7s (password in ${PfxPasswordVariable}, if any).");
        var kits = CliOptions.OptionalDirectory("--kits", "Write one sealed re-identification kit per job centre (per agency for SGB III records) into this directory (needs --kit-certs and --kit-ca).");
        var kitCerts = CliOptions.OptionalDirectory("--kit-certs",
            "A directory with one certificate per job centre, named JOBCENTREID.cer, .crt or .pem (an agency's: agency-AGENCYID.cer); each must chain to --kit-ca " +
            "and name its unit (subject serialNumber, or the last word of its CN), and one unit has one file.");
        var kitCa = new Option<FileInfo[]>("--kit-ca")
        {
            Description = "The CA certificate (DER or PEM) that issues the job centres' and agencies' kit certificates, the trust anchor of --kit-certs; " +
                "repeat for a root and its intermediates. Required with --kits: the chain is built offline, without revocation check.",
        };
        var maxLine = new Option<int>("--max-line-bytes")
        {
            Description = $"The longest extract line accepted, in bytes (default 1 MiB, at most 256 MiB); a longer line rejects its record, and a line without end within {StreamLineSourceFactor} times this (e.g. /dev/zero) stops the run.",
            DefaultValueFactory = _ => DefaultMaxLineBytes,
        };
        var earlierExports = new Option<FileInfo[]>("--earlier-export")
        {
            Description = "A pseudonymised export of this phase sent before this load (repeat for each; verify them first with 'vkb verify-export'): " +
                "the load then keeps the union of the phase's exports k-anonymous, suppressing a customer whose set of classes over all of them " +
                "fewer than k share (P9). Without it only this load's own classes are checked ('vkb check-anonymity' measures the union).",
        };
        var maxFile = new Option<long>("--max-file-bytes")
        {
            Description = "The largest --policy or --phases file accepted, in bytes (default 1 MiB).",
            DefaultValueFactory = _ => DefaultMaxFileBytes,
        };
        var command = new Command("pseudonymize", CliOptions.WithExample(
            "Pseudonymises an extract with the data-space policy: keeps allowed fields, pseudonymises identifiers, shifts dates per person, " +
            "scrubs notes; optionally signs a manifest and seals re-identification kits per job centre. Errors name line and field, never a value.",
            "vkb pseudonymize --in extract.jsonl --out pseudo.jsonl --key-file vkb.key --phase 2025-1 --month 2025-04 --k 5 --report run.json",
            "vkb pseudonymize --in extract.jsonl --out pseudo.jsonl --key-file vkb.key --phase 2025-1 --sign-cert export.pfx --kits kits --kit-certs certs --kit-ca kit-ca.cer"));
        foreach (var option in new Option[] { input, output, keyFile, phase, policy, includeUnflagged, month, phases, k, lossMetric, earlierExports, report, signCert, kits, kitCerts, kitCa, maxLine, maxFile })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var inFile = CliOptions.MustExist(parseResult.GetValue(input)!, "--in");
            var outFile = parseResult.GetValue(output)!;
            var kitsDir = parseResult.GetValue(kits);
            var kitCertsDir = parseResult.GetValue(kitCerts);
            var reportFile = parseResult.GetValue(report);
            if ((kitsDir is null) != (kitCertsDir is null))
            {
                throw new CliException("--kits and --kit-certs go together.");
            }

            if (kitsDir is not null && parseResult.GetValue(signCert) is null)
            {
                throw new CliException("--kits needs --sign-cert: every kit is signed by the export signer and listed in the signed manifest.");
            }

            var kitCaFiles = parseResult.GetValue(kitCa) ?? [];
            if (kitsDir is not null && kitCaFiles.Length == 0)
            {
                throw new CliException(
                    "--kits needs --kit-ca: the CA certificate that issues the job centres' kit certificates. Without it anyone who can write " +
                    "the --kit-certs directory could put a certificate there whose key opens a kit.");
            }

            if (kitsDir is null && kitCaFiles.Length > 0)
            {
                throw new CliException("--kit-ca goes with --kits and --kit-certs.");
            }

            using var key = LoadKey(parseResult.GetValue(keyFile)!, context);
            var maxLineBytes = MaxLineBytes(parseResult, maxLine);
            var maxFileBytes = parseResult.GetValue(maxFile);

            if (maxFileBytes < 1)
            {
                throw new CliException("--max-file-bytes: expected a positive number of bytes.");
            }

            var recordPolicy = LoadPolicy(parseResult.GetValue(policy), maxFileBytes);
            using var signer = parseResult.GetValue(signCert) is { } pfx ? LoadPfx(pfx, context) : null;
            var now = context.Clock.GetCurrentInstant();
            var recipientTrust = kitCertsDir is null ? null : LoadKitTrust(kitCaFiles);
            var recipients = kitCertsDir is null ? null : LoadKitCertificates(kitCertsDir, recipientTrust!, now);
            try
            {
                var phaseId = parseResult.GetValue(phase) ?? string.Empty;
                YearMonth? loadMonth = null;
                if (parseResult.GetValue(month) is { } monthText)
                {
                    var parsed = YearMonthPattern.Iso.Parse(monthText);
                    loadMonth = parsed.Success ? parsed.Value : throw new CliException("--month: expected a month as yyyy-MM.");
                }

                var options = new PseudonymizationOptions
                {
                    Phase = phaseId,
                    OnlyFlagged = !parseResult.GetValue(includeUnflagged),
                    KAnonymity =
                    {
                        K = parseResult.GetValue(k),
                        // The option accepts only the policy's names ('discernibility', 'precision'), the enum's in lower case.
                        LossMetric = parseResult.GetValue(lossMetric) is { } metric ? Enum.Parse<LossMetric>(metric, ignoreCase: true) : null,
                    },
                    CollectReidentification = kitsDir is not null,
                    MaxLineBytes = maxLineBytes,
                };
                if (parseResult.GetValue(phases) is { } phasesFile)
                {
                    // The phase's months come from the announcement; --month, if given, must lie in the phase.
                    var announced = PhaseAnnouncement.Read(CliOptions.MustExist(phasesFile, "--phases").FullName, "--phases", maxFileBytes).Phases.FirstOrDefault(p => p.Id == phaseId)
                        ?? throw new CliException("--phase: the phase is not in the announcement given by --phases.");
                    if (loadMonth is { } load && !announced.Contains(load))
                    {
                        throw new CliException("--month: the load month lies outside the phase's months in --phases.");
                    }

                    for (var m = announced.From; m <= announced.To; m = m.PlusMonths(1))
                    {
                        options.PhaseMonths.Add(m);
                    }

                    // ... and its customer processes (S11): a flagged record of another process is outside the phase.
                    foreach (var process in announced.CustomerProcesses)
                    {
                        options.PhaseCustomerProcesses.Add(process);
                    }

                    options.ReferenceMonth = loadMonth;
                }
                else
                {
                    options.ReferenceMonth = loadMonth ?? now.InUtc().Date.ToYearMonth();
                }

                var earlierFiles = parseResult.GetValue(earlierExports) ?? [];
                if (earlierFiles.Length > 0)
                {
                    options.KAnonymity.EarlierExports = await ReadEarlierExportsAsync(earlierFiles, recordPolicy, maxLineBytes, cancellationToken);
                }

                PseudonymizationPipeline pipeline;
                try
                {
                    pipeline = new PseudonymizationPipeline(key, recordPolicy, options);
                }
                catch (ArgumentException ex)
                {
                    // The option the value came from (the review's '--k 0' was reported as a problem of --phase).
                    var option = ex.ParamName switch
                    {
                        "k" => "--k",
                        "MaxLineBytes" => "--max-line-bytes",
                        "EarlierExports" => "--earlier-export",
                        "options" => "--policy",
                        _ => "--phase",
                    };
                    throw new CliException(option + ": " + ex.Message.Split(" (Parameter", StringSplitOptions.None)[0]);
                }

                // Every artefact of the run is staged and committed together (class 7 of issue 17): each target
                // is checked and reserved before the first record is read, so an unwritable --report, a --kits
                // that is a file or a directory where the manifest goes fails first and leaves nothing behind.
                using var transaction = new FileTransaction();
                var manifestPath = outFile.FullName + ".manifest.json";
                var signaturePath = outFile.FullName + ".manifest.p7s";
                RefuseSameFile(
                    [("--out", outFile.FullName), .. signer is null ? [] : new[] { ("--out (manifest)", manifestPath), ("--out (signature)", signaturePath) },
                        .. reportFile is null ? [] : new[] { ("--report", reportFile.FullName) }],
                    [("--in", inFile.FullName), ("--key-file", parseResult.GetValue(keyFile)!.FullName), .. OptionalPath("--policy", parseResult.GetValue(policy)),
                        .. OptionalPath("--phases", parseResult.GetValue(phases)), .. OptionalPath("--sign-cert", parseResult.GetValue(signCert)),
                        .. earlierFiles.Select(f => ("--earlier-export", f.FullName)),
                        .. kitCaFiles.Select(f => ("--kit-ca", f.FullName)),
                        .. kitCertsDir is { Exists: true } ? kitCertsDir.EnumerateFiles().Select(f => ("--kit-certs", f.FullName)) : []]);
                CliOptions.CheckOutput(outFile, "--out");
                if (signer is not null)
                {
                    CliOptions.CheckOutput(new FileInfo(manifestPath), "--out (manifest)");
                    CliOptions.CheckOutput(new FileInfo(signaturePath), "--out (signature)");
                }

                if (reportFile is not null)
                {
                    CliOptions.CheckOutput(reportFile, "--report");
                }

                if (kitsDir is not null)
                {
                    try
                    {
                        ReidentificationKit.CheckKitDirectory(kitsDir.FullName);
                    }
                    catch (IOException ex)
                    {
                        throw new CliException($"--kits: '{kitsDir.FullName}': {ex.Message}");
                    }
                }

                var stagedOutput = CliOptions.Reserve(transaction, outFile.FullName, "--out");
                if (signer is not null)
                {
                    CliOptions.Reserve(transaction, manifestPath, "--out (manifest)");
                    CliOptions.Reserve(transaction, signaturePath, "--out (signature)");
                }

                if (reportFile is not null)
                {
                    CliOptions.Reserve(transaction, reportFile.FullName, "--report");
                }

                PseudonymizationResult result;
                using (var progress = context.Progress("pseudonymize"))
                {
                    options.Progress = progress.Records();
                    try
                    {
                        result = await pipeline.RunFileAsync(inFile.FullName, stagedOutput, cancellationToken);
                    }
                    catch (RecordRejectedException ex)
                    {
                        throw new CliException($"--in: {ex.Message}");
                    }
                    catch (Vkb.Pseudonymization.Anonymity.KAnonymityException ex)
                    {
                        throw new CliException($"--in: {ex.Message}", ExitCodes.Failure);
                    }
                }

                IReadOnlyList<SealedKit> sealedKits = [];
                if (recipients is not null)
                {
                    try
                    {
                        sealedKits = ReidentificationKit.SealAll(result.Reidentification, recipients, recipientTrust!, options.Phase, key.Fingerprint, signer!, context.Clock);
                    }
                    catch (InvalidOperationException ex)
                    {
                        throw new CliException("--kit-certs: " + ex.Message);
                    }
                    catch (ArgumentException ex)
                    {
                        throw new CliException("--kit-certs: " + ex.Message.Split(" (Parameter", StringSplitOptions.None)[0]);
                    }

                    foreach (var kit in sealedKits)
                    {
                        transaction.Stage(Path.Combine(kitsDir!.FullName, kit.FileName), kit.ToArray());
                    }
                }

                if (signer is not null)
                {
                    var manifest = ExportManifest.Create(stagedOutput, result.Report, context.Clock, sealedKits, outFile.Name);
                    var manifestBytes = manifest.ToJsonBytes();
                    transaction.Stage(manifestPath, manifestBytes);
                    transaction.Stage(signaturePath, ExportSignature.Sign(manifestBytes, signer, manifest.CreatedAt));
                }

                if (reportFile is not null)
                {
                    transaction.Stage(reportFile.FullName, System.Text.Encoding.UTF8.GetBytes(result.Report.ToJson() + "\n"));
                }

                transaction.Commit();
                var r = result.Report;
                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"pseudonymized {r.RecordsWritten:N0} of {r.RecordsRead:N0} records (not flagged {r.RecordsNotFlagged:N0}, flagged outside the phase {r.RecordsFlaggedOutsidePhase:N0}, rejected {r.RecordsRejected:N0}, suppressed {r.RecordsSuppressed:N0}) " +
                    $"in {r.Duration.TotalSeconds:F1} s; policy {r.PolicyId} {r.PolicyHash[..19]}…, key {r.KeyFingerprint}, " +
                    $"k-anonymity classes below {r.KAnonymity.K}: {r.KAnonymity.ClassesBelowK:N0}, records singled out: {r.KAnonymity.RecordsSingledOut:N0}"));
                return ExitCodes.Success;
            }
            finally
            {
                foreach (var certificate in (recipients?.Values.ToList() ?? []).Concat(recipientTrust?.Anchors ?? []))
                {
                    certificate.Dispose();
                }
            }
        });
        return command;
    }

    private static Command VerifyExport(CliContext context)
    {
        var output = CliOptions.RequiredFile("--out", "The pseudonymised output file.");
        var manifest = CliOptions.RequiredFile("--manifest", "The manifest (OUT.manifest.json).");
        var signature = CliOptions.RequiredFile("--signature", "The detached CMS signature (OUT.manifest.p7s).");
        var signerCert = CliOptions.OptionalFile("--signer-cert",
            "The trusted export signer's certificate (DER or PEM): the signer must be this certificate, or chain to it if it is a CA certificate.");
        var trustStore = CliOptions.OptionalDirectory("--trust-store", "A directory of trusted signer or CA certificates (.cer, .crt, .pem, .der).");
        var kits = CliOptions.OptionalDirectory("--kits", "Also check the kit directory: every kit the manifest lists is there unchanged, and no other kit is.");
        var kitCerts = CliOptions.OptionalDirectory("--kit-certs",
            "With --kits and --kit-ca: the units' certificates (.cer, .crt, .pem); checks that every kit is sealed to one recipient only, a certificate of this directory that names the kit's unit and that --kit-ca vouched for when the export was made.");
        var kitCa = new Option<FileInfo[]>("--kit-ca")
        {
            Description = "With --kit-certs: the CA certificate (DER or PEM) that issues the units' kit certificates; repeat for a root and its intermediates.",
        };
        var earlier = new Option<FileInfo[]>("--earlier-export")
        {
            Description = "An export of this phase sent before this one, with its signed manifest beside it (FILE.manifest.json, FILE.manifest.p7s; repeat for each): " +
                "checks that each is signed by a trusted signer, unchanged, of this phase, key and policy and made before this one, and that the load was searched " +
                "against exactly these (P9 over the union the recipient holds), by the SHA-256 the manifest lists.",
        };
        var command = new Command("verify-export", CliOptions.WithExample(
            "Verifies a signed export: the signature over the manifest, that the signer is trusted (--signer-cert and/or --trust-store, one is required) " +
            "and its certificate was valid at the signing time, then size and SHA-256 of the output and, with --kits, of every kit; with --kit-certs and --kit-ca also to whom each kit is sealed; " +
            "with --earlier-export that the load was searched against exactly the phase's earlier exports given. " +
            "Exit 0 if valid, 1 if anything changed or the signer is not trusted, 2 for bad input or no trust anchor.",
            "vkb verify-export --out pseudo.jsonl --manifest pseudo.jsonl.manifest.json --signature pseudo.jsonl.manifest.p7s --signer-cert export-signer.cer"));
        foreach (var option in new Option[] { output, manifest, signature, signerCert, trustStore, kits, kitCerts, kitCa, earlier })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var outFile = CliOptions.MustExist(parseResult.GetValue(output)!, "--out");
            var trust = LoadTrust(parseResult.GetValue(signerCert), parseResult.GetValue(trustStore));
            var manifestBytes = CliOptions.ReadBounded(parseResult.GetValue(manifest)!, "--manifest", ExportManifest.MaxBytes);
            var signatureBytes = CliOptions.ReadBounded(parseResult.GetValue(signature)!, "--signature", ExportSignature.MaxSignatureBytes);
            var kitDirectory = parseResult.GetValue(kits);
            if (kitDirectory is { Exists: false })
            {
                throw new CliException($"--kits: the directory '{kitDirectory.FullName}' does not exist.");
            }

            var kitCertsDir = parseResult.GetValue(kitCerts);
            var kitCaFiles = parseResult.GetValue(kitCa) ?? [];
            if ((kitCertsDir is null) != (kitCaFiles.Length == 0))
            {
                throw new CliException("--kit-certs and --kit-ca go together: the units' certificates and the CA that vouches for them.");
            }

            if (kitCertsDir is not null && kitDirectory is null)
            {
                throw new CliException("--kit-certs needs --kits: the kit directory whose recipients it checks.");
            }

            var result = ExportSignature.Verify(outFile.FullName, manifestBytes, signatureBytes, trust, kitDirectory?.FullName);
            var problems = result.Problems.ToList();
            if (kitCertsDir is not null && result.Manifest is not null)
            {
                var recipientTrust = LoadKitTrust(kitCaFiles);
                var certificates = LoadRecipientCertificates(kitCertsDir);
                try
                {
                    problems.AddRange(ExportSignature.VerifyKitRecipients(result.Manifest, kitDirectory!.FullName, certificates, recipientTrust)
                        .Where(p => !problems.Contains(p)));
                }
                finally
                {
                    certificates.ForEach(c => c.Dispose());
                }
            }

            var earlierFiles = parseResult.GetValue(earlier) ?? [];
            if (earlierFiles.Length > 0 && result.Manifest is not null)
            {
                problems.AddRange(ExportSignature.VerifyEarlierExports(result.Manifest, earlierFiles.Select(f => f.FullName), trust));
            }

            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    await context.Out.WriteLineAsync($"FAILED: {OptionOf(problem)}: {problem}");
                }

                return ExitCodes.Failure;
            }

            // What the manifest says of the earlier exports, also when it lists none (the first load of a phase, or a later
            // load searched alone) or does not say (v4): the auditor's hint to check it.
            var listed = result.Manifest!.EarlierExports;
            var searched = listed is null ? $", the manifest ({ExportManifest.PreviousFormatId}) does not say which earlier exports the load was searched against"
                : listed.Count == 0 ? ", searched against no earlier export"
                : earlierFiles.Length > 0 ? string.Create(CultureInfo.InvariantCulture, $", searched against the {listed.Count} earlier export(s) given")
                : string.Create(CultureInfo.InvariantCulture, $", searched against {listed.Count} earlier export(s) (not checked: give them with --earlier-export)");
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"OK: {result.Manifest.RecordsWritten:N0} records, {result.Manifest.Kits.Count} kit(s), phase {result.Manifest.Phase}, policy {result.Manifest.PolicyId}, key {result.Manifest.KeyFingerprint}, signed by {result.Signer}{searched}"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CheckAnonymity(CliContext context)
    {
        var exports = new Argument<FileInfo[]>("EXPORT")
        {
            Description = "The pseudonymised exports of one phase (e.g. its monthly exports so far and the new one).",
            Arity = ArgumentArity.OneOrMore,
        };
        var policy = CliOptions.OptionalFile("--policy", "The record policy that wrote the exports (default: the shipped policy vkb-default): its subject and quasi-identifiers.");
        var k = new Option<int?>("--k") { Description = "k to check (default: the policy's, 5 in vkb-default)." };
        var report = CliOptions.OptionalFile("--report", "Write the counts as JSON to this file.");
        var maxLine = new Option<int>("--max-line-bytes") { Description = "The longest export line accepted, in bytes (default 1 MiB).", DefaultValueFactory = _ => DefaultMaxLineBytes };
        var command = new Command("check-anonymity", CliOptions.WithExample(
            "Checks k-anonymity (P9) over the union of a phase's pseudonymised exports, as their recipient holds them: every load checked its own classes, but " +
            "a customer's pseudonym is the same in every load of a phase, so a customer whose set of classes over all the exports fewer than k customers share " +
            "is singled out (a move between two months, or two months that chose different generalisations). Run it over the earlier exports and a new one " +
            "before the new one is sent. Prints counts only. Exit 0 if no customer is singled out, 1 if any is, 2 for bad input.",
            "vkb check-anonymity --k 5 pseudo-2025-04.jsonl pseudo-2025-05.jsonl pseudo-2025-06.jsonl"));
        command.Arguments.Add(exports);
        foreach (var option in new Option[] { policy, k, report, maxLine })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var files = parseResult.GetValue(exports) ?? [];
            var recordPolicy = LoadPolicy(parseResult.GetValue(policy), DefaultMaxFileBytes);
            var threshold = parseResult.GetValue(k) ?? recordPolicy.KAnonymity.K;
            if (threshold is < 1 or > 1000)
            {
                throw new CliException("--k: must be 1 to 1000.");
            }

            var maxLineBytes = MaxLineBytes(parseResult, maxLine);

            if (recordPolicy.Subject is null || recordPolicy.KAnonymity.QuasiIdentifiers.Count == 0)
            {
                throw new CliException("--policy: the policy names no subject or no quasi-identifier; there is nothing to check.");
            }

            var result = await ReadExportsAsync(files, "EXPORT", streams => ExportAnonymity.MeasureAsync(streams, recordPolicy, threshold, maxLineBytes, cancellationToken));

            if (parseResult.GetValue(report) is { } reportFile)
            {
                AtomicFile.WriteText(reportFile.FullName, result.ToJson() + "\n");
            }

            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{(result.IsKAnonymous ? "OK" : "FAILED")}: {result.Exports} export(s) of phase {result.Phase ?? "-"}, {result.Records:N0} records, " +
                $"{result.Subjects:N0} customers in {result.Classes:N0} classes (smallest {result.SmallestClass:N0}, {result.ClassesBelowK:N0} below k = {result.K}); " +
                $"{result.SubjectsInSeveralClasses:N0} customers in several classes; singled out: {result.SubjectsSingledOut:N0} customers, {result.RecordsSingledOut:N0} records"));
            return result.IsKAnonymous ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }

    /// <summary>Reads the phase's earlier exports (--earlier-export); a malformed one is a problem of that option, by export, line and path.</summary>
    private static async Task<EarlierExports> ReadEarlierExportsAsync(FileInfo[] files, RecordPolicy policy, int maxLineBytes, CancellationToken cancellationToken)
    {
        if (policy.Subject is null || policy.KAnonymity.QuasiIdentifiers.Count == 0)
        {
            throw new CliException("--earlier-export: the policy names no subject or no quasi-identifier; there is no union to keep k-anonymous.");
        }

        // The same file named twice is a slip (another month's export was meant); two files of the same bytes are not
        // (two months that published nothing, or a month without new flags): they are read as two.
        for (var i = 0; i < files.Length; i++)
        {
            for (var j = i + 1; j < files.Length; j++)
            {
                if (SamePath(files[i].FullName, files[j].FullName))
                {
                    throw new CliException(string.Create(CultureInfo.InvariantCulture, $"--earlier-export: file {j + 1} names the same file as file {i + 1}; give each earlier export once."));
                }
            }
        }

        return await ReadExportsAsync(files, "--earlier-export", streams => EarlierExports.ReadAsync(streams, policy, maxLineBytes, cancellationToken));
    }

    /// <summary>
    /// Opens every export file, reads them all with <paramref name="read"/> and closes them: a missing file, or a malformed
    /// export (named by its index, line and path, never a value), is a problem of <paramref name="option"/>.
    /// </summary>
    private static async Task<T> ReadExportsAsync<T>(FileInfo[] files, string option, Func<IReadOnlyList<Stream>, Task<T>> read)
    {
        var streams = new List<Stream>();
        try
        {
            foreach (var file in files)
            {
                streams.Add(CliOptions.MustExist(file, option).OpenRead());
            }

            return await read(streams);
        }
        catch (FormatException ex)
        {
            throw new CliException(option + ": " + ex.Message);
        }
        finally
        {
            foreach (var stream in streams)
            {
                await stream.DisposeAsync();
            }
        }
    }

    /// <summary>The --max-line-bytes of pseudonymize and check-anonymity: 1 KiB to 256 MiB, as the pipeline's line reader takes it.</summary>
    private static int MaxLineBytes(ParseResult parseResult, Option<int> option)
    {
        var value = parseResult.GetValue(option);
        return value is < 1024 or > 256 << 20 ? throw new CliException("--max-line-bytes: expected 1024 to 268435456 bytes.") : value;
    }

    /// <summary>The input a verification problem is about, so every FAILED line names where to look.</summary>
    private static string OptionOf(string problem) =>
        problem.StartsWith("Earlier export", StringComparison.Ordinal) ? "--earlier-export"
        : problem.StartsWith("The manifest", StringComparison.Ordinal) ? "--manifest"
        : problem.StartsWith("The output", StringComparison.Ordinal) ? "--out"
        : problem.StartsWith("Kit", StringComparison.Ordinal) || problem.Contains("kit", StringComparison.Ordinal) ? "--kits"
        : "--signature";

    /// <summary>The trust anchor of verify-export: a pinned certificate and/or a trust store; without either, refuse (exit 2).</summary>
    private static SignerTrust LoadTrust(FileInfo? signerCert, DirectoryInfo? trustStore)
    {
        if (signerCert is null && trustStore is null)
        {
            throw new CliException(
                "verify-export needs a trust anchor: --signer-cert FILE (the export signer's or its CA's certificate) and/or --trust-store DIR. " +
                "The certificate embedded in a signature is never trusted for itself: anyone can make one.");
        }

        var anchors = new List<X509Certificate2>();
        if (signerCert is not null)
        {
            anchors.Add(LoadCertificate(signerCert, "--signer-cert"));
        }

        if (trustStore is not null)
        {
            try
            {
                anchors.AddRange(SignerTrust.FromDirectory(trustStore.FullName).Anchors);
            }
            catch (Exception ex) when (ex is DirectoryNotFoundException or FormatException or IOException or UnauthorizedAccessException)
            {
                throw new CliException($"--trust-store: '{trustStore.FullName}': {ex.Message}");
            }
        }

        return SignerTrust.FromCertificates(anchors);
    }

    private static X509Certificate2 LoadCertificate(FileInfo file, string optionName)
    {
        CliOptions.MustExist(file, optionName);
        try
        {
            return SignerTrust.LoadCertificate(file.FullName);
        }
        catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{optionName}: {ex.Message}");
        }
    }

    private static PseudonymizationKey LoadKey(FileInfo file, CliContext context)
    {
        CliOptions.MustExist(file, "--key-file");
        CliOptions.WarnIfReadableByOthers(file, "--key-file", context.Error);
        try
        {
            return PseudonymizationKey.FromFile(file.FullName);
        }
        catch (FormatException ex)
        {
            throw new CliException("--key-file: the file does not hold a base64 key (make one with 'vkb keygen')" +
                (ex.InnerException is IOException ? ": " + ex.InnerException.Message : "."));
        }
        catch (ArgumentException)
        {
            throw new CliException($"--key-file: the key is too short; a key holds at least {PseudonymizationKey.MinimumLength} bytes.");
        }
        catch (UnauthorizedAccessException)
        {
            throw new CliException("--key-file: the file cannot be read (permission denied).");
        }
    }

    private static RecordPolicy LoadPolicy(FileInfo? file, long maxBytes)
    {
        if (file is null)
        {
            return RecordPolicy.VkbDefault;
        }

        CliOptions.MustExist(file, "--policy");
        var text = CliOptions.ReadUtf8Bounded(file.FullName, "--policy", maxBytes, "raise --max-file-bytes if the policy really is this large");
        try
        {
            return RecordPolicy.Parse(text);
        }
        catch (PolicyValidationException ex)
        {
            throw new CliException("--policy: " + string.Join(" ", ex.Problems));
        }
    }

    /// <summary>The largest PFX the CLI reads, in bytes.</summary>
    private const int MaxPfxBytes = 256 * 1024;

    private static X509Certificate2 LoadPfx(FileInfo file, CliContext context)
    {
        CliOptions.MustExist(file, "--sign-cert");
        CliOptions.WarnIfReadableByOthers(file, "--sign-cert", context.Error);
        var bytes = CliOptions.ReadBounded(file, "--sign-cert", MaxPfxBytes);
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12(bytes, Environment.GetEnvironmentVariable(PfxPasswordVariable));
        }
        catch (CryptographicException)
        {
            throw new CliException($"--sign-cert: the file is not a PFX this password opens (set {PfxPasswordVariable}).");
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new CliException("--sign-cert: the PFX holds no private key.");
        }

        return certificate;
    }

    /// <summary>The certificate files of a --kit-certs folder (.cer, .crt, .pem), in ordinal order of their names.</summary>
    private static IEnumerable<FileInfo> KitCertificateFiles(DirectoryInfo directory) =>
        directory.EnumerateFiles().Where(f => f.Extension.ToLowerInvariant() is ".cer" or ".crt" or ".pem").OrderBy(f => f.Name, StringComparer.Ordinal);

    /// <summary>
    /// The units' certificates for verify-export's recipient check: every certificate file of the directory, loaded
    /// only (whether each may receive its kit is the check itself, at the export's time, not now).
    /// </summary>
    private static List<X509Certificate2> LoadRecipientCertificates(DirectoryInfo directory)
    {
        if (!directory.Exists)
        {
            throw new CliException($"--kit-certs: the directory '{directory.FullName}' does not exist.");
        }

        var certificates = new List<X509Certificate2>();
        try
        {
            foreach (var file in KitCertificateFiles(directory))
            {
                certificates.Add(LoadCertificate(file, "--kit-certs"));
            }
        }
        catch
        {
            certificates.ForEach(c => c.Dispose());
            throw;
        }

        return certificates;
    }

    /// <summary>The trust anchor of --kit-certs: every --kit-ca file must hold a CA certificate, and one of them must be a self-signed root.</summary>
    private static RecipientTrust LoadKitTrust(FileInfo[] files)
    {
        var authorities = new List<X509Certificate2>();
        try
        {
            foreach (var file in files)
            {
                var certificate = LoadCertificate(file, "--kit-ca");
                authorities.Add(certificate);
                if (!RecipientTrust.IsAuthority(certificate))
                {
                    throw new CliException($"--kit-ca: '{file.Name}' is not a CA certificate (its basic constraints do not mark it as a CA); name the CA that issues the job centres' certificates.");
                }
            }

            if (!authorities.Exists(a => a.SubjectName.RawData.AsSpan().SequenceEqual(a.IssuerName.RawData)))
            {
                throw new CliException("--kit-ca: no file holds a self-signed root CA certificate; a chain needs its root.");
            }

            return RecipientTrust.FromCertificates(authorities);
        }
        catch
        {
            foreach (var certificate in authorities)
            {
                certificate.Dispose();
            }

            throw;
        }
    }

    /// <summary>
    /// Refuses a run whose outputs name one file twice or name an input: the review's '--report' equal to '--out' left the
    /// report in the output's place and the export in a hidden temporary file, '--report' equal to '--key-file' overwrote
    /// the key, and '--out' equal to '--in' the extract, each with exit 0.
    /// </summary>
    private static void RefuseSameFile(IReadOnlyList<(string Option, string Path)> outputs, IReadOnlyList<(string Option, string Path)> inputs)
    {
        for (var i = 0; i < outputs.Count; i++)
        {
            for (var j = i + 1; j < outputs.Count; j++)
            {
                if (SamePath(outputs[i].Path, outputs[j].Path))
                {
                    throw new CliException($"{outputs[j].Option}: names the same file as {outputs[i].Option}.");
                }
            }

            foreach (var input in inputs)
            {
                if (SamePath(outputs[i].Path, input.Path))
                {
                    throw new CliException($"{outputs[i].Option}: names the same file as {input.Option}; the run would overwrite its input.");
                }
            }
        }
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(Resolved(a), Resolved(b), OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);

    /// <summary>The full path, through a symbolic link at its end (the review's '--in' was a link to the '--out' file).</summary>
    private static string Resolved(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            return new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            return full; // a link loop: compared as written
        }
    }

    private static (string Option, string Path)[] OptionalPath(string option, FileInfo? file) => file is null ? [] : [(option, file.FullName)];

    private static Dictionary<string, X509Certificate2> LoadKitCertificates(DirectoryInfo directory, RecipientTrust trust, Instant now)
    {
        if (!directory.Exists)
        {
            throw new CliException($"--kit-certs: the directory '{directory.FullName}' does not exist.");
        }

        // Every certificate is loaded and checked before the first record is read: an EC key, an expired
        // certificate, a file that is not a certificate, one that does not chain to --kit-ca, one that names
        // another unit than its file name, or a second file for one unit fails here, before anything is written (P6).
        var certificates = new Dictionary<string, X509Certificate2>(StringComparer.Ordinal);
        var fileOf = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            foreach (var file in KitCertificateFiles(directory))
            {
                var unit = Path.GetFileNameWithoutExtension(file.Name);
                if (fileOf.TryGetValue(unit, out var first))
                {
                    throw new CliException($"--kit-certs: '{first}' and '{file.Name}' are both for unit '{unit}'; one unit has one certificate file, none replaces another.");
                }

                var certificate = LoadCertificate(file, "--kit-certs");
                certificates[unit] = certificate;
                fileOf[unit] = file.Name;
                try
                {
                    trust.Check(certificate, unit, now);
                }
                catch (ArgumentException ex)
                {
                    throw new CliException($"--kit-certs: '{file.Name}' (unit '{unit}'): {ex.Message.Split(" (Parameter", StringSplitOptions.None)[0]}");
                }
            }
        }
        catch
        {
            foreach (var certificate in certificates.Values)
            {
                certificate.Dispose();
            }

            throw;
        }

        return certificates;
    }
}
