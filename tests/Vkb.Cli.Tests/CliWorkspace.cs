using NodaTime;
using NodaTime.Testing;
using Vkb.Synthetic;

namespace Vkb.Cli.Tests;

/// <summary>
/// A temporary folder for CLI tests and the in-process runner they share: the fixed clock (2025-04-30 12:00 UTC),
/// no progress output, and the extract plus key most pseudonymisation tests start from.
/// </summary>
internal sealed class CliWorkspace : IDisposable
{
    private readonly DirectoryInfo _directory;

    public CliWorkspace(string prefix) => _directory = Directory.CreateTempSubdirectory(prefix);

    /// <summary>The folder's full path.</summary>
    public string FullName => _directory.FullName;

    /// <summary>A path inside the folder.</summary>
    public string PathOf(params string[] parts) => Path.Combine([_directory.FullName, .. parts]);

    /// <summary>Runs vkb in-process with the fixed clock; returns the exit code and both streams.</summary>
    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await VkbApp.RunAsync(args, new CliContext(output, error, new FakeClock(Instant.FromUtc(2025, 4, 30, 12, 0)), showProgress: false));
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Writes the generator's extract to <c>extract.jsonl</c> and a new key to <c>vkb.key</c> (through <c>vkb keygen</c>).</summary>
    /// <returns>The extract's and the key's paths.</returns>
    public async Task<(string Input, string Key)> WriteExtractAndKeyAsync(ExtractGenerator generator)
    {
        ArgumentNullException.ThrowIfNull(generator);
        var input = PathOf("extract.jsonl");
        await using (var stream = File.Create(input))
        {
            generator.WriteJsonLines(stream);
        }

        var key = PathOf("vkb.key");
        var (exitCode, _, error) = await RunAsync("keygen", "--out", key);
        exitCode.ShouldBe(0, error);
        return (input, key);
    }

    /// <summary>Every file and folder below the workspace, relative and sorted (to prove that a failed run leaves nothing behind).</summary>
    public List<string> Listing() =>
        [.. Directory.EnumerateFileSystemEntries(_directory.FullName, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(_directory.FullName, p)).Order(StringComparer.Ordinal)];

    public void Dispose() => _directory.Delete(recursive: true);
}
