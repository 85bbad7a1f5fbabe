using System.Security.Cryptography.X509Certificates;
using NodaTime;
using Vkb.Pseudonymization.Pipeline;

namespace Vkb.Pseudonymization.Export;

// Asynchronous, cancellable variants of the export's file operations (the synchronous ones stay as conveniences).
// Signing, sealing and the all-or-nothing commit (exclusive temporary files renamed into place) are the
// synchronous operations' own: the variants below run them off the caller's thread and observe cancellation
// before anything is written, so they keep every guarantee of WriteSigned and WriteAll.

/// <content>Asynchronous file output.</content>
public static partial class ExportSignature
{
    /// <summary>Writes the signed manifest (and the kits it lists) asynchronously; see <see cref="WriteSigned"/>.</summary>
    /// <param name="manifest">The manifest.</param>
    /// <param name="outputPath">The output file the manifest describes.</param>
    /// <param name="certificate">The signer's certificate with private key.</param>
    /// <param name="kits">The kits of <paramref name="manifest"/>, or null.</param>
    /// <param name="kitDirectory">Where the kits go; required with <paramref name="kits"/>.</param>
    /// <param name="cancellationToken">Cancels before anything is written.</param>
    /// <returns>The manifest and signature paths.</returns>
    /// <exception cref="ArgumentException">The kits are not those the manifest lists, or the certificate cannot sign.</exception>
    /// <exception cref="IOException">A target cannot be written (nothing is left behind).</exception>
    /// <exception cref="OperationCanceledException">Cancelled before the commit (nothing is written).</exception>
    public static Task<(string ManifestPath, string SignaturePath)> WriteSignedAsync(ExportManifest manifest, string outputPath, X509Certificate2 certificate,
        IReadOnlyList<SealedKit>? kits = null, string? kitDirectory = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(manifest);
        Preconditions.CheckNotNull(outputPath);
        Preconditions.CheckNotNull(certificate);
        return Task.Run(() => WriteSigned(manifest, outputPath, certificate, kits, kitDirectory), cancellationToken);
    }
}

/// <content>Asynchronous file output.</content>
public static partial class ReidentificationKit
{
    /// <summary>Signs, seals and writes one kit per job centre asynchronously, all or none; see <see cref="WriteAll"/>.</summary>
    /// <param name="map">The run's re-identification map.</param>
    /// <param name="certificates">The certificate of every job centre, by job centre id; each must name its unit.</param>
    /// <param name="recipientTrust">Whose certificates kits may be sealed to (the operator's kit CA).</param>
    /// <param name="directory">The target directory (created if missing); must not hold kits already.</param>
    /// <param name="phase">The phase.</param>
    /// <param name="keyFingerprint">The key fingerprint of the run.</param>
    /// <param name="signer">The export signer's certificate with private key.</param>
    /// <param name="clock">The clock for the creation instant.</param>
    /// <param name="cancellationToken">Cancels before anything is written.</param>
    /// <returns>The written kits.</returns>
    /// <exception cref="InvalidOperationException">A job centre of the map has no certificate; nothing is written.</exception>
    /// <exception cref="ArgumentException">A certificate cannot be used, names another unit or is not trusted; nothing is written.</exception>
    /// <exception cref="IOException">The directory is a file or already holds kits; nothing is written.</exception>
    /// <exception cref="OperationCanceledException">Cancelled before the commit (nothing is written).</exception>
    public static Task<IReadOnlyList<SealedKit>> WriteAllAsync(ReidentificationMap map, IReadOnlyDictionary<string, X509Certificate2> certificates,
        RecipientTrust recipientTrust, string directory, string phase, KeyFingerprint keyFingerprint, X509Certificate2 signer, IClock clock, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(map);
        Preconditions.CheckNotNull(directory);
        return Task.Run(() => WriteAll(map, certificates, recipientTrust, directory, phase, keyFingerprint, signer, clock), cancellationToken);
    }
}
