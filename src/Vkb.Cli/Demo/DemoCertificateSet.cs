using System.Security.Cryptography.X509Certificates;
using NodaTime;

namespace Vkb.Cli.Demo;

/// <summary>
/// The demo's certificates, made on the thread pool from the start of the run: one export signer,
/// the demo kit CA, and one per job centre issued by that CA and naming its unit (P6). RSA-2048 key generation is the slowest single piece of a small demo
/// (0.25–0.5 s per key on a 2-core machine, seven keys at small scale, 21 at medium), and nothing
/// needs a certificate before the extract is sealed and signed, so the keys are generated while
/// the extract is generated, drawn and assessed.
/// </summary>
/// <remarks>Owns every certificate it makes; <see cref="Dispose"/> waits for the background work.</remarks>
internal sealed class DemoCertificateSet : IDisposable
{
    private readonly Task<X509Certificate2> _signer;
    private readonly Task<X509Certificate2> _authority;
    private readonly Task<Dictionary<string, X509Certificate2>> _jobCentres;

    private readonly Instant _now;

    private DemoCertificateSet(IReadOnlyCollection<string> jobCentres, Instant now)
    {
        _now = now;
        _signer = Task.Run(() => DemoCertificates.Create("VKB Export Signer", now, forSigning: true));
        _authority = Task.Run(() => DemoCertificates.CreateAuthority("VKB Demo Kit CA", now));
        _jobCentres = Task.Run(async () =>
        {
            var authority = await _authority.ConfigureAwait(false);
            var made = new Dictionary<string, X509Certificate2>(StringComparer.Ordinal);
            Parallel.ForEach(jobCentres, jobCentre =>
            {
                var certificate = DemoCertificates.IssueForUnit(authority, "Jobcenter", jobCentre, now);
                lock (made)
                {
                    made.Add(jobCentre, certificate);
                }
            });
            return made;
        });
    }

    /// <summary>Starts making the signer's and the job centres' certificates in the background.</summary>
    public static DemoCertificateSet Start(IEnumerable<string> jobCentres, Instant now) =>
        new([.. jobCentres.Distinct(StringComparer.Ordinal)], now);

    /// <summary>The export signer's certificate (with its private key).</summary>
    public Task<X509Certificate2> SignerAsync() => _signer;

    /// <summary>The demo kit CA's certificate, the trust anchor of the kit run (its private key stays in memory).</summary>
    public Task<X509Certificate2> AuthorityAsync() => _authority;

    /// <summary>The certificates (with private keys) of <paramref name="jobCentres"/>; one not announced to <see cref="Start"/> is made now.</summary>
    public async Task<IReadOnlyDictionary<string, X509Certificate2>> JobCentresAsync(IEnumerable<string> jobCentres)
    {
        var made = await _jobCentres.ConfigureAwait(false);
        var authority = await _authority.ConfigureAwait(false);
        var result = new Dictionary<string, X509Certificate2>(StringComparer.Ordinal);
        foreach (var jobCentre in jobCentres)
        {
            if (!made.TryGetValue(jobCentre, out var certificate))
            {
                // A unit the policy could not name (a record without the policy's unit field, e.g. an
                // SGB III case while the policy keys kits by jobCentre.id only) still gets its own
                // sealed kit; it is made here, late, and disposed with the others.
                certificate = DemoCertificates.IssueForUnit(authority, "Einheit", jobCentre, _now);
                lock (made)
                {
                    made.Add(jobCentre, certificate);
                }
            }

            result[jobCentre] = certificate;
        }

        return result;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Task.WaitAll(_signer, _authority, _jobCentres);
        }
        catch (AggregateException)
        {
            // A failure was reported where the certificate was needed; dispose what was made.
        }

        if (_signer.IsCompletedSuccessfully)
        {
            _signer.Result.Dispose();
        }

        if (_authority.IsCompletedSuccessfully)
        {
            _authority.Result.Dispose();
        }

        if (_jobCentres.IsCompletedSuccessfully)
        {
            foreach (var certificate in _jobCentres.Result.Values)
            {
                certificate.Dispose();
            }
        }
    }
}
