namespace Gpsi.Cli.Tests.Commands;

/// <summary>Small data folders with their own catalogue.yaml, for the data commands.</summary>
internal static class DataFolders
{
    private const string Catalogue = """
        sources:
          - id: test-homicide
            title: Homicide rate (test copy)
            publisher: UNODC (test)
            url: https://example.org/homicide.csv
            licence: CC BY 4.0
            file: homicide.csv
            format: owid-long
            vintage: "2024"
            options: { code-column: Code, name-column: Entity, year-column: Year }
            series:
              - indicator: homicide_rate
                column: rate
                unit: per 100k
                kind: rate
                range: [0, 200]
        """;

    /// <summary>A valid folder: three countries, two years, plus a "World" aggregate row.</summary>
    public static string Valid(TempFolder folder) => Write(folder, "valid", """
        Entity,Code,Year,rate
        France,FRA,2018,1.2
        France,FRA,2019,1.1
        Chad,TCD,2019,9.5
        Türkiye,,2019,2.5
        World,OWID_WRL,2019,6.1
        """);

    /// <summary>A folder with a non-numeric cell (line 3, column 4), a negative rate (line 4) and an unknown country (line 5).</summary>
    public static string Broken(TempFolder folder) => Write(folder, "broken", """
        Entity,Code,Year,rate
        France,FRA,2018,1.2
        France,FRA,2019,n/a
        Chad,TCD,2019,-4
        Atlantis,,2019,3
        Peru,PER,2019,7.5
        """);

    private static string Write(TempFolder folder, string name, string csv)
    {
        var dir = Directory.CreateDirectory(folder[name]).FullName;
        File.WriteAllText(Path.Combine(dir, "catalogue.yaml"), Catalogue + "\n");
        File.WriteAllText(Path.Combine(dir, "homicide.csv"), csv + "\n");
        return dir;
    }
}
