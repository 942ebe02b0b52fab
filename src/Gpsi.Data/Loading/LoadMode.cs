namespace Gpsi.Data.Loading;

/// <summary>What a load does with rows that fail validation.</summary>
public enum LoadMode
{
    /// <summary>Any error rejects the whole load: nothing is stored (the default, and the only mode for publishing).</summary>
    Strict,

    /// <summary>Valid rows are loaded; each rejected row is reported.</summary>
    Lenient,
}
