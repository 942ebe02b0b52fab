namespace Gpsi.Data.Sources.Readers;

/// <summary>How <see cref="GtdEventAggregator"/> reads a file.</summary>
public sealed record GtdAggregationOptions
{
    /// <summary>Sequential, 1,000 diagnostics, 256 KiB buffer.</summary>
    public static GtdAggregationOptions Default { get; } = new();

    /// <summary>
    /// How many ranges the file is split into (at line breaks) and read at the same time; 1 = sequential. The
    /// result is identical for every value. Between 1 and 64.
    /// </summary>
    public int Parallelism
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 64);
            field = value;
        }
    } = 1;

    /// <summary>How many problems are kept as diagnostics (the rest are only counted); at least 1.</summary>
    public int MaxDiagnostics
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = 1000;

    /// <summary>
    /// Read buffer per range in bytes (it grows only for a longer line); at least 16. The default, 256 KiB less the
    /// 64-byte window of the vectorised split, makes each range rent exactly one 256 KiB pooled array.
    /// </summary>
    public int BufferSize
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 16);
            field = value;
        }
    } = (1 << 18) - GtdFields.Window;
}
