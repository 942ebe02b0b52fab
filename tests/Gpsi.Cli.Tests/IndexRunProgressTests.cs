using Shouldly;
using Xunit;

namespace Gpsi.Cli.Tests;

public sealed class IndexRunProgressTests
{
    [Fact]
    public void Stage_Plain_OneLinePerStageWithoutAnsi()
    {
        using var output = new StringWriter();
        using (var progress = new IndexRunProgress(new CliConsole(output, TextWriter.Null, Terminal.Plain)))
        {
            progress.Stage("loading data");
            progress.Stage("building editions 2010–2020");
        }

        output.ToString().ShouldBe("gpsi: loading data…\ngpsi: building editions 2010–2020…\n");
    }

    [Fact]
    public void Stage_Interactive_TicksEachFinishedStage()
    {
        using var output = new StringWriter();
        using (var progress = new IndexRunProgress(new CliConsole(output, TextWriter.Null, new Terminal(true))))
        {
            progress.Stage("loading data");
            Thread.Sleep(200); // let the spinner turn at least once
            progress.Stage("building");
        }

        var text = output.ToString();
        text.ShouldContain("\r\u001b[2K✓ loading data (");
        text.ShouldContain("\r\u001b[2K✓ building (");
        text.ShouldEndWith(" s)\n");
        text.Split('\n').Length.ShouldBe(3); // two tick lines; spinner frames redraw in place
    }

    [Fact]
    public void Stage_Blank_Throws()
    {
        using var progress = new IndexRunProgress(new CliConsole(TextWriter.Null, TextWriter.Null, Terminal.Plain));
        Should.Throw<ArgumentException>(() => progress.Stage(" "));
    }
}
