using System.Text.Json.Nodes;
using Orchestrator.States.Model;

namespace Orchestrator.States.Parsing;

/// <summary>Parses a Parallel state: Branches, a non-empty array of {StartAt, States}.</summary>
internal static class ParallelParser
{
    public static ParallelState? Parse(string name, FieldReader reader, string? next, bool end, bool usesContext)
    {
        var branches = new List<StateGraph>();
        if (reader.Object["Branches"] is not JsonArray array || array.Count == 0)
        {
            reader.Error("Branches", "SCHEMA_VALIDATION_FAILED: A Parallel state needs Branches: a non-empty array.");
            return null;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var path = $"{reader.At("Branches")}[{i}]";
            if (array[i] is not JsonObject branch)
            {
                reader.Context.Add(path, "SCHEMA_VALIDATION_FAILED: A branch must be an object with StartAt and States.");
                continue;
            }

            if (GraphParser.Parse(branch, path, reader.Context, StateFields.Branch, "a Parallel branch") is { } graph)
            {
                branches.Add(graph);
            }
        }

        return branches.Count != array.Count ? null : new ParallelState(name, reader.Object, branches)
        {
            Parameters = reader.Template("Parameters"),
            ResultSelector = reader.Template("ResultSelector"),
            ResultPath = reader.ResultPath(),
            Retry = RetryCatchParser.Retry(reader),
            Catch = RetryCatchParser.Catch(reader),
            Next = next, End = end, Comment = reader.String("Comment"), UsesContext = usesContext,
            InputPath = reader.InputOutput("InputPath"), OutputPath = reader.InputOutput("OutputPath"),
        };
    }
}
