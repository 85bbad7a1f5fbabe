using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using Vkb.Pseudonymization;

namespace Vkb.Benchmarks.Pseudonymization;

/// <summary>One pseudonym (canonicalise, HMAC under the precomputed subkey state, base32, check symbol, string) against one bare HMACSHA256.HashData.</summary>
[MemoryDiagnoser]
public class PseudonymBenchmark
{
    private readonly byte[] _key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
    private readonly byte[] _hash = new byte[32];
    private byte[] _input = [];
    private PseudonymizationKey? _pseudonymizationKey;
    private Pseudonymizer? _pseudonymizer;

    [Params("962D123456")]
    public string Identifier { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _input = Encoding.UTF8.GetBytes(Identifier);
        _pseudonymizationKey = PseudonymizationKey.FromBytes(_key);
        _pseudonymizer = new Pseudonymizer(_pseudonymizationKey);
    }

    [GlobalCleanup]
    public void Cleanup() => _pseudonymizationKey?.Dispose();

    [Benchmark(Baseline = true)]
    public int HmacSha256HashData() => HMACSHA256.HashData(_key, _input, _hash);

    [Benchmark]
    public Pseudonym Pseudonymize() => _pseudonymizer!.Pseudonymize(PseudonymDomain.Customer, "2025-1", Identifier);
}
