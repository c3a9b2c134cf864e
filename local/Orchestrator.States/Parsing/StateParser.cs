using System.Text.Json.Nodes;
using Orchestrator.States.Integrations;
using Orchestrator.States.Model;
using Orchestrator.States.Paths;

namespace Orchestrator.States.Parsing;

/// <summary>Parses one state object into its model type, checking the fields its type allows.</summary>
internal static class StateParser
{
    public static State? Parse(string name, JsonObject obj, string path, ParseContext context)
    {
        var reader = new FieldReader(obj, path, context);
        var typeName = reader.String("Type", required: true);
        if (typeName is null)
        {
            return null;
        }

        if (!Enum.TryParse<StateType>(typeName, ignoreCase: false, out var type) || !Enum.IsDefined(type) || typeName != type.ToString())
        {
            reader.Error("Type", $"SCHEMA_VALIDATION_FAILED: Unknown state type '{typeName}' (expected Task, Pass, Choice, Wait, Succeed, Fail, Parallel or Map).");
            return null;
        }

        reader.RejectUnknown(StateFields.For(type), $"a {type} state");
        DefinitionParser.CheckQueryLanguage(reader);
        var (next, end) = type is StateType.Choice or StateType.Succeed or StateType.Fail ? (null, type != StateType.Choice) : Transition(reader);
        var usesContext = obj.ToJsonString().Contains("$$", StringComparison.Ordinal);
        State? state = type switch
        {
            StateType.Pass => new PassState(name, obj)
            {
                Parameters = reader.Template("Parameters"),
                Result = obj["Result"]?.DeepClone(),
                HasResult = obj.ContainsKey("Result"),
                ResultPath = reader.ResultPath(),
                Next = next, End = end, Comment = reader.String("Comment"), UsesContext = usesContext,
                InputPath = reader.InputOutput("InputPath"), OutputPath = reader.InputOutput("OutputPath"),
            },
            StateType.Succeed => new SucceedState(name, obj)
            {
                End = true, Comment = reader.String("Comment"), UsesContext = usesContext,
                InputPath = reader.InputOutput("InputPath"), OutputPath = reader.InputOutput("OutputPath"),
            },
            StateType.Fail => Fail(name, reader, usesContext),
            StateType.Wait => Wait(name, reader, next, end, usesContext),
            StateType.Choice => ChoiceParser.Parse(name, reader, usesContext),
            StateType.Task => Task(name, reader, next, end, usesContext),
            StateType.Parallel => ParallelParser.Parse(name, reader, next, end, usesContext),
            StateType.Map => MapParser.Parse(name, reader, next, end, usesContext),
            _ => throw new InvalidOperationException($"State type {type} has no parser."),
        };
        if (state is not null && type is not (StateType.Succeed or StateType.Fail))
        {
            state.Assign = AssignParser.Read(reader);
        }

        return state;
    }

    private static (string? Next, bool End) Transition(FieldReader reader)
    {
        var next = reader.String("Next");
        var end = reader.Boolean("End") ?? false;
        if (next is not null && end)
        {
            reader.Error("End", "SCHEMA_VALIDATION_FAILED: A state cannot have both Next and End: true.");
        }
        else if (next is null && !end && !reader.Has("Next"))
        {
            reader.Context.Add(reader.At("Next"), "SCHEMA_VALIDATION_FAILED: The state needs either Next or End: true.");
        }

        return (next, end);
    }

    private static FailState Fail(string name, FieldReader reader, bool usesContext)
    {
        foreach (var (literal, pathField) in new[] { ("Error", "ErrorPath"), ("Cause", "CausePath") })
        {
            if (reader.Has(literal) && reader.Has(pathField))
            {
                reader.Error(pathField, $"SCHEMA_VALIDATION_FAILED: A Fail state cannot have both {literal} and {pathField}.");
            }
        }

        return new FailState(name, reader.Object)
        {
            Error = reader.String("Error"),
            Cause = reader.String("Cause"),
            ErrorPath = DynamicValue(reader, "ErrorPath"),
            CausePath = DynamicValue(reader, "CausePath"),
            End = true, Comment = reader.String("Comment"), UsesContext = usesContext,
        };
    }

    /// <summary>ErrorPath/CausePath: a path or intrinsic call, held as a one-key template
    /// <c>{"v.$": text}</c> so the template evaluator handles both.</summary>
    private static PayloadTemplate? DynamicValue(FieldReader reader, string field)
    {
        var text = reader.String(field);
        return text is null ? null : reader.ParseTemplate(field, new JsonObject { ["v.$"] = text });
    }

    private static WaitState Wait(string name, FieldReader reader, string? next, bool end, bool usesContext)
    {
        var given = new[] { "Seconds", "Timestamp", "SecondsPath", "TimestampPath" }.Where(reader.Has).ToList();
        if (given.Count != 1)
        {
            reader.Context.Add(reader.Path, $"SCHEMA_VALIDATION_FAILED: A Wait state needs exactly one of Seconds, Timestamp, SecondsPath, TimestampPath{(given.Count == 0 ? string.Empty : $" (found {string.Join(", ", given)})")}.");
        }

        DateTimeOffset? timestamp = null;
        if (reader.String("Timestamp") is { } text)
        {
            if (JsonScalars.TryParseTimestamp(text, out var parsed))
            {
                timestamp = parsed;
            }
            else
            {
                reader.Error("Timestamp", $"SCHEMA_VALIDATION_FAILED: '{text}' is not an RFC 3339 timestamp such as 2026-01-01T00:00:00Z.");
            }
        }

        return new WaitState(name, reader.Object)
        {
            Seconds = reader.Integer("Seconds", 0),
            Timestamp = timestamp,
            SecondsPath = reader.JsonPath("SecondsPath"),
            TimestampPath = reader.JsonPath("TimestampPath"),
            Next = next, End = end, Comment = reader.String("Comment"), UsesContext = usesContext,
            InputPath = reader.InputOutput("InputPath"), OutputPath = reader.InputOutput("OutputPath"),
        };
    }

    private static TaskState? Task(string name, FieldReader reader, string? next, bool end, bool usesContext)
    {
        var arn = reader.String("Resource", required: true);
        ResourceArn? resource = null;
        if (arn is not null && !ResourceArn.TryParse(arn, out resource, out var problem))
        {
            reader.Error("Resource", $"INVALID_RESOURCE: {problem}");
        }

        var timeout = reader.Integer("TimeoutSeconds", 1);
        var heartbeat = reader.Integer("HeartbeatSeconds", 1);
        foreach (var field in new[] { "TimeoutSeconds", "HeartbeatSeconds" })
        {
            if (reader.Has(field) && reader.Has(field + "Path"))
            {
                reader.Error(field + "Path", $"SCHEMA_VALIDATION_FAILED: A Task cannot have both {field} and {field}Path.");
            }
        }

        if (timeout is { } t && heartbeat is { } h && h >= t)
        {
            reader.Error("HeartbeatSeconds", "SCHEMA_VALIDATION_FAILED: HeartbeatSeconds must be smaller than TimeoutSeconds.");
        }

        return resource is null ? null : new TaskState(name, reader.Object, resource)
        {
            TimeoutSeconds = (int?)timeout,
            TimeoutSecondsPath = reader.JsonPath("TimeoutSecondsPath"),
            HeartbeatSeconds = (int?)heartbeat,
            HeartbeatSecondsPath = reader.JsonPath("HeartbeatSecondsPath"),
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
