using System.Security.Cryptography.X509Certificates;
using NodaTime;
using Vkb.Pseudonymization.Pipeline;

namespace Vkb.Pseudonymization.Export;

// Asynchronous, cancellable variants of the export's file operations (the synchronous ones stay as conveniences).

/// <content>Asynchronous file output.</content>
public static partial class ExportSignature
{
    /// <summary>Writes <c>{output}.manifest.json</c> and <c>{output}.manifest.p7s</c> beside the output file, asynchronously.</summary>
    /// <param name="manifest">The manifest.</param>
    /// <param name="outputPath">The output file the manifest describes.</param>
    /// <param name="certificate">The signer's certificate with private key.</param>
    /// <param name="cancellationToken">Cancels the writes.</param>
    /// <returns>The manifest and signature paths.</returns>
    public static async Task<(string ManifestPath, string SignaturePath)> WriteSignedAsync(ExportManifest manifest, string outputPath, X509Certificate2 certificate, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(manifest);
        Preconditions.CheckNotNull(outputPath);
        var bytes = manifest.ToJsonBytes();
        var signature = Sign(bytes, certificate);
        var manifestPath = outputPath + ".manifest.json";
        var signaturePath = outputPath + ".manifest.p7s";
        await File.WriteAllBytesAsync(manifestPath, bytes, cancellationToken).ConfigureAwait(false);
        await File.WriteAllBytesAsync(signaturePath, signature, cancellationToken).ConfigureAwait(false);
        return (manifestPath, signaturePath);
    }
}

/// <content>Asynchronous file output.</content>
public static partial class ReidentificationKit
{
    /// <summary>Writes one sealed kit per job centre asynchronously; see <see cref="WriteAll"/>.</summary>
    /// <param name="map">The run's re-identification map.</param>
    /// <param name="certificates">The certificate of every job centre, by job centre id.</param>
    /// <param name="directory">The target directory (created if missing).</param>
    /// <param name="phase">The phase.</param>
    /// <param name="keyFingerprint">The key fingerprint of the run.</param>
    /// <param name="clock">The clock for the creation instant.</param>
    /// <param name="cancellationToken">Cancels between and during the writes.</param>
    /// <returns>The written files by job centre id.</returns>
    /// <exception cref="InvalidOperationException">A job centre of the map has no certificate; nothing is written.</exception>
    public static async Task<IReadOnlyDictionary<string, string>> WriteAllAsync(ReidentificationMap map, IReadOnlyDictionary<string, X509Certificate2> certificates,
        string directory, string phase, KeyFingerprint keyFingerprint, IClock clock, CancellationToken cancellationToken = default)
    {
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (jobCentre, path, kit) in SealAll(map, certificates, directory, phase, keyFingerprint, clock))
        {
            await File.WriteAllBytesAsync(path, kit, cancellationToken).ConfigureAwait(false);
            written[jobCentre] = path;
        }

        return written;
    }
}
