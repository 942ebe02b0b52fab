namespace Gpsi.Core.Audit;

/// <summary>
/// The whole statistical audit of one build in one year: the statistics, correlations, α and PCA
/// (<see cref="Auditor.Run"/>) and the leave-one-out rank effects (<see cref="LeaveOneOut"/>). What <c>gpsi audit</c>
/// writes and the report's audit page shows.
/// </summary>
public sealed record IndexAudit
{
    /// <summary>Pairs the two parts.</summary>
    /// <exception cref="ArgumentException">They are of different years.</exception>
    public IndexAudit(AuditReport report, LeaveOneOutResult leaveOneOut)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(leaveOneOut);
        if (report.Year != leaveOneOut.Year)
        {
            throw new ArgumentException($"The audit is of {report.Year}, the leave-one-out of {leaveOneOut.Year}.",
                nameof(leaveOneOut));
        }

        Report = report;
        LeaveOneOut = leaveOneOut;
    }

    /// <summary>The statistics, correlations, α and PCA.</summary>
    public AuditReport Report { get; }

    /// <summary>The leave-one-out rank effects.</summary>
    public LeaveOneOutResult LeaveOneOut { get; }

    /// <summary>The year audited.</summary>
    public int Year => Report.Year;

    /// <summary>
    /// Audits <paramref name="build"/> in <paramref name="year"/>: <see cref="Auditor.Run"/> with
    /// <paramref name="options"/> (by default the statistics describe <see cref="StatisticsDataSet"/>) and
    /// <see cref="Audit.LeaveOneOut.Run(Building.Build, int, int)"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The build failed or did not aggregate, or the statistics data set is not
    /// one of its data sets.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not a year of the build.</exception>
    public static IndexAudit Run(Building.Build build, int year, AuditOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(build);
        var scores = build.Scores ?? throw new ArgumentException("The audit needs a build that aggregated.", nameof(build));
        var y = scores.YearIndex(year);
        if (y < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The year is not in the build.");
        }

        options ??= new AuditOptions { StatisticsDataSet = StatisticsDataSet(build) };
        return new IndexAudit(Auditor.Run(build, y, options), Audit.LeaveOneOut.Run(build, year));
    }

    /// <summary>
    /// The data set an audit's indicator statistics describe by default: the one outlier treatment (or, without it,
    /// normalisation) starts from — values in their own units after denomination, imputation and screening, so an
    /// edition year's statistics include the values carried forward into it. <c>Raw</c> when the recipe neither
    /// treats nor normalises, or does so first.
    /// </summary>
    public static string StatisticsDataSet(Building.Build build)
    {
        ArgumentNullException.ThrowIfNull(build);
        var names = build.DataSets.Select(d => d.Name).ToList();
        var at = names.FindIndex(n => n is Treatment.TreatStep.OutputName or Normalisation.NormaliseStep.OutputName);
        return at > 0 ? names[at - 1] : "Raw";
    }
}
