using Gpsi.Data.Output;
using Gpsi.Tests;
using Shouldly;
using Xunit;

namespace Gpsi.Data.Tests.Output;

public sealed class AtomicDirectoryBytesTests
{
    [Fact]
    public void Write_OutputFiles_ExactBytesAndReplacesOldContents()
    {
        using var temp = new TempFolder();
        var target = Path.Combine(temp.Path, "out");
        AtomicDirectory.Write(target, [new KeyValuePair<string, string>("old.txt", "old")]);
        byte[] bytes = [0x50, 0x4B, 0x00, 0xFF, 0x0A];
        AtomicDirectory.Write(target, [new OutputFile("a.bin", bytes), new OutputFile("b.csv", "x\n"u8.ToArray())]);
        Directory.GetFiles(target).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["a.bin", "b.csv"]);
        File.ReadAllBytes(Path.Combine(target, "a.bin")).ShouldBe(bytes);
    }

    [Theory]
    [InlineData("../escape.csv")]
    [InlineData("sub/file.csv")]
    [InlineData("")]
    public void Write_NameWithAPath_Throws(string name)
    {
        using var temp = new TempFolder();
        Should.Throw<ArgumentException>(() => AtomicDirectory.Write(Path.Combine(temp.Path, "out"), [new OutputFile(name, [])]));
        Directory.Exists(Path.Combine(temp.Path, "out")).ShouldBeFalse();
    }
}
