using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text.Unicode;

namespace Vkb.Sampling;

/// <summary>
/// Computes the tickets of up to <see cref="Capacity"/> keys of one (seed, drawId) at once: the
/// same bytes as <see cref="TicketHasher"/> (<c>SHA-256("VKB-SAMPLE-V1" ‖ lp(seed) ‖ lp(drawId) ‖ lp(key))</c>),
/// but hashed by the multi-buffer SHA-256 in <see cref="MultiBufferSha256"/>, 16 keys per
/// AVX-512 register or 8 per AVX2 register, scalar (one lane) where vectors are not accelerated.
/// The full 64-byte blocks of the fixed prefix are compressed once (the midstate); each key then
/// hashes only the rest of the prefix and its own bytes. Keys longer than four blocks are hashed
/// one at a time by the one-lane path.
/// </summary>
/// <remarks>
/// Usage: <see cref="TryEncode"/> a key (its UTF-8 stays valid until the next call), then
/// <see cref="AddEncoded"/> it, or just <see cref="Add"/>; when <see cref="IsFull"/>,
/// <see cref="Compute"/> and <see cref="Clear"/>. Not thread-safe; allocates nothing per key.
/// </remarks>
internal sealed class TicketBatch
{
    /// <summary>How many keys a batch holds.</summary>
    public const int Capacity = 64;

    private const int LaneBlocks = 4;
    private const int LaneBytes = LaneBlocks * 64;
    private readonly int _lanes;
    private readonly uint[] _midstate = new uint[8];
    private readonly byte[] _tail;
    private readonly long _prefixLength;
    private readonly int _maxLaneKey;
    private readonly int[] _start = new int[Capacity + 1];
    private readonly SampleTicket[] _tickets = new SampleTicket[Capacity];
    private readonly byte[] _message;
    private readonly uint[] _words;
    private readonly uint[] _state;
    private readonly uint[] _masks;
    private readonly int[] _laneBlocks;
    private byte[] _bytes = new byte[Capacity * 32];
    private int _count;
    private int _pending = -1;

    /// <summary>A batch for one draw, with the widest lanes the machine accelerates.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="drawId">The draw id.</param>
    public TicketBatch(Seed seed, string drawId)
        : this(seed, drawId, PreferredLanes)
    {
    }

    /// <summary>A batch with a given lane count (16, 8 or 1); tests use it to prove every path.</summary>
    internal TicketBatch(Seed seed, string drawId, int lanes)
    {
        Preconditions.CheckArgument(lanes is 1 or 8 or 16, "A ticket batch has 1, 8 or 16 lanes.", nameof(lanes));
        _lanes = lanes;
        var prefix = TicketHasher.BuildPrefix(seed, drawId);
        _prefixLength = prefix.Length;
        var full = prefix.Length / 64 * 64;
        _tail = prefix[full..];
        _maxLaneKey = LaneBytes - 9 - 4 - _tail.Length;
        MultiBufferSha256.InitialState.CopyTo(_midstate);
        if (full > 0)
        {
            var words = new uint[full / 4];
            ToWords(prefix.AsSpan(0, full), words);
            MultiBufferSha256.Compress<Lanes1, uint>(_midstate, words, default, full / 64);
        }

        _message = new byte[lanes * LaneBytes];
        _words = new uint[LaneBlocks * 16 * lanes];
        _state = new uint[8 * lanes];
        _masks = new uint[LaneBlocks * lanes];
        _laneBlocks = new int[lanes];
    }

    /// <summary>The lane count this machine runs fastest: 16 with AVX-512, 8 with 256-bit vectors, else 1.</summary>
    public static int PreferredLanes =>
        Vector512.IsHardwareAccelerated ? 16 : Vector256.IsHardwareAccelerated ? 8 : 1;

    /// <summary>How many lanes one compression runs.</summary>
    public int Lanes => _lanes;

    /// <summary>How many keys are in the batch.</summary>
    public int Count => _count;

    /// <summary>Whether the batch holds <see cref="Capacity"/> keys.</summary>
    public bool IsFull => _count == Capacity;

    /// <summary>
    /// Encodes a key as strict UTF-8 behind the keys of the batch without adding it, so a caller
    /// can use the bytes (e.g. for the population digest) and then decide.
    /// </summary>
    /// <param name="key">The key.</param>
    /// <param name="utf8">The UTF-8 bytes; valid until the next call on this batch.</param>
    /// <returns>False when the key is not valid UTF-16 (lone surrogate).</returns>
    public bool TryEncode(string key, out ReadOnlySpan<byte> utf8)
    {
        var used = _start[_count];
        var need = used + (key.Length * 3);
        if (need > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(need, _bytes.Length * 2));
        }

        if (Utf8.FromUtf16(key, _bytes.AsSpan(used), out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            _pending = -1;
            utf8 = default;
            return false;
        }

        _pending = written;
        utf8 = _bytes.AsSpan(used, written);
        return true;
    }

    /// <summary>Adds the key last encoded by <see cref="TryEncode"/>.</summary>
    /// <returns>Its index in the batch (the index of its ticket in <see cref="Compute"/>).</returns>
    public int AddEncoded()
    {
        Preconditions.CheckState(_pending >= 0 && _count < Capacity, "A ticket batch adds the key just encoded, while it is not full.");
        _start[_count + 1] = _start[_count] + _pending;
        _pending = -1;
        return _count++;
    }

