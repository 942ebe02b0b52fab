using Gpsi.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;
using YamlDotNet.RepresentationModel;

namespace Gpsi.Data.Yaml;

/// <summary>Loads the single YAML document of a file, turning syntax problems into diagnostics with a position.</summary>
internal static class YamlDocuments
{
    /// <summary>
    /// The root node of <paramref name="text"/>'s only document; null after an error (<c>prefix.yaml</c> for bad YAML
    /// or a second document, <c>prefix.empty</c> for none) naming <paramref name="emptyExpected"/> when empty.
    /// </summary>
    public static YamlNode? LoadSingle(TextReader text, YamlSource source, string emptyExpected)
    {
        var buffered = text.ReadToEnd();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(buffered));
        }
        catch (YamlException e)
        {
            source.Error(source.Code("yaml"), "The file is not valid YAML: " + e.Message, source.At(e.Start, null),
                null, "valid YAML or JSON");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 16 fails this way (without a position) on a flow collection that is never closed.
            var (mark, message) = Unclosed(buffered);
            source.Error(source.Code("yaml"), "The file is not valid YAML: " + message, source.At(mark, null), null,
                "valid YAML or JSON");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            source.Error(source.Code("empty"), $"The {Noun(source)} file is empty.",
                new SourceLocation(source.FileName, 1, 1), null, emptyExpected);
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode;
            source.Error(source.Code("yaml"), "The file holds more than one YAML document.", source.At(second, null),
                "---", $"one {Noun(source)} per file");
            return null;
        }

        return stream.Documents[0].RootNode;
    }

    private static string Noun(YamlSource source) =>
        source.DocumentName.StartsWith("the ", StringComparison.Ordinal) ? source.DocumentName[4..] : source.DocumentName;

    /// <summary>Finds the innermost flow collection ('[' or '{') left open.</summary>
    private static (Mark Mark, string Message) Unclosed(string text)
    {
        var open = new Stack<Token>();
        Token? last = null;
        var scanner = new Scanner(new StringReader(text));
        try
        {
            while (scanner.MoveNext())
            {
                last = scanner.Current;
                switch (last)
                {
                    case FlowSequenceStart or FlowMappingStart:
                        open.Push(last);
                        break;
                    case FlowSequenceEnd or FlowMappingEnd when open.Count > 0:
                        open.Pop();
                        break;
                }
            }
        }
        catch (Exception e) when (e is InvalidOperationException or YamlException)
        {
            // The scanner stops where the parser did; what is open then is the culprit.
        }

        if (open.TryPeek(out var token))
        {
            var bracket = token is FlowSequenceStart ? "'['" : "'{'";
            return (token.Start, $"{bracket} is never closed.");
        }

        return (last?.Start ?? Mark.Empty, "unexpected structure.");
    }
}
