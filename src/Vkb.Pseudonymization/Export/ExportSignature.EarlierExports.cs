namespace Vkb.Pseudonymization.Export;

public static partial class ExportSignature
{
    /// <summary>
    /// Checks that a load was searched against exactly the phase's earlier exports an auditor holds (P9 over their union):
    /// every file of <paramref name="earlierExportPaths"/> is listed in the manifest by its SHA-256
    /// (<see cref="ExportManifest.EarlierExports"/>), and every export the manifest lists is one of them. A load searched
    /// without an export the recipient already had may single its customers out together with it; a listed export nobody
    /// can produce is a load searched against something that was never sent. Verify the manifest first
    /// (<see cref="Verify(string, byte[], byte[], SignerTrust, string?)"/>). This compares hashes only; the overload with a
    /// <see cref="SignerTrust"/> also verifies each earlier export with its own signed manifest.
    /// </summary>
    /// <param name="manifest">The verified manifest of the load (<see cref="ExportVerification.Manifest"/>).</param>
    /// <param name="earlierExportPaths">The phase's exports sent before this load (their output files, in any order).</param>
    /// <returns>
    /// The problems found, each naming an export by its position (in <paramref name="earlierExportPaths"/>, or in the
    /// manifest's list), never a hash or a value; empty if the two are the same multiset.
    /// </returns>
    public static IReadOnlyList<string> VerifyEarlierExports(ExportManifest manifest, IEnumerable<string> earlierExportPaths)
    {
        Preconditions.CheckNotNull(manifest);
        var paths = Preconditions.CheckNotNull(earlierExportPaths).ToList();
        return Compare(manifest, manifest.EarlierExports is null ? [] : [.. paths.Select(Hash)]);
    }

    /// <summary>
    /// <see cref="VerifyEarlierExports(ExportManifest, IEnumerable{string})"/>, and each earlier export verified with its own
    /// signed manifest beside it (<c>FILE.manifest.json</c> and <c>FILE.manifest.p7s</c>, as <c>vkb pseudonymize</c> writes
    /// them) against the same trust: signature, signer, size and SHA-256 of the export, and that it is of this export's
    /// phase, key and policy and was made before it. The auditor's whole check of a phase's outbox in one call: the
    /// earlier exports are the ones the signers made, and this load was searched against exactly them.
    /// </summary>
    /// <param name="manifest">The verified manifest of the load (<see cref="ExportVerification.Manifest"/>).</param>
    /// <param name="earlierExportPaths">The phase's exports sent before this load, each with its manifest and signature beside it.</param>
    /// <param name="trust">Who may sign (the same anchor the load's own signature was checked against).</param>
    /// <returns>The problems found, each naming an export by its position, never a hash, a path or a value; empty if all hold.</returns>
    public static IReadOnlyList<string> VerifyEarlierExports(ExportManifest manifest, IEnumerable<string> earlierExportPaths, SignerTrust trust)
    {
        Preconditions.CheckNotNull(trust);
        Preconditions.CheckNotNull(manifest);
        var paths = Preconditions.CheckNotNull(earlierExportPaths).ToList();

        // Each export is read once: verified against its own manifest, its SHA-256 is the manifest's; only an export whose
        // manifest is missing or does not match it is hashed here for the comparison.
        var hashes = new ((string Sha256, long Size, long Length)? Hash, string Unread)[paths.Count];
        var problems = new List<string>();
        for (var i = 0; i < paths.Count; i++)
        {
            var given = $"Earlier export {i + 1} given";
            byte[] earlierManifest;
            byte[] earlierSignature;
            try
            {
                earlierManifest = SafeFile.ReadBounded(paths[i] + ".manifest.json", ExportManifest.MaxBytes);
                earlierSignature = SafeFile.ReadBounded(paths[i] + ".manifest.p7s", MaxSignatureBytes);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problems.Add($"{given} has no readable signed manifest beside it (FILE.manifest.json and FILE.manifest.p7s, at most {ExportManifest.MaxBytes / 1024 / 1024} MiB and {MaxSignatureBytes / 1024} KiB).");
                hashes[i] = Hash(paths[i]);
                continue;
            }

            var verified = Verify(paths[i], earlierManifest, earlierSignature, trust, kitDirectory: null);
            problems.AddRange(verified.Problems.Select(p => $"{given}: {p}"));
            if (verified.Manifest is not { } earlier)
            {
                hashes[i] = Hash(paths[i]);
                continue;
            }

            hashes[i] = verified.Problems.Any(p => p.StartsWith("The output", StringComparison.Ordinal))
                ? Hash(paths[i])
                : ((earlier.OutputSha256, earlier.OutputBytes, earlier.OutputBytes), string.Empty);

            if (!string.Equals(earlier.Phase, manifest.Phase, StringComparison.Ordinal)
                || !string.Equals(earlier.KeyFingerprint, manifest.KeyFingerprint, StringComparison.Ordinal)
                || !string.Equals(earlier.PolicyHash, manifest.PolicyHash, StringComparison.Ordinal))
            {
                problems.Add($"{given} is of another phase, key or policy than this export.");
            }

            if (earlier.CreatedAt > manifest.CreatedAt) // the same instant is not after (a clock held still, two loads at once)
            {
                problems.Add($"{given} was made after this export.");
            }
        }

        return [.. Compare(manifest, manifest.EarlierExports is null ? [] : hashes), .. problems];
    }