    /// <summary>Encodes and adds a key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>Its index in the batch.</returns>
    /// <exception cref="ArgumentException">The key is not valid UTF-16 (lone surrogate).</exception>
    public int Add(string key) =>
        TryEncode(key, out _) ? AddEncoded() : throw new ArgumentException("A record key is not valid UTF-16 (lone surrogate).", nameof(key));

    /// <summary>Hashes every key of the batch.</summary>
    /// <returns>The tickets, in the order the keys were added; valid until the batch changes.</returns>
    public ReadOnlySpan<SampleTicket> Compute()
    {
        switch (_lanes)
        {
            case 16:
                ComputeLanes<Lanes16, Vector512<uint>>();
                break;
            case 8:
                ComputeLanes<Lanes8, Vector256<uint>>();
                break;
            default:
                ComputeLanes<Lanes1, uint>();
                break;
        }

        return _tickets.AsSpan(0, _count);
    }

    /// <summary>Empties the batch.</summary>
    public void Clear()
    {
        _count = 0;
        _pending = -1;
    }

    private static void ToWords(ReadOnlySpan<byte> bytes, Span<uint> words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = BinaryPrimitives.ReadUInt32BigEndian(bytes[(4 * i)..]);
        }
    }

    /// <summary>Writes <c>tail ‖ lp(key) ‖ padding</c> and returns its number of 64-byte blocks.</summary>
    private int WriteMessage(Span<byte> message, ReadOnlySpan<byte> key)
    {
        _tail.CopyTo(message);
        var p = _tail.Length;
        BinaryPrimitives.WriteInt32BigEndian(message[p..], key.Length);
        p += 4;
        key.CopyTo(message[p..]);
        p += key.Length;
        message[p++] = 0x80;
        var blocks = (p + 8 + 63) / 64;
        message[p..((blocks * 64) - 8)].Clear();
        BinaryPrimitives.WriteUInt64BigEndian(message[((blocks * 64) - 8)..], (ulong)(_prefixLength + 4 + key.Length) * 8);
        return blocks;
    }

    private void ComputeLanes<TL, TV>()
        where TL : struct, ILanes<TV>
        where TV : unmanaged
    {
        var lanes = TL.Count;
        for (var first = 0; first < _count; first += lanes)
        {
            var n = Math.Min(lanes, _count - first);
            var maxBlocks = 0;
            var minBlocks = int.MaxValue;
            for (var l = 0; l < lanes; l++)
            {
                var blocks = 0;
                if (l < n)
                {
                    var key = _bytes.AsSpan(_start[first + l], _start[first + l + 1] - _start[first + l]);
                    if (key.Length <= _maxLaneKey)
                    {
                        blocks = WriteMessage(_message.AsSpan(l * LaneBytes, LaneBytes), key);
                    }
                    else
                    {
                        _tickets[first + l] = HashLong(key);
                    }
                }

                _laneBlocks[l] = blocks;
                maxBlocks = Math.Max(maxBlocks, blocks);
                minBlocks = Math.Min(minBlocks, blocks);
            }

            if (maxBlocks == 0)
            {
                continue;
            }

            Transpose(lanes, maxBlocks);
            for (var j = 0; j < 8; j++)
            {
                _state.AsSpan(j * lanes, lanes).Fill(_midstate[j]);
            }

            MultiBufferSha256.Compress<TL, TV>(_state, _words, minBlocks == maxBlocks ? default : _masks, maxBlocks);
            for (var l = 0; l < n; l++)
            {
                if (_laneBlocks[l] > 0)
                {
                    _tickets[first + l] = SampleTicket.FromState(_state, l, lanes);
                }
            }
        }
    }

    /// <summary>
    /// Reads the lanes' messages as big-endian words into word-major order (word t of lane l of
    /// block b at <c>(b × 16 + t) × lanes + l</c>) and sets each lane's block masks.
    /// </summary>
    private void Transpose(int lanes, int blocks)
    {
        ref var words = ref MemoryMarshal.GetArrayDataReference(_words);
        ref var message = ref MemoryMarshal.GetArrayDataReference(_message);
        for (var l = 0; l < lanes; l++)
        {
            ref var laneMessage = ref Unsafe.Add(ref message, l * LaneBytes);
            ref var laneWords = ref Unsafe.Add(ref words, l);
            for (var i = 0; i < blocks * 16; i++)
            {
                var word = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref laneMessage, 4 * i));
                Unsafe.Add(ref laneWords, i * lanes) = BitConverter.IsLittleEndian ? BinaryPrimitives.ReverseEndianness(word) : word;
            }

            for (var block = 0; block < blocks; block++)
            {
                _masks[(block * lanes) + l] = block < _laneBlocks[l] ? uint.MaxValue : 0;
            }
        }
    }

    /// <summary>A key too long for a lane: the one-lane path over all its blocks.</summary>
    private SampleTicket HashLong(ReadOnlySpan<byte> key)
    {
        var blocks = (_tail.Length + 4 + key.Length + 9 + 63) / 64;
        var message = ArrayPool<byte>.Shared.Rent(blocks * 64);
        var words = ArrayPool<uint>.Shared.Rent(blocks * 16);
        try
        {
            WriteMessage(message.AsSpan(0, blocks * 64), key);
            ToWords(message.AsSpan(0, blocks * 64), words.AsSpan(0, blocks * 16));
            Span<uint> state = stackalloc uint[8];
            _midstate.CopyTo(state);
            MultiBufferSha256.Compress<Lanes1, uint>(state, words, default, blocks);
            return SampleTicket.FromState(state, 0, 1);
        }
        finally
        {
            ArrayPool<uint>.Shared.Return(words);
            ArrayPool<byte>.Shared.Return(message);
        }
    }
}
