using System.Diagnostics.CodeAnalysis;

namespace Gpsi.Core.Observations;

/// <summary>How an observation came to be, beyond "reported by the source".</summary>
[Flags]
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix",
    Justification = "Observation flags is the statistical term (SDMX OBS_STATUS).")]
public enum ObservationFlags
{
    /// <summary>A value as the source reports it.</summary>
    None = 0,

    /// <summary>The source marks it as an estimate (modelled, or with uncertainty bounds).</summary>
    Estimated = 1,

    /// <summary>Filled in by an imputation method, not observed.</summary>
    Imputed = 2,

    /// <summary>An older observation carried forward to a later year.</summary>
    CarriedForward = 4,

    /// <summary>Computed by GPSI from other observations (an aggregate of events, a ratio, a rescaling).</summary>
    Derived = 8,
}
