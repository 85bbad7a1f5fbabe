using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using Vkb.Pseudonymization;

namespace Vkb.Benchmarks.Pseudonymization;

/// <summary>
/// One pseudonym (canonicalise, HMAC under the precomputed subkey state, base32, check symbol, string) against one
/// bare HMACSHA256.HashData. <see cref="PrecomputedHmacOnly"/> is the floor of the subject: the managed HMAC alone,
/// under the same precomputed state the pseudonymizer uses, so the cost of everything around it reads as a difference.
/// </summary>
[MemoryDiagnoser]
public class PseudonymBenchmark
{
    private readonly byte[] _key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
    private readonly byte[] _hash = new byte[32];
    private byte[] _input = [];
    private PseudonymizationKey? _pseudonymizationKey;
    private Pseudonymizer? _pseudonymizer;
    private HmacSha256State? _state;

    [Params("962D123456")]
    public string Identifier { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _input = Encoding.UTF8.GetBytes(Identifier);
        _pseudonymizationKey = PseudonymizationKey.FromBytes(_key);
        _pseudonymizer = new Pseudonymizer(_pseudonymizationKey);
        _state = _pseudonymizer.MacState(PseudonymDomain.Customer.Name, "2025-1");
    }

    [GlobalCleanup]
    public void Cleanup() => _pseudonymizationKey?.Dispose();

    [Benchmark(Baseline = true)]
    public int HmacSha256HashData() => HMACSHA256.HashData(_key, _input, _hash);

    [Benchmark]
    public byte PrecomputedHmacOnly()
    {
        _state!.Compute(_input, _hash);
        return _hash[0];
    }

    [Benchmark]
    public Pseudonym Pseudonymize() => _pseudonymizer!.Pseudonymize(PseudonymDomain.Customer, "2025-1", Identifier);
}
