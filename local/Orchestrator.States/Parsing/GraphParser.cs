using System.Text.Json.Nodes;
using Orchestrator.States.Model;

namespace Orchestrator.States.Parsing;

/// <summary>Parses a {StartAt, States} object (the machine, a Parallel branch, a Map processor),
/// then links every transition and checks that each state is reachable from StartAt.</summary>
internal static class GraphParser
{
    /// <summary>AWS: state names are at most 80 characters.</summary>
    public const int MaxNameLength = 80;

    public static StateGraph? Parse(JsonObject obj, string path, ParseContext context, IReadOnlySet<string> allowed, string owner)
    {
        var reader = new FieldReader(obj, path, context);
        reader.RejectUnknown(allowed, owner);
        var startAt = reader.String("StartAt", required: true);
        if (obj["States"] is not JsonObject statesObj || statesObj.Count == 0)
        {
            reader.Error("States", "SCHEMA_VALIDATION_FAILED: States is required: a non-empty object of states.");
            return null;
        }

        var statesPath = reader.At("States");
        var states = new Dictionary<string, State>(StringComparer.Ordinal);
        var complete = true;
        foreach (var (name, node) in statesObj)
        {
            var statePath = ParseContext.Member(statesPath, name);
            if (name.Length is 0 or > MaxNameLength)
            {
                context.Add(statePath, $"SCHEMA_VALIDATION_FAILED: A state name must be 1 to {MaxNameLength} characters long (this one has {name.Length}).");
            }

            if (!context.StateNames.Add(name))
            {
                context.Add(statePath, $"DUPLICATE_STATE_NAME: Duplicate state name '{name}' (names are unique across the whole state machine).");
            }

            if (node is not JsonObject stateObj)
            {
                context.Add(statePath, "SCHEMA_VALIDATION_FAILED: A state must be an object.");
                complete = false;
                continue;
            }

            if (StateParser.Parse(name, stateObj, statePath, context) is { } state)
            {
                states[name] = state;
            }
            else
            {
                complete = false;
            }
        }

        if (startAt is not null && !statesObj.ContainsKey(startAt))
        {
            reader.Error("StartAt", $"MISSING_TRANSITION_TARGET: StartAt names '{startAt}', which is not one of these States.");
            return null;
        }

        if (startAt is null || !complete)
        {
            return null;
        }

        Link(states, statesPath, context);
        CheckReachable(states, startAt, statesPath, context);
        if (!states.Values.Any(s => s.End))
        {
            context.Add(statesPath, "MISSING_END_STATE: No state ends the workflow (End: true, Succeed or Fail).");
        }

        return new StateGraph(startAt, states);
    }

    private static void Link(Dictionary<string, State> states, string statesPath, ParseContext context)
    {
        State? Resolve(string target, string field, string at)
        {
            if (states.TryGetValue(target, out var found))
            {
                return found;
            }

            context.Add(at, $"MISSING_TRANSITION_TARGET: {field} names '{target}', which is not a state here.");
            return null;
        }

        foreach (var state in states.Values)
        {
            var at = ParseContext.Member(statesPath, state.Name);
            if (state.Next is { } next)
            {
                state.NextState = Resolve(next, "Next", ParseContext.Member(at, "Next"));
            }

            if (state is ChoiceState choice)
            {
                for (var i = 0; i < choice.Choices.Count; i++)
                {
                    if (choice.Choices[i].Next is { } ruleNext)
                    {
                        choice.Choices[i].NextState = Resolve(ruleNext, "Next", $"{at}.Choices[{i}].Next");
                    }
                }

                if (choice.Default is { } fallback)
                {
                    choice.DefaultState = Resolve(fallback, "Default", ParseContext.Member(at, "Default"));
                }
            }

            if (state is WorkState work)
            {
                for (var i = 0; i < work.Catch.Count; i++)
                {
                    work.Catch[i].NextState = Resolve(work.Catch[i].Next, "Next", $"{at}.Catch[{i}].Next");
                }
            }
        }
    }

    private static void CheckReachable(Dictionary<string, State> states, string startAt, string statesPath, ParseContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { startAt };
        var queue = new Queue<State>([states[startAt]]);
        while (queue.TryDequeue(out var state))
        {
            foreach (var target in Targets(state))
            {
                if (seen.Add(target.Name))
                {
                    queue.Enqueue(target);
                }
            }
        }

        foreach (var name in states.Keys.Where(n => !seen.Contains(n)))
        {
            context.Add(ParseContext.Member(statesPath, name), $"UNREACHABLE_STATE: State '{name}' is not reachable from StartAt.");
        }
    }

    private static IEnumerable<State> Targets(State state)
    {
        if (state.NextState is { } next)
        {
            yield return next;
        }

        if (state is ChoiceState choice)
        {
            foreach (var rule in choice.Choices)
            {
                if (rule.NextState is { } target)
                {
                    yield return target;
                }
            }

            if (choice.DefaultState is { } fallback)
            {
                yield return fallback;
            }
        }

        if (state is WorkState work)
        {
            foreach (var catcher in work.Catch)
            {
                if (catcher.NextState is { } target)
                {
                    yield return target;
                }
            }
        }
    }
}
