namespace Vkb.Sampling;

/// <summary>
/// Keeps the <c>capacity</c> smallest tickets offered, as a max-heap: memory O(capacity),
/// O(log capacity) per accepted ticket and one comparison per rejected one.
/// </summary>
internal sealed class BoundedTicketHeap
{
    private readonly SampleTicket[] _tickets;
    private readonly string[] _keys;
    private int _count;

    public BoundedTicketHeap(int capacity)
    {
        _tickets = new SampleTicket[Math.Max(capacity, 1)];
        _keys = new string[Math.Max(capacity, 1)];
        Capacity = capacity;
        RootHigh = capacity == 0 ? 0 : ulong.MaxValue;
    }

    /// <summary>
    /// The most significant 64 bits of the largest kept ticket once the heap is full (all ones
    /// before): a ticket whose <see cref="SampleTicket.High"/> is greater cannot be kept, which
    /// callers check without a call.
    /// </summary>
    public ulong RootHigh { get; private set; }

    public int Capacity { get; }

    public int Count => _count;

    public void Offer(in SampleTicket ticket, string key)
    {
        if (Capacity == 0)
        {
            return;
        }

        if (_count < Capacity)
        {
            var i = _count++;
            while (i > 0)
            {
                var parent = (i - 1) >> 1;
                if (_tickets[parent] >= ticket)
                {
                    break;
                }

                _tickets[i] = _tickets[parent];
                _keys[i] = _keys[parent];
                i = parent;
            }

            _tickets[i] = ticket;
            _keys[i] = key;
            if (_count == Capacity)
            {
                RootHigh = _tickets[0].High;
            }

            return;
        }

        if (ticket >= _tickets[0])
        {
            return;
        }

        // Replace the root (the largest kept ticket) and sift down.
        var j = 0;
        while (true)
        {
            var left = (2 * j) + 1;
            if (left >= _count)
            {
                break;
            }

            var right = left + 1;
            var larger = right < _count && _tickets[right] > _tickets[left] ? right : left;
            if (_tickets[larger] <= ticket)
            {
                break;
            }

            _tickets[j] = _tickets[larger];
            _keys[j] = _keys[larger];
            j = larger;
        }

        _tickets[j] = ticket;
        _keys[j] = key;
        RootHigh = _tickets[0].High;
    }

    /// <summary>The kept entries, smallest ticket first.</summary>
    public (SampleTicket Ticket, string Key)[] ToSortedArray()
    {
        var result = new (SampleTicket Ticket, string Key)[_count];
        for (var i = 0; i < _count; i++)
        {
            result[i] = (_tickets[i], _keys[i]);
        }

        Array.Sort(result, static (x, y) => x.Ticket.CompareTo(y.Ticket));
        return result;
    }
}
