using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using NodaTime;
using NodaTime.Testing;
using Vkb.Pseudonymization.Export;
using Vkb.Pseudonymization.Pipeline;
using Vkb.Pseudonymization.Policies;
using Vkb.Tests;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// Review finding H2 of session 16 (P6): a kit is sealed only to a certificate that chains to the caller's
/// <see cref="RecipientTrust"/> and names the kit's unit, and <see cref="ReidentificationKit.Open(byte[], X509Certificate2, byte[], byte[], SignerTrust)"/>
/// refuses a kit of another unit than the one the opener's certificate names, even if that certificate's key opens it.
/// </summary>
public sealed class KitTrustTests : IDisposable
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2025, 4, 30, 12, 0));
    private static readonly DateTimeOffset From = DateTimeOffset.UnixEpoch.AddYears(50).AddDays(1);
    private static readonly DateTimeOffset To = DateTimeOffset.UnixEpoch.AddYears(60).AddDays(-1);

    private readonly TempDirectory _dir = new();
    private readonly X509Certificate2 _authority = TestCertificates.Authority("BA Kit CA");
    private readonly X509Certificate2 _signer = TestCertificates.SelfSigned("Extract job");
    private readonly List<X509Certificate2> _made = [];

    public void Dispose()
    {
        foreach (var certificate in _made)
        {
            certificate.Dispose();
        }

        _authority.Dispose();
        _signer.Dispose();
        _dir.Dispose();
    }

    private string Output => Path.Combine(_dir.Path, "out.jsonl");

    private RecipientTrust Trust => RecipientTrust.Pin(X509CertificateLoader.LoadCertificate(_authority.RawData));

    /// <summary>A unit's certificate issued by <paramref name="authority"/> (key encipherment), naming the unit in the CN's last word or in <c>serialNumber</c>.</summary>
    private X509Certificate2 Issue(X509Certificate2 authority, string unit, bool inSerialNumber = false)
    {
        var certificate = TestCertificates.ForUnit(authority, unit, inSerialNumber, inSerialNumber ? "Jobcenter Düsseldorf" : "Jobcenter");
        _made.Add(certificate);
        return certificate;
    }

    private X509Certificate2 SelfSigned(string name)
    {
        var certificate = TestCertificates.SelfSigned(name);
        _made.Add(certificate);
        return certificate;
    }

    private async Task<PseudonymizationResult> RunAsync()
    {
        var input = _dir.File("in.jsonl", string.Join("\n", Enumerable.Range(0, 12).Select(n => SampleRecords.Line(n, jobCentre: n % 2 == 0 ? "96201" : "96202"))));
        using var key = TestKeys.Key();
        var pipeline = new PseudonymizationPipeline(key, RecordPolicy.VkbDefault,
            new PseudonymizationOptions { Phase = "2025-P1", CollectReidentification = true, ReferenceMonth = new YearMonth(2025, 4), KAnonymity = { Enforce = false } });
        return await pipeline.RunFileAsync(input, Output);
    }

    private IReadOnlyList<SealedKit> SealAll(PseudonymizationResult result, X509Certificate2 first, X509Certificate2 second, RecipientTrust? trust = null) =>
        ReidentificationKit.SealAll(result.Reidentification, new Dictionary<string, X509Certificate2> { ["96201"] = first, ["96202"] = second },
            trust ?? Trust, "2025-P1", result.Report.KeyFingerprint, _signer, Clock);

    private (byte[] Manifest, byte[] Signature) Listing(PseudonymizationResult result, IReadOnlyList<SealedKit> kits)
    {
        var manifest = ExportManifest.Create(Output, result.Report, Clock, kits, null);
        var bytes = manifest.ToJsonBytes();
        return (bytes, ExportSignature.Sign(bytes, _signer, manifest.CreatedAt));
    }

    /// <summary>A kit sealed as the code before this change did: signed by the real signer, encrypted to any certificate, no recipient check.</summary>
    private byte[] SealUnchecked(ReidentificationKitContent content, X509Certificate2 recipient)
    {
        var signed = ExportSignature.SignCms(content.ToJsonBytes(), _signer, content.CreatedAt, detached: false);
        var cms = new EnvelopedCms(new ContentInfo(signed), new AlgorithmIdentifier(new Oid("2.16.840.1.101.3.4.1.42"), 256));
        cms.Encrypt(new CmsRecipient(SubjectIdentifierType.IssuerAndSerialNumber, recipient, RSAEncryptionPadding.OaepSHA256));
        return cms.Encode();
    }

    [Fact]
    [Trait("Rule", "P6")]
    public async Task SealAll_CertificatesOfTheCaNamingTheirUnits_KitsOpenWithTheirOwnKeyOnly()
    {
        var result = await RunAsync();
        var first = Issue(_authority, "96201");
        var second = Issue(_authority, "96202", inSerialNumber: true);
        var kits = SealAll(result, first, second);
        var (manifest, signature) = Listing(result, kits);
        var trust = SignerTrust.Pin(_signer);
        ReidentificationKit.Open(kits[0].ToArray(), first, manifest, signature, trust).Entries.ShouldBe(result.Reidentification.ByJobCentre["96201"]);
        ReidentificationKit.Open(kits[1].ToArray(), second, manifest, signature, trust).Entries.ShouldBe(result.Reidentification.ByJobCentre["96202"]);
        Should.Throw<CryptographicException>(() => ReidentificationKit.Open(kits[0].ToArray(), second, manifest, signature, trust));
    }

    // Reproduction 1 (cp certs/10101.cer certs/10001.cer): another unit's genuine certificate given for this unit.
    // Mutation: RecipientTrust.Problem without the unit comparison → the kit of 96201 is sealed to 96202's key, red.
    // Mutation: SealAll without its check of every recipient before sealing → Seal refuses, but not naming the line, red.
    [Fact]
    [Trait("Rule", "P6")]
    public async Task SealAll_AnotherUnitsCertificate_IsRefusedNamingTheLineNotTheUnit()
    {
        var result = await RunAsync();
        var second = Issue(_authority, "96202");
        var message = Should.Throw<ArgumentException>(() => SealAll(result, second, second)).Message;
        message.ShouldContain("record at line 1");
        message.ShouldContain("names another unit");
        message.ShouldNotContain("96201");
        message.ShouldNotContain("96202");
    }

    // Reproduction 2 (a self-made openssl certificate, CN=Anyone): refused whether or not it names the unit.
    // Mutation: Problem returns null after the unit check (no chain) → the self-made "Jobcenter 96201" seals, red.
    [Theory]
    [Trait("Rule", "P6")]
    [InlineData("Anyone", "names another unit")]
    [InlineData("Jobcenter 96201", "does not chain to a trusted kit CA")]
    public async Task SealAll_SelfMadeCertificate_IsRefused(string subject, string reason)
    {
        var result = await RunAsync();
        var selfMade = SelfSigned(subject);
        Should.Throw<ArgumentException>(() => SealAll(result, selfMade, Issue(_authority, "96202"))).Message.ShouldContain(reason);
    }

    // Mutation: X509VerificationFlags.AllowUnknownCertificateAuthority on the chain (a root of the same name is then as good) → red.
    [Fact]
    [Trait("Rule", "P6")]
    public async Task SealAll_CertificateOfAnotherCaWithTheSameName_IsRefused()
    {
        var result = await RunAsync();
        using var other = TestCertificates.Authority("BA Kit CA");
        Should.Throw<ArgumentException>(() => SealAll(result, Issue(other, "96201"), Issue(_authority, "96202")))
            .Message.ShouldContain("does not chain to a trusted kit CA");
    }

    // Mutation: Seal calls CheckRecipient instead of recipientTrust.Check → sealed, red.
    [Fact]
    [Trait("Rule", "P6")]
    public void Seal_CertificateOfAnotherUnit_IsRefused()
    {
        var content = new ReidentificationKitContent("96201", "P1", "fp", Clock.GetCurrentInstant(), []);
        Should.Throw<ArgumentException>(() => ReidentificationKit.Seal(content, Issue(_authority, "96202"), Trust, _signer))
            .Message.ShouldContain("names another unit");
        ReidentificationKit.Seal(content, Issue(_authority, "96201"), Trust, _signer).ShouldNotBeEmpty();
    }

    // Reproductions 1 and 2 at opening: a kit of 96201 sealed (by the old code) to 96202's or a self-made certificate
    // and listed in the signed manifest opens with that key.
    // Mutation: delete the UnitOf comparison in OpenCore → the kit opens, red.
    [Theory]
    [Trait("Rule", "P6")]
    [InlineData("another-unit")]
    [InlineData("self-made")]
    public async Task Open_KitOfAnotherUnitThanTheOpenersCertificateNames_IsRefused(string holder)
    {
        var result = await RunAsync();
        var opener = holder == "self-made" ? SelfSigned("Anyone") : Issue(_authority, "96202");
        var content = new ReidentificationKitContent("96201", "2025-P1", result.Report.KeyFingerprint.Value, Clock.GetCurrentInstant(), result.Reidentification.ByJobCentre["96201"]);
        var kit = SealUnchecked(content, opener);
        var (manifest, signature) = Listing(result, [new SealedKit("96201", ReidentificationKit.FileNameOf("96201"), kit)]);
        Should.Throw<CryptographicException>(() => ReidentificationKit.Open(kit, opener, manifest, signature, SignerTrust.Pin(_signer)))
            .Message.ShouldContain("not the unit the opening certificate names");

        // The same kit sealed to the unit's own certificate opens: the refusal is the unit, not the way it was sealed.
        var own = Issue(_authority, "96201");
        var ownKit = SealUnchecked(content, own);
        var listed = Listing(result, [new SealedKit("96201", ReidentificationKit.FileNameOf("96201"), ownKit)]);
        ReidentificationKit.Open(ownKit, own, listed.Manifest, listed.Signature, SignerTrust.Pin(_signer)).JobCentre.ShouldBe("96201");
    }

    /// <summary>Seals <paramref name="content"/> to every certificate of <paramref name="recipients"/> (as a faulty or dishonest sealer might).</summary>
    private byte[] SealTo(ReidentificationKitContent content, params X509Certificate2[] recipients)
    {
        var signed = ExportSignature.SignCms(content.ToJsonBytes(), _signer, content.CreatedAt, detached: false);
        var cms = new EnvelopedCms(new ContentInfo(signed), new AlgorithmIdentifier(new Oid("2.16.840.1.101.3.4.1.42"), 256));
        var collection = new CmsRecipientCollection();
        foreach (var recipient in recipients)
        {
            collection.Add(new CmsRecipient(SubjectIdentifierType.IssuerAndSerialNumber, recipient, RSAEncryptionPadding.OaepSHA256));
        }

        cms.Encrypt(collection);
        return cms.Encode();
    }

    // verify-export did not check to whom a kit is sealed (left open by session 16's review): the manifest's signature
    // proves who made a kit, not who can open it. A kit of 96201 sealed to another unit, to an outsider besides its unit,
    // or to a certificate no CA vouched for is now reported, naming the kit's position only.
    // Mutations: the unit comparison removed, the recipient count check removed, the trust check skipped → each red.
    [Theory]
    [Trait("Rule", "P6")]
    [InlineData("own", "")]
    [InlineData("another-unit", "sealed to a certificate of another unit")]
    [InlineData("own-and-outsider", "sealed to 2 recipients")]
    [InlineData("own-and-outsider", "sealed to a certificate that is not among the recipients given")]
    [InlineData("self-made-given", "the kit CA did not vouch for")]
    [InlineData("other-ca-given", "the kit CA did not vouch for")]
    public async Task VerifyKitRecipients_ReportsAKitSealedToAnyoneButItsUnit(string sealedTo, string problem)
    {
        var result = await RunAsync();
        var own = Issue(_authority, "96201");
        var neighbour = Issue(_authority, "96202");
        using var otherCa = TestCertificates.Authority("BA Kit CA");
        var recipients = sealedTo switch
        {
            "own" => [own],
            "another-unit" => [neighbour],
            "own-and-outsider" => new[] { own, SelfSigned("Outsider") },
            "self-made-given" => [SelfSigned("Jobcenter 96201")],
            _ => [Issue(otherCa, "96201")],
        };
        var content = new ReidentificationKitContent("96201", "2025-P1", result.Report.KeyFingerprint.Value, Clock.GetCurrentInstant(), result.Reidentification.ByJobCentre["96201"]);
        var kit = new SealedKit("96201", ReidentificationKit.FileNameOf("96201"), SealTo(content, recipients));
        var directory = Path.Combine(_dir.Path, "kits");
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, kit.FileName), kit.ToArray());
        var manifest = ExportManifest.Create(Output, result.Report, Clock, [kit], null);

        // The certificates an auditor holds: the units' own, and (for the cases that need it) the one the kit was sealed to.
        var given = sealedTo is "self-made-given" or "other-ca-given" ? [own, neighbour, recipients[0]] : new[] { own, neighbour };
        var problems = ExportSignature.VerifyKitRecipients(manifest, directory, given, Trust);
        if (problem.Length == 0)
        {
            problems.ShouldBeEmpty();
        }
        else
        {
            problems.ShouldContain(p => p.StartsWith("Kit 1 of the manifest is ", StringComparison.Ordinal) && p.Contains(problem, StringComparison.Ordinal));
            problems.ShouldAllBe(p => !p.Contains("96201", StringComparison.Ordinal) && !p.Contains("Outsider", StringComparison.Ordinal));
        }
    }

    // A PKI issues unit certificates from an intermediate CA below its root (no test covered it until session 17): the
    // root and the intermediate together vouch for the unit's certificate; the root alone cannot build the chain offline,
    // and the intermediate alone is no root. A unit certificate of another intermediate under the same root is trusted
    // too (the root vouches for the PKI), one of an intermediate under another root is not.
    // Mutation: RecipientTrust.Problem without the intermediates in the chain's extra store → "root and intermediate" red.
    // Mutation: every CA given taken as a root (no self-signed test) → "intermediate alone" red.
    [Theory]
    [Trait("Rule", "P6")]
    [InlineData("root and intermediate", true)]
    [InlineData("root alone", false)]
    [InlineData("intermediate alone", false)]
    [InlineData("sibling intermediate", true)]
    [InlineData("intermediate of another root", false)]
    public void Check_UnitCertificateOfAnIntermediateCa_IsTrustedThroughItsRootOnly(string given, bool trusted)
    {
        using var otherRoot = TestCertificates.Authority("Other Root");
        using var intermediate = TestCertificates.Intermediate(_authority, "BA Kit Issuing CA 1");
        using var sibling = TestCertificates.Intermediate(_authority, "BA Kit Issuing CA 2");
        using var foreign = TestCertificates.Intermediate(otherRoot, "BA Kit Issuing CA 1");
        var issuer = given switch { "sibling intermediate" => sibling, "intermediate of another root" => foreign, _ => intermediate };
        var unit = Issue(issuer, "96201");
        X509Certificate2[] anchors = given switch
        {
            "root alone" => [_authority],
            "intermediate alone" => [intermediate],
            "sibling intermediate" => [_authority, intermediate, sibling],
            "intermediate of another root" => [_authority, intermediate, foreign],
            _ => [_authority, intermediate],
        };
        var trust = RecipientTrust.FromCertificates(anchors.Select(a => X509CertificateLoader.LoadCertificate(a.RawData)));
        if (trusted)
        {
            Should.NotThrow(() => trust.Check(unit, "96201", Clock.GetCurrentInstant()));
        }
        else
        {
            Should.Throw<ArgumentException>(() => trust.Check(unit, "96201", Clock.GetCurrentInstant()))
                .Message.ShouldContain(given == "intermediate alone" ? "no self-signed root CA certificate" : "does not chain to a trusted kit CA");
        }
    }

    // Mutation: UnitOf ignores serialNumber → red (and the serialNumber-only certificate of the first test is refused).
    [Fact]
    [Trait("Rule", "P6")]
    public void UnitOf_SerialNumberFirstElseTheCommonNamesLastWord_AmbiguousIsNone()
    {
        RecipientTrust.UnitOf(Issue(_authority, "agency-337")).ShouldBe("agency-337");
        RecipientTrust.UnitOf(Issue(_authority, "96201", inSerialNumber: true)).ShouldBe("96201");
        RecipientTrust.UnitOf(SelfSigned("Jobcenter   Köln  96201 ")).ShouldBe("96201");

        using var rsa = RSA.Create(2048);
        X509Certificate2 Named(string subject) =>
            new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1).CreateSelfSigned(From, To);
        using var twoSerials = Named("CN=Jobcenter 96201, OID.2.5.4.5=96201, OID.2.5.4.5=96202");
        using var twoNames = Named("CN=Jobcenter 96201, CN=Jobcenter 96202");
        using var none = Named("O=Vkb");
        var writer = new System.Formats.Asn1.AsnWriter(System.Formats.Asn1.AsnEncodingRules.DER);
        using (writer.PushSequence())
        using (writer.PushSetOf())
        {
            foreach (var (oid, value) in new[] { ("2.5.4.3", "Jobcenter 96201"), ("2.5.4.5", "96202") })
            {
                using (writer.PushSequence())
                {
                    writer.WriteObjectIdentifier(oid);
                    writer.WriteCharacterString(System.Formats.Asn1.UniversalTagNumber.UTF8String, value);
                }
            }
        }

        using var multiValued = new CertificateRequest(new X500DistinguishedName(writer.Encode()), rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1).CreateSelfSigned(From, To);
        RecipientTrust.UnitOf(twoSerials).ShouldBeNull();
        RecipientTrust.UnitOf(twoNames).ShouldBeNull();
        RecipientTrust.UnitOf(none).ShouldBeNull();
        RecipientTrust.UnitOf(multiValued).ShouldBeNull();
    }

    // Mutation: Problem without the unit comparison, or returning null after it (no pin/chain check) → red.
    [Fact]
    [Trait("Rule", "P6")]
    public void Check_PinnedCertificateOnly_TrustsExactlyThatCertificate()
    {
        var pinned = SelfSigned("Jobcenter 96201");
        var other = SelfSigned("Jobcenter 96201");
        var trust = RecipientTrust.Pin(pinned);
        trust.Check(pinned, "96201", Clock.GetCurrentInstant());
        Should.Throw<ArgumentException>(() => trust.Check(other, "96201", Clock.GetCurrentInstant())).Message.ShouldContain("not a trusted recipient certificate");
        Should.Throw<ArgumentException>(() => trust.Check(pinned, "96202", Clock.GetCurrentInstant())).Message.ShouldContain("names another unit");
    }
}
