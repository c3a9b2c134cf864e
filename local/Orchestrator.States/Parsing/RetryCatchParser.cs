using System.Text.Json.Nodes;
using Orchestrator.States.Model;

namespace Orchestrator.States.Parsing;

/// <summary>Parses Retry and Catch arrays: ErrorEquals non-empty, States.ALL alone and in the last
/// entry, and each retrier's numbers in AWS's ranges.</summary>
internal static class RetryCatchParser
{
    public static IReadOnlyList<Retrier> Retry(FieldReader state)
    {
        var list = new List<Retrier>();
        foreach (var (entry, index, count) in Entries(state, "Retry"))
        {
            var reader = new FieldReader(entry, $"{state.At("Retry")}[{index}]", state.Context);
            reader.RejectUnknown(StateFields.Retrier, "a Retrier");
            var errors = ErrorEquals(reader, index == count - 1, "Retrier");
            var jitter = reader.String("JitterStrategy");
            if (jitter is not null and not "FULL" and not "NONE")
            {
                reader.Error("JitterStrategy", $"SCHEMA_VALIDATION_FAILED: JitterStrategy must be FULL or NONE, not '{jitter}'.");
            }

            list.Add(new Retrier(errors)
            {
                IntervalSeconds = (int)(reader.Integer("IntervalSeconds", 1) ?? 1),
                MaxAttempts = (int)(reader.Integer("MaxAttempts", 0) ?? 3),
                BackoffRate = reader.Number("BackoffRate", 1.0) ?? 2.0,
                MaxDelaySeconds = (int?)reader.Integer("MaxDelaySeconds", 1, 31_622_400),
                FullJitter = jitter == "FULL",
            });
        }

        return list;
    }

    public static IReadOnlyList<Catcher> Catch(FieldReader state)
    {
        var list = new List<Catcher>();
        foreach (var (entry, index, count) in Entries(state, "Catch"))
        {
            var reader = new FieldReader(entry, $"{state.At("Catch")}[{index}]", state.Context);
            reader.RejectUnknown(StateFields.Catcher, "a Catcher");
            var errors = ErrorEquals(reader, index == count - 1, "Catcher");
            var next = reader.String("Next", required: true) ?? string.Empty;
            list.Add(new Catcher(errors, next) { ResultPath = reader.ResultPath(), Assign = AssignParser.Read(reader) });
        }

        return list;
    }

    private static IEnumerable<(JsonObject Entry, int Index, int Count)> Entries(FieldReader state, string field)
    {
        if (!state.Object.TryGetPropertyValue(field, out var node))
        {
            yield break;
        }

        if (node is not JsonArray array)
        {
            state.Error(field, $"SCHEMA_VALIDATION_FAILED: The field '{field}' must be an array.");
            yield break;
        }

        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonObject entry)
            {
                yield return (entry, i, array.Count);
            }
            else
            {
                state.Context.Add($"{state.At(field)}[{i}]", $"SCHEMA_VALIDATION_FAILED: Each {field} entry must be an object.");
            }
        }
    }

    private static string[] ErrorEquals(FieldReader reader, bool isLast, string owner)
    {
        if (reader.Object["ErrorEquals"] is not JsonArray array || array.Count == 0)
        {
            reader.Error("ErrorEquals", "SCHEMA_VALIDATION_FAILED: ErrorEquals is required: a non-empty array of error names.");
            return [];
        }

        var names = new List<string>();
        for (var i = 0; i < array.Count; i++)
        {
            if (!JsonScalars.TryGetString(array[i], out var name) || name.Length == 0)
            {
                reader.Context.Add($"{reader.At("ErrorEquals")}[{i}]", "SCHEMA_VALIDATION_FAILED: An error name must be a non-empty string.");
                continue;
            }

            names.Add(name);
        }

        if (names.Contains(StatesErrorNames.All) && (names.Count > 1 || !isLast))
        {
            reader.Error("ErrorEquals", $"SCHEMA_VALIDATION_FAILED: States.ALL must appear alone in its ErrorEquals and only in the last {owner}.");
        }

        return [.. names];
    }
}
