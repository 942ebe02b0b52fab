using System.CommandLine;
using Gpsi.Data;
using Gpsi.Data.Loading;

namespace Gpsi.Cli.Commands;

/// <summary>The options <c>gpsi data check</c> and <c>gpsi data load</c> share.</summary>
internal sealed class DataOptions
{
    private readonly Argument<DirectoryInfo?> _folder = new("DIR")
    {
        Description = $"The data folder (a fetched snapshot, or the shared data). Default: ${DataDirectory.EnvironmentVariable}, else ../shared/data.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private readonly Option<FileInfo?> _catalogue = new("--catalogue")
    {
        Description = "The source catalogue (YAML). Default: DIR/catalogue.yaml when present, else the built-in catalogue.",
    };

    private readonly Option<DirectoryInfo?> _registry = new("--registry")
    {
        Description = "Folder whose reference/ holds the country registry files. Default: DIR, else ../shared/data.",
    };

    private readonly Option<bool> _lenient = new("--lenient")
    {
        Description = "Load the valid rows and report the rest (default: strict — any error rejects the load).",
    };

    public static DataOptions Create() => new();

    public void AddTo(Command command)
    {
        command.Add(_folder);
        command.Add(_catalogue);
        command.Add(_registry);
        command.Add(_lenient);
    }

    public Values Read(ParseResult parse) => new(parse.GetValue(_folder), parse.GetValue(_catalogue),
        parse.GetValue(_registry), parse.GetValue(_lenient) ? LoadMode.Lenient : LoadMode.Strict);

    /// <summary>The parsed values.</summary>
    internal sealed record Values(DirectoryInfo? Folder, FileInfo? Catalogue, DirectoryInfo? Registry, LoadMode Mode);
}
