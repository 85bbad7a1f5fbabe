using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;

namespace Vkb.Pseudonymization.Export;

public static partial class ExportSignature
{
    /// <summary>
    /// Checks to whom the kits of an export are sealed, without opening them (no private key needed): every kit the
    /// manifest lists has exactly one recipient, that recipient is one of <paramref name="recipients"/>, the certificate
    /// names the kit's unit (its file name is <see cref="ReidentificationKit.FileNameOf"/> of the unit the certificate
    /// names, <see cref="RecipientTrust.UnitOf"/>), and <paramref name="trust"/> (the operator's kit CA) vouched for it
    /// when the export was made. A kit sealed to anyone else, also in addition to its unit, is reported: the manifest's
    /// signature proves who made the kits, this proves who can open them. Verify the manifest first
    /// (<see cref="Verify(string, byte[], byte[], SignerTrust, string?)"/>); its kit hashes make these the signed kits.
    /// </summary>
    /// <param name="manifest">The verified manifest (<see cref="ExportVerification.Manifest"/>).</param>
    /// <param name="kitDirectory">The export's kit directory.</param>
    /// <param name="recipients">The units' certificates (public parts), e.g. the directory the export was sealed from.</param>
    /// <param name="trust">The kit CA that issues the units' certificates.</param>
    /// <returns>The problems found, each naming the kit by its position in the manifest, never a certificate's subject; empty if every kit is sealed to its unit alone.</returns>
    public static IReadOnlyList<string> VerifyKitRecipients(ExportManifest manifest, string kitDirectory, IEnumerable<X509Certificate2> recipients, RecipientTrust trust)
    {
        Preconditions.CheckNotNull(manifest);
        Preconditions.CheckNotNull(kitDirectory);
        Preconditions.CheckNotNull(trust);
        var known = Preconditions.CheckNotNull(recipients).ToList();
        var problems = new List<string>();
        for (var i = 0; i < manifest.Kits.Count; i++)
        {
            var kit = manifest.Kits[i];
            var path = Path.Combine(kitDirectory, kit.FileName);
            if (!File.Exists(path))
            {
                problems.Add($"Kit {i + 1} of the manifest is missing.");
                continue;
            }

            var cms = new EnvelopedCms();
            try
            {
                cms.Decode(SafeFile.ReadBounded(path, ReidentificationKit.MaxBytes));
            }
            catch (CryptographicException)
            {
                problems.Add($"Kit {i + 1} of the manifest is not a sealed kit (CMS EnvelopedData).");
                continue;
            }

            if (cms.RecipientInfos.Count != 1)
            {
                problems.Add($"Kit {i + 1} of the manifest is sealed to {cms.RecipientInfos.Count} recipients; a kit is sealed to its unit alone.");
            }

            foreach (var recipient in cms.RecipientInfos)
            {
                if (known.Find(c => Identifies(recipient.RecipientIdentifier, c)) is not { } certificate)
                {
                    problems.Add($"Kit {i + 1} of the manifest is sealed to a certificate that is not among the recipients given.");
                }
                else if (RecipientTrust.UnitOf(certificate) is not { } unit || !string.Equals(ReidentificationKit.FileNameOf(unit), kit.FileName, StringComparison.Ordinal))
                {
                    problems.Add($"Kit {i + 1} of the manifest is sealed to a certificate of another unit.");
                }
                else
                {
                    try
                    {
                        trust.Check(certificate, unit, manifest.CreatedAt);
                    }
                    catch (ArgumentException)
                    {
                        problems.Add($"Kit {i + 1} of the manifest is sealed to a certificate the kit CA did not vouch for when the export was made.");
                    }
                }
            }
        }

        return problems;
    }

    /// <summary>Whether a recipient identifier (issuer and serial number, or subject key identifier) names <paramref name="certificate"/>.</summary>
    private static bool Identifies(SubjectIdentifier identifier, X509Certificate2 certificate) => identifier.Type switch
    {
        SubjectIdentifierType.IssuerAndSerialNumber when identifier.Value is X509IssuerSerial serial =>
            certificate.IssuerName.Name == serial.IssuerName && string.Equals(certificate.SerialNumber, serial.SerialNumber, StringComparison.OrdinalIgnoreCase),
        SubjectIdentifierType.SubjectKeyIdentifier when identifier.Value is string key =>
            certificate.Extensions.OfType<X509SubjectKeyIdentifierExtension>().Any(e => string.Equals(e.SubjectKeyIdentifier, key, StringComparison.OrdinalIgnoreCase)),
        _ => false,
    };
}
