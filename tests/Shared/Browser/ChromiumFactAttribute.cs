using Gpsi.Reports.Pdf;

namespace Gpsi.Tests;

/// <summary>
/// A fact that needs Debian's Chromium (found like the PDF printer finds it: <c>GPSI_CHROMIUM</c>, else
/// <c>chromium</c>, <c>chromium-browser</c> or <c>google-chrome</c> on the PATH). Without one it is skipped with the
/// reason — except under <c>CI=true</c>, where <c>scripts/test</c> installs Chromium, so the test runs and fails
/// loudly instead of passing unseen. Compiled only into projects that reference Gpsi.Reports (tests/Shared/Browser
/// is not part of the tests/Shared glob).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Path is null && !InCi)
        {
            Skip = "Chromium not found (set GPSI_CHROMIUM or `apt-get install -y chromium`; scripts/test installs "
                + "it as root, and under CI=true this test fails instead of skipping)";
        }
    }

    /// <summary>Chromium's executable, or null when there is none.</summary>
    public static string? Path { get; } = PdfPrinter.FindChromium();

    /// <summary>True under <c>CI=true</c>, where a missing Chromium is a failure, not a skip.</summary>
    public static bool InCi => Environment.GetEnvironmentVariable("CI") == "true";

    /// <summary>Chromium's executable; throws when there is none (the skip already happened outside CI).</summary>
    public static string Require() => Path ?? throw new InvalidOperationException(
        "CI=true but Chromium was not found: scripts/test installs it (apt-get install -y chromium) when run as root");
}
