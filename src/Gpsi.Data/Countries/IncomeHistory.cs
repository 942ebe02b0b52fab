using System.Collections.Frozen;

namespace Gpsi.Data.Countries;

/// <summary>World Bank income groups by country and classification year (OGHIST via OWID).</summary>
/// <param name="Groups">Income group by (ISO alpha-3, year).</param>
/// <param name="FirstYear">The first year the history covers (1987).</param>
/// <param name="LastYear">The last year the history covers (2016).</param>
internal sealed record IncomeHistory(FrozenDictionary<(string Iso3, int Year), string> Groups, int FirstYear,
    int LastYear);