    /// <summary>
    /// The files' hashes (<see cref="Hash"/>, one per file given, in order) against the manifest's list, as multisets:
    /// the problems of both directions, by position.
    /// </summary>
    private static List<string> Compare(ExportManifest manifest, ((string Sha256, long Size, long Length)? Hash, string Unread)[] hashes)
    {
        if (manifest.EarlierExports is not { } listed)
        {
            return [$"Earlier exports: the manifest is of format {ExportManifest.PreviousFormatId}, which does not say which earlier exports the load was searched against."];
        }

        // Compared as multisets: two months that published nothing are two empty exports with one SHA-256, and with a
        // phase announcement a month without new flags exports the same records as the month before, byte for byte.
        var problems = new List<string>();
        var unmatched = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var hash in listed)
        {
            unmatched[hash] = unmatched.GetValueOrDefault(hash) + 1;
        }

        for (var i = 0; i < hashes.Length; i++)
        {
            var (hash, unread) = hashes[i];
            if (hash is null)
            {
                problems.Add($"Earlier export {i + 1} given {unread}.");
            }
            else if (hash.Value.Size != hash.Value.Length)
            {
                problems.Add($"Earlier export {i + 1} given changed while it was read, or is no regular file.");
            }
            else if (unmatched.GetValueOrDefault(hash.Value.Sha256) > 0)
            {
                unmatched[hash.Value.Sha256]--;
            }
            else
            {
                problems.Add(listed.Contains(hash.Value.Sha256, StringComparer.Ordinal)
                    ? $"Earlier export {i + 1} given is the same as one given before it; the manifest lists it fewer times."
                    : $"Earlier export {i + 1} given is not among the earlier exports the manifest lists: the load was not searched against it.");
            }
        }

        // The listed exports no file matched, named by their positions in the manifest's list (a hash listed more often
        // than given: its last positions).
        var missing = new List<int>();
        for (var j = listed.Count - 1; j >= 0; j--)
        {
            if (unmatched.GetValueOrDefault(listed[j]) > 0)
            {
                unmatched[listed[j]]--;
                missing.Add(j + 1);
            }
        }

        missing.Reverse();
        problems.AddRange(missing.Select(j => $"Earlier export {j} of the manifest is none of the earlier exports given."));

        return problems;
    }


    /// <summary>
    /// The SHA-256 of a file opened once (through a symbolic link to its target), read up to the size it had when opened
    /// plus one byte: a device or a file that keeps growing ends there (and its size differs) instead of being hashed for
    /// ever. Null, with why, if it cannot be opened or read (missing or a dangling link, a directory, no permission).
    /// </summary>
    private static ((string Sha256, long Size, long Length)? Hash, string Unread) Hash(string path)
    {
        if (Directory.Exists(path))
        {
            return (null, "is a directory, not an export");
        }

        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
            var length = RandomAccess.GetLength(handle);
            using var stream = new FileStream(handle, FileAccess.Read, 1 << 16);
            var (sha256, size) = ExportManifest.HashStream(stream, length);
            return ((sha256, size, length), string.Empty);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return (null, "is missing");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, "cannot be read");
        }
    }
}
