namespace Gpsi.Data.Sources.Readers;

/// <summary>
/// An open-addressing hash table from (entity bytes, year) to a <see cref="GtdAccumulator"/>, with the entity bytes
/// interned once per distinct key in a byte arena: looking up a row allocates nothing. It grows only with the number
/// of distinct country-years, never with the number of rows.
/// </summary>
internal sealed class GtdAccumulatorTable
{
    private GtdAccumulator[] _entries = new GtdAccumulator[256];
    private int[] _slots = new int[512]; // entry index + 1; 0 = empty
    private byte[] _arena = new byte[4096];
    private int _arenaLength;

    /// <summary>The number of distinct keys, in first-seen order at indices 0 … Count − 1.</summary>
    public int Count { get; private set; }

    /// <summary>The accumulator at <paramref name="index"/> (insertion order).</summary>
    public ref GtdAccumulator this[int index] => ref _entries[index];

    /// <summary>The entity key bytes of an accumulator (the code, or the name when the row had no code).</summary>
    public ReadOnlySpan<byte> Key(in GtdAccumulator entry) => _arena.AsSpan(entry.KeyOffset, entry.KeyLength);

    /// <summary>The name bytes of an accumulator (the name on the first row of its key).</summary>
    public ReadOnlySpan<byte> Name(in GtdAccumulator entry) => _arena.AsSpan(entry.NameOffset, entry.NameLength);

    /// <summary>
    /// The accumulator for (<paramref name="byName"/>, <paramref name="key"/>, <paramref name="year"/>), created
    /// with <paramref name="name"/> remembered when the key is new.
    /// </summary>
    public ref GtdAccumulator Find(bool byName, ReadOnlySpan<byte> key, int year, ReadOnlySpan<byte> name)
    {
        var hash = Hash(byName, key, year);
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (true)
        {
            var index = _slots[slot] - 1;
            if (index < 0)
            {
                break;
            }

            ref var entry = ref _entries[index];
            if (entry.Hash == hash && entry.Year == year && entry.ByName == byName
                && _arena.AsSpan(entry.KeyOffset, entry.KeyLength).SequenceEqual(key))
            {
                return ref entry;
            }

            slot = (slot + 1) & mask;
        }

        return ref Insert(slot, hash, byName, key, year, name);
    }

    private ref GtdAccumulator Insert(int slot, int hash, bool byName, ReadOnlySpan<byte> key, int year,
        ReadOnlySpan<byte> name)
    {
        if (Count == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }

        var index = Count++;
        ref var entry = ref _entries[index];
        entry = default;
        entry.Hash = hash;
        entry.Year = year;
        entry.ByName = byName;
        entry.KeyOffset = Intern(key);
        entry.KeyLength = key.Length;
        if (byName || name.IsEmpty)
        {
            entry.NameOffset = entry.KeyOffset;
            entry.NameLength = byName ? key.Length : 0;
        }
        else
        {
            entry.NameOffset = Intern(name);
            entry.NameLength = name.Length;
        }

        _slots[slot] = index + 1;
        if (Count * 2 > _slots.Length)
        {
            Rehash();
        }

        return ref entry;
    }

    private int Intern(ReadOnlySpan<byte> bytes)
    {
        if (_arenaLength + bytes.Length > _arena.Length)
        {
            Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _arenaLength + bytes.Length));
        }

        var offset = _arenaLength;
        bytes.CopyTo(_arena.AsSpan(offset));
        _arenaLength += bytes.Length;
        return offset;
    }

    private void Rehash()
    {
        _slots = new int[_slots.Length * 2];
        var mask = _slots.Length - 1;
        for (var i = 0; i < Count; i++)
        {
            var slot = _entries[i].Hash & mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = i + 1;
        }
    }

    private static int Hash(bool byName, ReadOnlySpan<byte> key, int year)
    {
        // FNV-1a over the key (3 bytes for an ISO3 code), then the year, then a final avalanche (murmur3 fmix32).
        var h = byName ? 2166136261u ^ 0x5bd1e995u : 2166136261u;
        foreach (var b in key)
        {
            h = (h ^ b) * 16777619u;
        }

        h = (h ^ (uint)year) * 16777619u;
        h ^= h >> 16;
        h *= 0x85ebca6bu;
        h ^= h >> 13;
        h *= 0xc2b2ae35u;
        h ^= h >> 16;
        return (int)(h & 0x7fffffff);
    }
}
