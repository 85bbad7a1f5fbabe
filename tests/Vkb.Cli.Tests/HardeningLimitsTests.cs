using System.Diagnostics;
using Vkb.Synthetic;

namespace Vkb.Cli.Tests;

/// <summary>
/// Issue 17, classes 8 and 12 beyond the malformed corpus: every reader stops at its documented limit with the
/// option and the limit in the message, and the owner-only default has a documented opt-out (VKB_FILE_MODE=umask).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HardeningLimitsTests : IDisposable
{
    private readonly CliWorkspace _workspace = new("vkb-limits-");

    public void Dispose() => _workspace.Dispose();

    // Mutation: StreamLineSource without CheckSkipped → the reader skips /dev/zero for ever (the test times out), red;
    // LoadPolicy through RecordPolicy.Load's old File.ReadAllText → out of memory, red.
    [Fact]
    public async Task Pseudonymize_EndlessInputOrPolicyOrPhases_StopsAtTheLimitWithExitTwo()
    {
        var (input, key) = await _workspace.WriteExtractAndKeyAsync(new ExtractGenerator(ExtractShape.Small.WithRecords(20), seed: 3));
        string[] Run(params string[] extra) => ["pseudonymize", "--in", input, "--out", _workspace.PathOf("o.jsonl"), "--key-file", key, "--phase", "2025-1", "--k", "1", .. extra];

        var endless = await CliWorkspace.RunAsync(["pseudonymize", "--in", "/dev/zero", "--out", _workspace.PathOf("o.jsonl"), "--key-file", key, "--phase", "2025-1", "--max-line-bytes", "4096"]);
        endless.ExitCode.ShouldBe(2, endless.Error);
        endless.Error.ShouldContain("--in: line 1");
        endless.Error.ShouldContain("no end within 262,144 bytes");

        var policy = await CliWorkspace.RunAsync(Run("--policy", "/dev/zero"));
        policy.ExitCode.ShouldBe(2);
        policy.Error.ShouldContain("--policy: the file '/dev/zero' is larger than the limit of 1,048,576 bytes; raise --max-file-bytes");
        var phases = await CliWorkspace.RunAsync(Run("--phases", "/dev/zero", "--max-file-bytes", "10000"));
        phases.ExitCode.ShouldBe(2);
        phases.Error.ShouldContain("--phases: the file '/dev/zero' is larger than the limit of 10,000 bytes");

        // A policy with a key twice is refused (class 5), with its line and never the value.
        var duplicate = _workspace.PathOf("policy.json");
        await File.WriteAllTextAsync(duplicate, "{ \"id\": \"p\",\n  \"id\": \"secret-value\" }");
        var twice = await CliWorkspace.RunAsync(Run("--policy", duplicate));
        twice.ExitCode.ShouldBe(2);
        twice.Error.ShouldContain("--policy: The policy has the key ");
        twice.Error.ShouldContain("id twice in one object");
        twice.Error.ShouldNotContain("secret-value");
        _workspace.Listing().ShouldNotContain(f => f.StartsWith("o.jsonl", StringComparison.Ordinal) || f.EndsWith(".vkbtmp", StringComparison.Ordinal));
    }

    // Mutation: the unified reader's message with ex.GetType().Name (as PhaseAnnouncement.ReadBounded had) → "FileNotFoundException" appears, red.
    [Fact]
    public async Task Readers_DanglingLinkOrLoop_NameTheOptionAndTheFileNeverAnExceptionType()
    {
        var dangling = _workspace.PathOf("dangling.json");
        File.CreateSymbolicLink(dangling, _workspace.PathOf("nowhere"));
        var loop = _workspace.PathOf("loop.json");
        File.CreateSymbolicLink(loop, loop);
        foreach (var file in new[] { dangling, loop })
        {
            var (exitCode, _, error) = await CliWorkspace.RunAsync("verify-sample", "--population", file, "--protocol", file);
            exitCode.ShouldBe(2);
            error.ShouldContain("--protocol: the file '" + file + "'");
            error.ShouldNotContain("Exception");
        }
    }

    // Mutation: SafeFile.CreateFileMode always 0600 (the opt-out ignored) → 0600 under VKB_FILE_MODE=umask, red;
    // RestrictFileModes accepting any value → "group" runs with exit 0, red.
    [Fact]
    public async Task FileMode_OwnerOnlyByDefault_UmaskWhenAskedFor_AndAnUnknownValueIsRefused()
    {
        var key = _workspace.PathOf("k.key");
        (await CliWorkspace.RunAsync("keygen", "--out", key)).ExitCode.ShouldBe(0);
        var population = _workspace.PathOf("population.jsonl");
        await File.WriteAllTextAsync(population, string.Concat(Enumerable.Range(0, 12).Select(i =>
            $"{{\"customerNumber\":\"962D{i:D6}\",\"jobCentre\":{{\"id\":\"96201\",\"consents16a\":false}},\"teamLead\":{{\"id\":\"TL-1\"}},\"customerGroup\":\"young\",\"municipalServices16a\":false}}\n")));
        var spec = _workspace.PathOf("spec.json");
        await File.WriteAllTextAsync(spec, """
            { "drawId": "TL-2025-04", "seed": "31415 92653 58979 32384", "committedAt": "2025-04-01T08:00:00Z", "keyField": "customerNumber",
              "unitField": "teamLead.id", "perUnit": 10, "month": "2025-04",
              "section16a": { "markField": "municipalServices16a", "jobCentreField": "jobCentre.id", "statedConsentField": "jobCentre.consents16a" } }
            """);
        string[] Sample(string folder) => ["sample", "--population", population, "--spec", spec, "--out", _workspace.PathOf(folder, "protocol.json")];

        var owner = await RunChildAsync(null, Sample("owner"));
        owner.ExitCode.ShouldBe(0, owner.Error);
        File.GetUnixFileMode(_workspace.PathOf("owner", "protocol.json")).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.GetUnixFileMode(_workspace.PathOf("owner")).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var shared = await RunChildAsync("umask", Sample("shared"));
        shared.ExitCode.ShouldBe(0, shared.Error);
        File.GetUnixFileMode(_workspace.PathOf("shared", "protocol.json")).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        File.GetUnixFileMode(_workspace.PathOf("shared")).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);

        // A key stays owner-only whatever the mode.
        var sharedKey = await RunChildAsync("umask", "keygen", "--out", _workspace.PathOf("shared", "k2.key"));
        sharedKey.ExitCode.ShouldBe(0, sharedKey.Error);
        File.GetUnixFileMode(_workspace.PathOf("shared", "k2.key")).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var unknown = await RunChildAsync("group", Sample("unknown"));
        unknown.ExitCode.ShouldBe(2);
        unknown.Error.ShouldContain("VKB_FILE_MODE: expected 'owner'");
        Directory.Exists(_workspace.PathOf("unknown")).ShouldBeFalse();

        // A ledger key readable by others is warned about (no value printed).
        File.SetUnixFileMode(key, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        var ledger = await CliWorkspace.RunAsync("grants", "request", "--db", _workspace.PathOf("l.db"), "--ledger-key", key, "--grantee", "s-1", "--unit", "NRW",
            "--from", "2025-06-01", "--to", "2025-06-30", "--requested-by", "m-1", "--on", "2025-05-20");
        ledger.Error.ShouldContain("warning: --ledger-key");
        ledger.Error.ShouldNotContain(await File.ReadAllTextAsync(key));
    }

    /// <summary>Runs vkb in a child process under umask 027, with VKB_FILE_MODE set to <paramref name="fileMode"/> (or unset).</summary>
    private static async Task<(int ExitCode, string Out, string Error)> RunChildAsync(string? fileMode, params string[] args)
    {
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("umask 027; exec dotnet \"$@\"");
        start.ArgumentList.Add("sh");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Vkb.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("VKB_FILE_MODE");
        if (fileMode is not null)
        {
            start.Environment["VKB_FILE_MODE"] = fileMode;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
