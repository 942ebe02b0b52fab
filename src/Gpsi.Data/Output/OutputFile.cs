namespace Gpsi.Data.Output;

/// <summary>One file of an output folder: its name (no directories) and its exact bytes.</summary>
/// <param name="Name">The file name, e.g. <c>rankings.csv</c>; a plain name, never a path.</param>
/// <param name="Content">The bytes written (UTF-8 without a byte-order mark for text files).</param>
public sealed record OutputFile(string Name, byte[] Content);
