using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Vkb.Cli.Demo;

/// <summary>
/// Reproducible pseudo-random numbers for the simulated assessments: each value is a function of
/// the run's seed and a label (case, level, question), so a run can be repeated exactly and one
/// case's answers do not depend on how many other cases were simulated before it.
/// </summary>
internal sealed class DeterministicUniform
{
    private readonly byte[] _seed;

    public DeterministicUniform(ulong seed)
    {
        _seed = new byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(_seed, seed);
    }

    /// <summary>A value in [0, 1) for the given labels.</summary>
    public double Uniform(params string[] labels)
    {
        var text = string.Join('\u001f', labels);
        var input = new byte[_seed.Length + Encoding.UTF8.GetByteCount(text)];
        _seed.CopyTo(input, 0);
        Encoding.UTF8.GetBytes(text, input.AsSpan(_seed.Length));
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(input, hash);
        return (BinaryPrimitives.ReadUInt64BigEndian(hash) >> 11) * (1.0 / (1UL << 53));
    }

    /// <summary>A standard normal value for the given labels (Box–Muller over two uniforms).</summary>
    public double Normal(params string[] labels)
    {
        var u1 = Math.Max(Uniform([.. labels, "n1"]), double.Epsilon);
        var u2 = Uniform([.. labels, "n2"]);
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
