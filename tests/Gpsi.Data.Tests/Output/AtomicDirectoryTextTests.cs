using Gpsi.Data.Output;

namespace Gpsi.Data.Tests.Output;

/// <summary>The text overload, as the HTML report uses it: relative paths with sub-folders, nothing outside.</summary>
public sealed class AtomicDirectoryTextTests
{
    [Fact]
    public void Write_SubFolders_AreCreatedAndTheOldContentsReplaced()
    {
        using var temp = new TempFolder();
        var site = temp["site"];
        AtomicDirectory.Write(site, [KeyValuePair.Create("old.html", "old")]);
        AtomicDirectory.Write(site, [KeyValuePair.Create("index.html", "<p>i</p>"), KeyValuePair.Create("countries/NOR.html", "<p>n</p>")]);

        File.ReadAllText(Path.Combine(site, "countries", "NOR.html")).ShouldBe("<p>n</p>");
        File.Exists(Path.Combine(site, "old.html")).ShouldBeFalse();
        Directory.GetDirectories(temp.Path).Select(Path.GetFileName).ShouldBe(["site"]);
    }

    [Fact]
    public void Write_NameLeavingTheFolder_ThrowsAndKeepsThePreviousContents()
    {
        using var temp = new TempFolder();
        var site = temp["site"];
        AtomicDirectory.Write(site, [KeyValuePair.Create("index.html", "before")]);

        Should.Throw<ArgumentException>(() =>
            AtomicDirectory.Write(site, [KeyValuePair.Create("a.html", "x"), KeyValuePair.Create("../escape.html", "x")]));

        File.ReadAllText(Path.Combine(site, "index.html")).ShouldBe("before");
        File.Exists(temp["escape.html"]).ShouldBeFalse();
        Directory.GetDirectories(temp.Path).Select(Path.GetFileName).ShouldBe(["site"]);
    }
}
