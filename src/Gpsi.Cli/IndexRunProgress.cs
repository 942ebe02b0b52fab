using System.Globalization;
using Spectre.Console;

namespace Gpsi.Cli;

/// <summary>
/// Stage-by-stage progress for the long <c>gpsi build</c>: at a terminal an animated spinner with the current stage,
/// replaced by <c>✓ stage (1.2 s)</c> when the next one starts; otherwise one plain line per stage
/// (<c>gpsi: loading data…</c>) and no ANSI codes. Written to <see cref="CliConsole.Out"/>, like <c>gpsi fetch</c>'s
/// progress. Dispose (or <see cref="Done"/>) before printing anything else. Thread-safe.
/// </summary>
public sealed class IndexRunProgress : IDisposable
{
    private readonly CliConsole _console;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private ITimer? _timer;
    private string? _stage;
    private long _started;
    private int _frame;

    /// <summary>Creates the progress display; nothing is printed until the first <see cref="Stage"/>.</summary>
    /// <param name="console">Where to print.</param>
    /// <param name="time">The clock for the spinner and stage timings; <see cref="TimeProvider.System"/> when null.</param>
    public IndexRunProgress(CliConsole console, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        _console = console;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Ends the current stage, if any, and starts <paramref name="message"/> (e.g. "loading data").</summary>
    public void Stage(string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        lock (_gate)
        {
            Finish();
            _stage = message;
            _started = _time.GetTimestamp();
            if (!_console.Terminal.Interactive)
            {
                _console.Out.WriteLine($"gpsi: {message}…");
                return;
            }

            _frame = 0;
            Draw();
            var interval = Spinner.Known.Dots.Interval;
            _timer ??= _time.CreateTimer(_ => Tick(), null, interval, interval);
        }
    }

    /// <summary>Ends the current stage (at a terminal: prints its tick line and stops the spinner).</summary>
    public void Done()
    {
        lock (_gate)
        {
            Finish();
            _timer?.Dispose();
            _timer = null;
        }
    }

    /// <inheritdoc cref="Done"/>
    public void Dispose() => Done();

    private void Tick()
    {
        lock (_gate)
        {
            if (_stage is not null && _timer is not null)
            {
                _frame++;
                Draw();
            }
        }
    }

    private void Draw()
    {
        var frames = Spinner.Known.Dots.Frames;
        _console.Out.Write($"\r\u001b[2K{frames[_frame % frames.Count]} {_stage}…");
        _console.Out.Flush();
    }

    private void Finish()
    {
        if (_stage is null)
        {
            return;
        }

        if (_console.Terminal.Interactive)
        {
            var seconds = _time.GetElapsedTime(_started).TotalSeconds;
            _console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\r\u001b[2K✓ {_stage} ({seconds:F1} s)"));
        }

        _stage = null;
    }
}
