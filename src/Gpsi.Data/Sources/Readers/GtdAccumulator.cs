namespace Gpsi.Data.Sources.Readers;

/// <summary>
/// The running totals of one (entity, year) while a GTD file is read. Deaths and injuries are fixed-point (whole
/// part + billionths) so that adding rows is exact integer arithmetic and the order of addition does not matter.
/// </summary>
internal struct GtdAccumulator
{
    public int Hash;
    public int Year;
    public bool ByName;
    public int KeyOffset;
    public int KeyLength;
    public int NameOffset;
    public int NameLength;
    public int Incidents;
    public int KillUnknown;
    public int WoundUnknown;
    public int PropertyUnknown;
    public long KillWhole;
    public long KillNano;
    public long WoundWhole;
    public long WoundNano;
    public long BandSum;

    /// <summary>Adds another accumulator's totals (same key) to this one.</summary>
    public void Add(in GtdAccumulator other)
    {
        Incidents += other.Incidents;
        KillUnknown += other.KillUnknown;
        WoundUnknown += other.WoundUnknown;
        PropertyUnknown += other.PropertyUnknown;
        KillWhole += other.KillWhole;
        KillNano += other.KillNano;
        WoundWhole += other.WoundWhole;
        WoundNano += other.WoundNano;
        BandSum += other.BandSum;
    }
}
