using Orchestrator.States.Model;

namespace Orchestrator.States.Parsing;

/// <summary>The fields each state type accepts (Amazon States Language, JSONPath).</summary>
internal static class StateFields
{
    private static readonly string[] Common = ["Type", "Comment", "QueryLanguage"];
    private static readonly string[] Flow = ["Next", "End", "InputPath", "OutputPath"];
    private static readonly string[] Assign = ["Assign"];
    private static readonly string[] Work = ["Parameters", "ResultSelector", "ResultPath", "Retry", "Catch"];

    public static readonly IReadOnlySet<string> Task = Set(Common, Flow, Work, Assign,
        ["Resource", "TimeoutSeconds", "TimeoutSecondsPath", "HeartbeatSeconds", "HeartbeatSecondsPath", "Credentials"]);

    public static readonly IReadOnlySet<string> Pass = Set(Common, Flow, Assign, ["Parameters", "Result", "ResultPath"]);

    public static readonly IReadOnlySet<string> Choice = Set(Common, Assign, ["InputPath", "OutputPath", "Choices", "Default"]);

    public static readonly IReadOnlySet<string> Wait = Set(Common, Flow, Assign, ["Seconds", "Timestamp", "SecondsPath", "TimestampPath"]);

    public static readonly IReadOnlySet<string> Succeed = Set(Common, ["InputPath", "OutputPath"]);

    public static readonly IReadOnlySet<string> Fail = Set(Common, ["Error", "Cause", "ErrorPath", "CausePath"]);

    public static readonly IReadOnlySet<string> Parallel = Set(Common, Flow, Work, Assign, ["Branches"]);

    public static readonly IReadOnlySet<string> Map = Set(Common, Flow, Work, Assign,
        ["ItemProcessor", "Iterator", "ItemSelector", "ItemsPath", "MaxConcurrency", "MaxConcurrencyPath",
         .. DistributedMapParser.Fields]);

    public static readonly IReadOnlySet<string> Machine = Set(["Comment", "StartAt", "States", "TimeoutSeconds", "Version", "QueryLanguage"]);

    public static readonly IReadOnlySet<string> Branch = Set(["Comment", "StartAt", "States"]);

    public static readonly IReadOnlySet<string> ItemProcessor = Set(["Comment", "StartAt", "States", "ProcessorConfig"]);

    public static readonly IReadOnlySet<string> Retrier = Set(["ErrorEquals", "IntervalSeconds", "MaxAttempts", "BackoffRate", "MaxDelaySeconds", "JitterStrategy", "Comment"]);

    public static readonly IReadOnlySet<string> Catcher = Set(["ErrorEquals", "Next", "ResultPath", "Comment", "Assign"]);

    public static IReadOnlySet<string> For(StateType type) => type switch
    {
        StateType.Task => Task,
        StateType.Pass => Pass,
        StateType.Choice => Choice,
        StateType.Wait => Wait,
        StateType.Succeed => Succeed,
        StateType.Fail => Fail,
        StateType.Parallel => Parallel,
        StateType.Map => Map,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "no field list for this state type"),
    };

    private static HashSet<string> Set(params string[][] groups) =>
        new(groups.SelectMany(g => g), StringComparer.Ordinal);
}
