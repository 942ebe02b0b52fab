using Gpsi.Data.Fetch;

namespace Gpsi.Data.Tests.Fetch;

/// <summary>Collects progress reports synchronously, in order.</summary>
internal sealed class ProgressLog : IProgress<FetchProgress>
{
    private readonly List<FetchProgress> _reports = [];

    public IReadOnlyList<FetchProgress> Reports
    {
        get
        {
            lock (_reports)
            {
                return [.. _reports];
            }
        }
    }

    public void Report(FetchProgress value)
    {
        lock (_reports)
        {
            _reports.Add(value);
        }
    }
}
