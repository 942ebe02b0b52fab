using System.Diagnostics;

namespace Gpsi.Reports.Pdf;

/// <summary>
/// Prints an HTML file to PDF with Debian's headless Chromium (<c>apt-get install chromium fonts-noto-cjk</c>):
/// <c>chromium --headless --no-sandbox --disable-gpu --print-to-pdf=OUT file://IN</c>, with a throw-away profile and
/// no network features. Page size and breaks come from the page's print CSS (<c>@page A4</c>).
/// </summary>
public sealed class PdfPrinter
{
    private readonly string _chromium;
    private readonly TimeSpan _timeout;

    /// <summary>A printer using the Chromium executable at <paramref name="chromiumPath"/>.</summary>
    public PdfPrinter(string chromiumPath, TimeSpan? timeout = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(chromiumPath);
        _chromium = chromiumPath;
        _timeout = timeout ?? TimeSpan.FromMinutes(3);
    }

    /// <summary>
    /// The Chromium on the PATH (<c>chromium</c>, then <c>chromium-browser</c>, then <c>google-chrome</c>), or the
    /// <c>GPSI_CHROMIUM</c> environment variable when set; null when none is found.
    /// </summary>
    public static string? FindChromium()
    {
        if (Environment.GetEnvironmentVariable("GPSI_CHROMIUM") is { Length: > 0 } configured)
        {
            return configured;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome" })
        {
            foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Prints <paramref name="htmlPath"/> to <paramref name="pdfPath"/>. Throws <see cref="InvalidOperationException"/>
    /// with Chromium's error output when it fails, times out, or writes no PDF.
    /// </summary>
    public void Print(string htmlPath, string pdfPath)
    {
        var html = Path.GetFullPath(htmlPath);
        var pdf = Path.GetFullPath(pdfPath);
        if (!File.Exists(html))
        {
            throw new FileNotFoundException("The HTML to print does not exist.", html);
        }

        var profile = Path.Combine(Path.GetTempPath(), "gpsi-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        try
        {
            var start = new ProcessStartInfo(_chromium)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-pdf-header-footer", $"--user-data-dir={profile}", $"--print-to-pdf={pdf}",
                new Uri(html).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(arg);
            }

            if (File.Exists(pdf))
            {
                File.Delete(pdf);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {_chromium}.");
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(_timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"Chromium did not finish printing {html} within {_timeout}.");
            }

            if (process.ExitCode != 0 || !File.Exists(pdf) || new FileInfo(pdf).Length == 0)
            {
                throw new InvalidOperationException(
                    $"Chromium failed to print {html} (exit {process.ExitCode}): {stderr.Result}{stdout.Result}");
            }
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }
}
