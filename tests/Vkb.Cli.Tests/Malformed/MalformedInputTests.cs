using NodaTime.Testing;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NodaTime;
using Vkb.Catalog;
using Vkb.Pseudonymization.Policies;
using Vkb.Synthetic;
using Vkb.Tests;
using Xunit.Abstractions;

namespace Vkb.Cli.Tests.Malformed;

/// <summary>
/// Issue 17 ("must show"): every file-reading command of the CLI runs against a corpus of malformed files, one
/// input slot at a time with every other input valid. Each run must exit 1 or 2, name a location (an option,
/// a line, a member or path), print no stack trace, echo no value of the input (every variant plants the
/// marker <see cref="Marker"/> where a reader meets it) and leave no file behind (the work and input folders
/// are listed before and after).
/// </summary>
/// <remarks>
/// The corpus is derived from a valid file of each slot, so it follows each format without a hand-written copy:
/// empty, NUL bytes, random bytes, truncated, wrong types, null in every member (one variant per member), a
/// duplicate key, invalid UTF-8, a 17 MiB line, 1,000-deep nesting, a directory, a dangling symbolic link, a
/// link loop, a 50 MiB file of NUL bytes (sparse: no disk space used), and /dev/zero (run in a child process with
/// a 512 MiB heap limit and a time limit, so a reader without bounds fails the test instead of the machine). There
/// is no allow-list: every case of every slot must fail cleanly.
/// </remarks>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed partial class MalformedInputTests : IClassFixture<MalformedInputTests.ValidInputs>
{
    public const string Marker = "VKBLEAK";

    private readonly ValidInputs _valid;
    private readonly ITestOutputHelper _log;

    public MalformedInputTests(ValidInputs valid, ITestOutputHelper log)
    {
        _valid = valid;
        _log = log;
    }

    /// <summary>One file a command reads: its option (or FILE), what kind of content it holds, and how to run the command with it.</summary>
    private sealed record Slot(string Name, string Location, Kind Kind, string Valid, Func<string, string, string[]> Args);

    private enum Kind
    {
        Json,
        JsonLines,
        Binary,
        Text,
        Directory,
    }

    private IEnumerable<Slot> Slots()
    {
        var v = _valid;
        string[] Pseudonymize(string work, string input, string key, string? policy, string pfx, string certs, string? kitCa = null) =>
        [
            "pseudonymize", "--in", input, "--out", Path.Combine(work, "pseudo.jsonl"), "--key-file", key, "--phase", "2025-1", "--k", "1",
            .. policy is null ? Array.Empty<string>() : ["--policy", policy], "--sign-cert", pfx, "--kits", Path.Combine(work, "kits"), "--kit-certs", certs,
            "--kit-ca", kitCa ?? v.KitCa, "--report", Path.Combine(work, "run.json"),
        ];
        string[] VerifyExport(string output, string manifest, string signature, string? signer, string? store) =>
        [
            "verify-export", "--out", output, "--manifest", manifest, "--signature", signature,
            .. signer is null ? Array.Empty<string>() : ["--signer-cert", signer], .. store is null ? Array.Empty<string>() : ["--trust-store", store],
        ];

        yield return new Slot("pseudonymize--in", "--in", Kind.JsonLines, v.Extract, (f, w) => Pseudonymize(w, f, v.Key, null, v.Pfx, v.Certs));
        yield return new Slot("pseudonymize--key-file", "--key-file", Kind.Text, v.Key, (f, w) => Pseudonymize(w, v.Extract, f, null, v.Pfx, v.Certs));
        yield return new Slot("pseudonymize--policy", "--policy", Kind.Json, v.Policy, (f, w) => Pseudonymize(w, v.Extract, v.Key, f, v.Pfx, v.Certs));
        yield return new Slot("pseudonymize--sign-cert", "--sign-cert", Kind.Binary, v.Pfx, (f, w) => Pseudonymize(w, v.Extract, v.Key, null, f, v.Certs));
        yield return new Slot("pseudonymize--kit-certs", "--kit-certs", Kind.Directory, v.FirstKitCert, (f, w) => Pseudonymize(w, v.Extract, v.Key, null, v.Pfx, Path.GetDirectoryName(f)!));
        yield return new Slot("pseudonymize--kit-ca", "--kit-ca", Kind.Binary, v.KitCa, (f, w) => Pseudonymize(w, v.Extract, v.Key, null, v.Pfx, v.Certs, f));
        yield return new Slot("verify-export--manifest", "--manifest", Kind.Json, v.Manifest, (f, _) => VerifyExport(v.Output, f, v.Signature, v.SignerCert, null));
        yield return new Slot("verify-export--signature", "--signature", Kind.Binary, v.Signature, (f, _) => VerifyExport(v.Output, v.Manifest, f, v.SignerCert, null));
        yield return new Slot("verify-export--signer-cert", "--signer-cert", Kind.Binary, v.SignerCert, (f, _) => VerifyExport(v.Output, v.Manifest, v.Signature, f, null));
        yield return new Slot("verify-export--trust-store", "--trust-store", Kind.Directory, v.SignerCert, (f, _) => VerifyExport(v.Output, v.Manifest, v.Signature, null, Path.GetDirectoryName(f)!));
        yield return new Slot("sample--population", "--population", Kind.JsonLines, v.Population, (f, w) => ["sample", "--population", f, "--spec", v.Spec, "--out", Path.Combine(w, "protocol.json")]);
        yield return new Slot("sample--spec", "--spec", Kind.Json, v.Spec, (f, w) => ["sample", "--population", v.Population, "--spec", f, "--out", Path.Combine(w, "protocol.json")]);
        yield return new Slot("verify-sample--population", "--population", Kind.JsonLines, v.Population, (f, _) => ["verify-sample", "--population", f, "--protocol", v.Protocol]);
        yield return new Slot("verify-sample--protocol", "--protocol", Kind.Json, v.Protocol, (f, _) => ["verify-sample", "--population", v.Population, "--protocol", f]);
        yield return new Slot("catalog-validate", "FILE", Kind.Json, v.Catalog, (f, _) => ["catalog", "validate", f]);
        yield return new Slot("catalog-resolve--catalogs", "--catalogs", Kind.Directory, v.Catalog, (f, _) => ["catalog", "resolve", "--process", "placement", "--rd", "NRW", "--date", "2025-04-10", "--catalogs", Path.GetDirectoryName(f)!]);
        yield return new Slot("catalog-import-fhir", "FILE", Kind.Json, v.Questionnaire, (f, w) => ["catalog", "import-fhir", f, "--out", Path.Combine(w, "catalog.json")]);
        yield return new Slot("catalog-export-fhir", "FILE", Kind.Json, v.Catalog, (f, w) => ["catalog", "export-fhir", f, "--out", Path.Combine(w, "questionnaire.json")]);
        yield return new Slot("pseudonymize--phases", "--phases", Kind.Json, v.Phases, (f, w) => [.. Pseudonymize(w, v.Extract, v.Key, null, v.Pfx, v.Certs), "--phases", f]);
        yield return new Slot("verify-export--out", "--out", Kind.Binary, v.Output, (f, _) => VerifyExport(f, v.Manifest, v.Signature, v.SignerCert, null));
        yield return new Slot("verify-export--kits", "--kits", Kind.Directory, v.FirstKit, (f, _) => [.. VerifyExport(v.Output, v.Manifest, v.Signature, v.SignerCert, null), "--kits", Path.GetDirectoryName(f)!]);
        yield return new Slot("sample--phases", "--phases", Kind.Json, v.Phases, (f, w) => ["sample", "--population", v.Population, "--spec", v.Spec, "--out", Path.Combine(w, "protocol.json"), "--phases", f]);
        yield return new Slot("sample--consent-register", "--consent-register", Kind.Json, v.Register, (f, w) => ["sample", "--population", v.Population, "--spec", v.Spec, "--out", Path.Combine(w, "protocol.json"), "--consent-register", f]);
        yield return new Slot("verify-sample--consent-register", "--consent-register", Kind.Json, v.Register, (f, _) => ["verify-sample", "--population", v.Population, "--protocol", v.Protocol, "--consent-register", f]);
        yield return new Slot("catalog-validate-assessment", "FILE", Kind.Json, v.Assessment, (f, _) => ["catalog", "validate", f]);
        yield return new Slot("catalog-import-fhir--value-sets", "--value-sets", Kind.Directory, v.ValueSet, (f, w) => ["catalog", "import-fhir", v.Questionnaire, "--out", Path.Combine(w, "catalog.json"), "--value-sets", Path.GetDirectoryName(f)!]);
        yield return new Slot("grants-request--phases", "--phases", Kind.Json, v.Phases, (f, w) => ["grants", "request", "--db", v.CopyOfLedger(w), "--ledger-key", v.LedgerKey, "--phases", f,
            "--grantee", "staff-2", "--unit", "NRW", "--from", "2025-06-01", "--to", "2025-06-30", "--requested-by", "mgr-1", "--on", "2025-05-20"]);
        yield return new Slot("grants-roles-import--file", "--file", Kind.Json, v.Roles, (f, w) => ["grants", "roles", "import", "--db", Path.Combine(w, "ledger.db"), "--ledger-key", v.LedgerKey, "--file", f, "--from", "2025-01-01", "--by", "admin-1"]);
        yield return new Slot("grants-verify--ledger-key", "--ledger-key", Kind.Text, v.LedgerKey, (f, _) => ["grants", "verify", "--db", v.Ledger, "--ledger-key", f]);
        yield return new Slot("grants-list--db", "--db", Kind.Binary, v.Ledger, (f, _) => ["grants", "list", "--db", f, "--ledger-key", v.LedgerKey]);
        yield return new Slot("grants-verify--db", "--db", Kind.Binary, v.Ledger, (f, _) => ["grants", "verify", "--db", f, "--ledger-key", v.LedgerKey]);
        yield return new Slot("grants-verify--anchors", "--anchors", Kind.Json, v.Anchors, (f, _) => ["grants", "verify", "--db", v.Ledger, "--ledger-key", v.LedgerKey, "--anchors", f]);
    }

    [Fact]
    public async Task EveryFileReadingCommand_MalformedInput_FailsCleanly()
    {
        var failures = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var runs = 0;
        foreach (var slot in Slots())
        {
            foreach (var (name, make) in Variants(slot))
            {
                var id = slot.Name + "/" + name;
                runs++;
                var watch = Stopwatch.StartNew();
                var problem = await RunCaseAsync(slot, make, name == "dev-zero", mayBeAccepted: name.StartsWith("null-", StringComparison.Ordinal));
                if (watch.Elapsed > TimeSpan.FromSeconds(3))
                {
                    _log.WriteLine($"{id}: {watch.Elapsed.TotalSeconds:F1} s");
                }
                if (problem is not null)
                {
                    failures[id] = problem;
                }
            }
        }

        _log.WriteLine($"{runs} runs, {failures.Count} failing");
        foreach (var (id, problem) in failures)
        {
            _log.WriteLine($"{id}: {problem}");
        }

        failures.Select(f => $"{f.Key}: {f.Value}").ShouldBeEmpty();
        runs.ShouldBeGreaterThan(300);
    }

    /// <summary>
    /// Runs one case in a fresh work folder; null if it failed cleanly, else what went wrong. A null in a member
    /// may be accepted where the format makes the member optional (exit 0, outputs written); it must never crash.
    /// </summary>
    private async Task<string?> RunCaseAsync(Slot slot, Func<string, string> make, bool childProcess, bool mayBeAccepted)
    {
        var work = Directory.CreateTempSubdirectory("vkb-malformed-").FullName;
        try
        {
            var input = make(work);
            var args = slot.Args(input, work);
            var inputsBefore = _valid.Snapshot();
            var before = Listing(work);
            var (exitCode, output, error) = childProcess ? await RunChildAsync(args) : await RunInProcessAsync(args);
            var problems = new List<string>();
            var accepted = mayBeAccepted && exitCode == 0;
            if (exitCode is not (1 or 2) && !accepted)
            {
                problems.Add($"exit {exitCode}");
            }

            var all = output + "\n" + error;
            if (all.Contains(Marker, StringComparison.Ordinal))
            {
                problems.Add("echoes a value of the input");
            }

            if (StackTrace().IsMatch(all))
            {
                problems.Add("prints a stack trace or exception type");
            }

            if (!accepted && !Location().IsMatch(all) && !all.Contains(slot.Location, StringComparison.Ordinal) && !all.Contains(Path.GetFileName(input), StringComparison.Ordinal))
            {
                problems.Add("names no location");
            }

            var after = Listing(work);
            if (!accepted && !after.SequenceEqual(before))
            {
                problems.Add("leaves files behind: " + string.Join(", ", after.Except(before).Take(3)));
            }

            if (!_valid.Snapshot().SequenceEqual(inputsBefore))
            {
                problems.Add("changes an input file");
            }

            return problems.Count == 0 ? null : string.Join("; ", problems) + $" [{FirstLine(error.Length > 0 ? error : output)}]";
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(work, recursive: true);
        }
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', 2)[0].Replace(Marker, "<marker>", StringComparison.Ordinal);
        return line.Length > 160 ? line[..160] + "…" : line;
    }

    private static async Task<(int ExitCode, string Out, string Error)> RunInProcessAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        try
        {
            var exitCode = await VkbApp.RunAsync(args, new CliContext(output, error, new FakeClock(Instant.FromUtc(2025, 4, 30, 12, 0)), showProgress: false));
            return (exitCode, output.ToString(), error.ToString());
        }
        catch (Exception ex)
        {
            // What the real process would do: the runtime prints the exception and its stack, exit 134.
            return (134, output.ToString(), error + "Unhandled exception. " + ex.GetType().FullName + "\n   at " + ex.TargetSite);
        }
    }

    /// <summary>Runs vkb in a child process with a 512 MiB heap limit and a time limit (for unbounded readers).</summary>
    private static async Task<(int ExitCode, string Out, string Error)> RunChildAsync(string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Vkb.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_GCHeapHardLimit"] = "0x20000000";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, await output, "timed out after 30 s reading /dev/zero\n" + await error);
        }

        return (process.ExitCode, await output, await error);
    }

    private static List<string> Listing(string directory) =>
        [.. Directory.EnumerateFileSystemEntries(directory, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(directory, p)).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"(^|\n)\s+at [\w.<>`]+[.(]|Exception\b")]
    private static partial Regex StackTrace();

    [GeneratedRegex(@"--[a-z][a-z-]+|\bline \d+|'[^'\n]+'|\$[.\[]|\bFILE\b|\bmember\b")]
    private static partial Regex Location();

    /// <summary>The malformed variants of a slot: each makes the file (or path) in the work folder and returns its path.</summary>
    private IEnumerable<(string Name, Func<string, string> Make)> Variants(Slot slot)
    {
        var valid = File.ReadAllBytes(slot.Valid);
        var fileName = Path.GetFileName(slot.Valid);
        string Put(string work, byte[] bytes)
        {
            // A directory slot gets a folder holding the one malformed file, named as the valid one.
            var folder = slot.Kind == Kind.Directory ? Directory.CreateDirectory(Path.Combine(work, "in")).FullName : work;
            var path = Path.Combine(folder, slot.Kind == Kind.Directory ? fileName : "input" + Path.GetExtension(fileName));
            File.WriteAllBytes(path, bytes);
            return path;
        }

        var marker = Encoding.UTF8.GetBytes(Marker);
        yield return ("empty", w => Put(w, []));
        yield return ("nul-bytes", w => Put(w, [.. new byte[4096], .. marker, .. new byte[16]]));
        yield return ("random-bytes", w => Put(w, [.. RandomNumberGenerator.GetBytes(2048), .. marker, .. RandomNumberGenerator.GetBytes(64)]));
        yield return ("truncated", w => Put(w, Truncate(PlantMarker(valid))));
        yield return ("invalid-utf8", w => Put(w, InvalidUtf8(valid)));
        yield return ("huge-line", w => Put(w, _valid.HugeLine));
        yield return ("deep-nesting", w => Put(w, Encoding.ASCII.GetBytes(new string('[', 1000) + "\"" + Marker + "\"" + new string(']', 1000) + "\n")));
        yield return ("directory", w => Directory.CreateDirectory(slot.Kind == Kind.Directory
            ? Path.Combine(w, "in", fileName)
            : Path.Combine(w, "input" + Path.GetExtension(fileName))).FullName);
        yield return ("dangling-link", w =>
        {
            var folder = slot.Kind == Kind.Directory ? Directory.CreateDirectory(Path.Combine(w, "in")).FullName : w;
            var link = Path.Combine(folder, slot.Kind == Kind.Directory ? fileName : "input" + Path.GetExtension(fileName));
            File.CreateSymbolicLink(link, Path.Combine(w, "nowhere"));
            return link;
        });
        yield return ("link-loop", w =>
        {
            var folder = slot.Kind == Kind.Directory ? Directory.CreateDirectory(Path.Combine(w, "in")).FullName : w;
            var link = Path.Combine(folder, slot.Kind == Kind.Directory ? fileName : "input" + Path.GetExtension(fileName));
            File.CreateSymbolicLink(link, link);
            return link;
        });
        yield return ("nul-50mb", w =>
        {
            // 50 MiB of NUL bytes as a sparse file: a reader that is not bounded reads all of it; no disk space is used.
            var path = Put(w, []);
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
            stream.SetLength(50L << 20);
            return path;
        });
        if (slot.Kind != Kind.Directory)
        {
            yield return ("dev-zero", _ => "/dev/zero");
        }

        if (slot.Kind is Kind.Json or Kind.JsonLines)
        {
            var (head, rest) = SplitFirstRecord(valid, slot.Kind);
            var root = JsonNode.Parse(head)!;
            yield return ("wrong-types", w => Put(w, Join(WrongTypes(root.DeepClone()), rest)));
            yield return ("duplicate-key", w => Put(w, Join(DuplicateFirstKey(head), rest)));
            yield return ("not-an-object", w => Put(w, Join("[\"" + Marker + "\"]", rest)));
            var members = Members(root).Take(40).ToList();
            foreach (var (path, segments) in members)
            {
                yield return ("null-" + path, w => Put(w, Join(SetNull(root.DeepClone(), segments), rest)));
            }
        }
    }

    private static (string Head, string Tail) SplitFirstRecord(byte[] valid, Kind kind)
    {
        var text = Encoding.UTF8.GetString(valid);
        if (kind == Kind.Json)
        {
            return (text, string.Empty);
        }

        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? (text, string.Empty) : (text[..end], text[end..]);
    }

    private static byte[] Join(string head, string rest) => Encoding.UTF8.GetBytes(head + rest);

    /// <summary>Every member of a JSON tree (objects' members, first element of arrays) as its path and its segments.</summary>
    private static IEnumerable<(string Path, string[] Segments)> Members(JsonNode node, string path = "$", string[]? segments = null)
    {
        segments ??= [];
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    string[] child = [.. segments, key];
                    yield return (path + "." + key, child);
                    if (value is not null)
                    {
                        foreach (var inner in Members(value, path + "." + key, child))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonArray { Count: > 0 } a when a[0] is { } first:
                foreach (var inner in Members(first, path + "[0]", [.. segments, "[0]"]))
                {
                    yield return inner;
                }

                break;
        }
    }

    private static string SetNull(JsonNode root, string[] segments)
    {
        var node = root;
        foreach (var segment in segments[..^1])
        {
            node = segment == "[0]" ? node[0]! : node[segment]!;
        }

        node[segments[^1]] = null;
        return root.ToJsonString();
    }

    private static string WrongTypes(JsonNode root)
    {
        static JsonNode? Flip(JsonNode? node) => node switch
        {
            JsonObject o => FlipObject(o),
            JsonArray a => new JsonArray([.. a.Select(e => Flip(e?.DeepClone()))]),
            JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => JsonValue.Create(7),
            _ => JsonValue.Create(Marker),
        };

        static JsonObject FlipObject(JsonObject o)
        {
            var result = new JsonObject();
            foreach (var (key, value) in o)
            {
                result[key] = Flip(value?.DeepClone());
            }

            return result;
        }

        return Flip(root)!.ToJsonString();
    }

    private static string DuplicateFirstKey(string head)
    {
        var match = Regex.Match(head, "^\\s*\\{\\s*(\"[^\"]+\")\\s*:");
        return match.Success ? head[..match.Index] + "{" + match.Groups[1].Value + ":\"" + Marker + "\"," + head[(match.Index + match.Length - match.Groups[1].Length - 1)..].TrimStart('{').TrimStart() : head;
    }

    private static byte[] PlantMarker(byte[] valid)
    {
        var text = Encoding.UTF8.GetString(valid);
        var quote = text.IndexOf(":\"", StringComparison.Ordinal);
        quote = quote < 0 ? text.IndexOf(": \"", StringComparison.Ordinal) + 1 : quote;
        return quote <= 0 ? valid : Encoding.UTF8.GetBytes(text[..(quote + 2)] + Marker + text[(quote + 2)..]);
    }

    private static byte[] Truncate(byte[] bytes) => bytes.Length < 2 ? bytes : bytes[..(bytes.Length * 3 / 5)];

    private static byte[] InvalidUtf8(byte[] valid)
    {
        var planted = PlantMarker(valid);
        var at = planted.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Marker));
        if (at < 0)
        {
            return [.. Encoding.UTF8.GetBytes(Marker), 0xC3, 0x28, .. valid];
        }

        at += Marker.Length;
        return [.. planted[..at], 0xC3, 0x28, 0xFF, .. planted[at..]];
    }

    /// <summary>Valid inputs for every slot, made once through the CLI itself.</summary>
    public sealed class ValidInputs : IDisposable
    {
        private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("vkb-valid-");

        public ValidInputs()
        {
            var generator = new ExtractGenerator(ExtractShape.Small.WithAgenciesPerDirectorate(0).WithRecords(40), seed: 5);
            Extract = PathOf("extract.jsonl");
            using (var stream = File.Create(Extract))
            {
                generator.WriteJsonLines(stream);
            }

            Key = PathOf("vkb.key");
            Run("keygen", "--out", Key);
            using (var signer = TestCertificates.SelfSigned("Extract job"))
            {
                File.WriteAllBytes(Pfx = PathOf("export.pfx"), signer.Export(X509ContentType.Pfx));
                Directory.CreateDirectory(PathOf("trust"));
                File.WriteAllBytes(SignerCert = PathOf("trust", "signer.cer"), signer.Export(X509ContentType.Cert));
            }

            Certs = PathOf("certs");
            Directory.CreateDirectory(PathOf("kit-ca"));
            using (var authority = KitCertificates.Authority())
            {
                KitCertificates.WriteAsync(authority, Certs, KitCa = PathOf("kit-ca", "kit-ca.cer"), generator.JobCentres.Select(j => j.Id)).GetAwaiter().GetResult();
            }

            FirstKitCert = Directory.GetFiles(Certs).Order(StringComparer.Ordinal).First();
            File.WriteAllText(Policy = PathOf("policy.json"), RecordPolicy.VkbDefault.ToJson());
            Output = PathOf("pseudo.jsonl");
            Run("pseudonymize", "--in", Extract, "--out", Output, "--key-file", Key, "--phase", "2025-1", "--k", "1", "--sign-cert", Pfx, "--kits", PathOf("kits"), "--kit-certs", Certs, "--kit-ca", KitCa);
            Manifest = Output + ".manifest.json";
            Signature = Output + ".manifest.p7s";

            File.WriteAllText(Population = PathOf("population.jsonl"), string.Join("\n", Enumerable.Range(0, 30).Select(i =>
                $"{{\"customerNumber\":\"962D{i:D6}\",\"jobCentre\":{{\"id\":\"96201\",\"consents16a\":false}},\"teamLead\":{{\"id\":\"TL-{i % 2}\"}},\"customerGroup\":\"young\",\"municipalServices16a\":{(i % 7 == 3 ? "true" : "false")}}}")) + "\n");
            File.WriteAllText(Spec = PathOf("spec.json"), """
                { "drawId": "TL-2025-04", "seed": "31415 92653 58979 32384", "committedAt": "2025-04-01T08:00:00Z", "keyField": "customerNumber",
                  "unitField": "teamLead.id", "stratumField": "customerGroup", "perUnit": 10, "month": "2025-04",
                  "section16a": { "markField": "municipalServices16a", "jobCentreField": "jobCentre.id", "statedConsentField": "jobCentre.consents16a" },
                  "exclude": [ { "reason": "reviewed-recently", "when": { "customerGroup": "young" } } ] }
                """);
            Protocol = PathOf("protocol.json");
            Run("sample", "--population", Population, "--spec", Spec, "--out", Protocol);

            Directory.CreateDirectory(PathOf("catalogs"));
            File.WriteAllText(Catalog = PathOf("catalogs", "catalog.json"), CatalogJson.Write(ExampleCatalogs.Placement));
            Questionnaire = PathOf("questionnaire.json");
            Run("catalog", "export-fhir", Catalog, "--out", Questionnaire);

            Ledger = PathOf("ledger.db");
            Run("keygen", "--out", LedgerKey = PathOf("ledger.key"));
            Run("grants", "roles", "assign", "--db", Ledger, "--ledger-key", LedgerKey, "--unit", "NRW", "--person", "mgr-1", "--role", "line-manager", "--from", "2025-01-01", "--by", "admin-1");
            Run("grants", "request", "--db", Ledger, "--ledger-key", LedgerKey, "--grantee", "staff-1", "--unit", "NRW", "--from", "2025-06-01", "--to", "2025-06-30", "--requested-by", "mgr-1", "--on", "2025-05-20");
            File.WriteAllText(Anchors = PathOf("anchors.json"), Run("grants", "verify", "--db", Ledger, "--ledger-key", LedgerKey, "--json"));
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

            File.WriteAllText(Phases = PathOf("phases.json"), """
                { "format": "vkb-phases/1", "phases": [
                  { "id": "2025-1", "kind": "regular", "from": "2025-03", "to": "2025-06", "customerProcesses": ["placement"], "approvalReference": null } ] }
                """);
            File.WriteAllText(Register = PathOf("consent-16a.json"), """
                { "format": "vkb-consent-16a/1", "decisions": [
                  { "jobCentre": "96201", "consent": false, "decidedOn": "2024-11-20", "endsOn": null } ] }
                """);
            File.WriteAllText(Roles = PathOf("roles.json"), """
                { "format": "vkb-roles/1", "units": { "NRW": { "lineManagers": ["mgr-1"], "specialApprovers": ["appr-1"] } } }
                """);
            File.WriteAllText(Assessment = PathOf("assessment.json"), CatalogJson.Write(Vkb.Catalog.Assessment.Create("PSN-42", AssessmentLevel.HeadOffice, "NRW",
                new LocalDate(2025, 4, 10), AssessmentStatus.Completed, [ExampleCatalogs.Placement.Pin], [Answer.OfVerdict("bedarfe-erkannt", Verdict.Yes)], ProcessVerdict.NotGoalOriented)));
            Directory.CreateDirectory(PathOf("value-sets"));
            File.WriteAllText(ValueSet = PathOf("value-sets", "valueset.json"), """
                { "resourceType": "ValueSet", "url": "urn:vkb:test:value-set", "status": "active",
                  "compose": { "include": [ { "system": "urn:vkb:test", "concept": [ { "code": "a", "display": "A" } ] } ] } }
                """);
            FirstKit = Directory.GetFiles(PathOf("kits")).Order(StringComparer.Ordinal).First();

            HugeLine = Encoding.ASCII.GetBytes("{\"customerNumber\":\"" + Marker + new string('A', 17 * 1024 * 1024) + "\"}\n");
        }

        public string Extract { get; }

        public string LedgerKey { get; }

        public string Key { get; }

        public string Pfx { get; }

        public string SignerCert { get; }

        public string Certs { get; }

        public string FirstKitCert { get; }

        public string KitCa { get; }

        public string Policy { get; }

        public string Output { get; }

        public string Manifest { get; }

        public string Signature { get; }

        public string Population { get; }

        public string Spec { get; }

        public string Protocol { get; }

        public string Catalog { get; }

        public string Questionnaire { get; }

        public string Ledger { get; }

        public string Anchors { get; }

        public byte[] HugeLine { get; }

        public string Phases { get; }

        public string Register { get; }

        public string Roles { get; }

        public string Assessment { get; }

        public string ValueSet { get; }

        public string FirstKit { get; }

        /// <summary>A copy of the ledger (its roles name mgr-1 line manager of NRW) in <paramref name="work"/>, for a command that appends.</summary>
        public string CopyOfLedger(string work)
        {
            var copy = Path.Combine(work, "ledger.db");
            File.Copy(Ledger, copy);
            return copy;
        }

        /// <summary>Every input file with its size and write time, to prove that no run changes an input.</summary>
        public List<string> Snapshot() =>
            [.. Directory.EnumerateFiles(_directory.FullName, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                .Select(f => $"{f} {new FileInfo(f).Length} {File.GetLastWriteTimeUtc(f).Ticks}")];

        public void Dispose()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _directory.Delete(recursive: true);
        }

        private string PathOf(params string[] parts) => Path.Combine([_directory.FullName, .. parts]);

        private static string Run(params string[] args)
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var exitCode = VkbApp.RunAsync(args, new CliContext(output, error, new FakeClock(Instant.FromUtc(2025, 4, 30, 12, 0)), showProgress: false))
                .GetAwaiter().GetResult();
            exitCode.ShouldBe(0, string.Join(' ', args) + ": " + error);
            return output.ToString();
        }
    }
}
