namespace Gpsi.Data.Countries;

/// <summary>The reference tables the registry reads, under <c>reference/</c> of the data folder.</summary>
internal static class ReferenceFiles
{
    public const string Folder = "reference";

    public const string Iso = "iso3166_countries_m49_regions.csv";

    public const string Mledoze = "world_countries_mledoze.csv";

    public const string WbIncome = "wb_income_groups_fy2024.csv";

    public const string WbGroups = "wb_country_groups_fy2024.csv";

    public const string WbHistory = "wb_income_group_history_owid.csv";

    public const string Who = "who_gho_countries_regions.csv";

    public const string NameMap = "country_name_to_iso3_map.csv";

    /// <summary>Every file, in the order they are read.</summary>
    public static readonly string[] All = [Iso, Mledoze, WbIncome, WbGroups, WbHistory, Who, NameMap];

    /// <summary>The World Bank income group labels, lowest first (the history file's codes 1–4).</summary>
    public static readonly string[] IncomeGroups =
        ["Low income", "Lower middle income", "Upper middle income", "High income"];
}
