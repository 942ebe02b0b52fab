namespace Gpsi.Cli;

/// <summary>Process exit codes of the <c>gpsi</c> command.</summary>
public static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Success = 0;

    /// <summary>The input (recipe, data) was rejected; diagnostics say why. Nothing was written.</summary>
    public const int InvalidInput = 1;

    /// <summary>The command line itself was wrong (unknown option, bad override syntax).</summary>
    public const int Usage = 2;

    /// <summary><c>gpsi fetch</c>: at least one target failed (the others were still fetched); stderr names each and why.</summary>
    public const int FetchFailed = 3;
}
