using System.Text.Json.Nodes;
using Orchestrator.States.Integrations;
using Orchestrator.States.Model;

namespace Orchestrator.States.Execution;

/// <summary>
/// Runs an inline Map state: ItemsPath must give an array; each item (through ItemSelector with
/// <c>$$.Map.Item</c>) runs the item processor, at most MaxConcurrency at a time (0 = no limit
/// beyond AWS's 40 concurrent inline iterations). Results keep item order. The first failed
/// iteration aborts the rest and fails the state with its error.
/// </summary>
internal sealed class MapRun(BranchRun branch, State state, JsonNode? input) : StateRun(branch, state, input), IBranchOwner
{
    /// <summary>AWS: an inline Map runs at most 40 iterations concurrently.</summary>
    public const int InlineConcurrencyLimit = 40;

    private readonly List<BranchRun> _running = [];
    private JsonArray _items = [];
    private JsonNode?[] _results = [];
    private JsonNode? _effective;
    private int _limit;
    private int _next;
    private int _completed;

    private MapState Map => (MapState)State;

    public override void Cancel(TaskCancellationReason reason)
    {
        base.Cancel(reason);
        StopAll(reason);
    }

    public void OnBranchSucceeded(BranchRun branch, JsonNode? output) => Guard(() =>
    {
        if (!_running.Remove(branch))
        {
            return;
        }

        _results[branch.Index] = output;
        _completed++;
        RecordIteration("MapIterationSucceeded", branch);
        if (_completed == _results.Length)
        {
            Branch.LastEventId = Execution.LastEventId;
            Record(new HistoryEvent { Type = "MapStateSucceeded" });
            var array = new JsonArray();
            foreach (var result in _results)
            {
                array.Add(result?.Parent is null ? result : result.DeepClone());
            }

            CompleteWork(array);
            return;
        }

        StartIterations();
    });

    public void OnBranchFailed(BranchRun branch, string error, string? cause) => Guard(() =>
    {
        if (!_running.Remove(branch))
        {
            return;
        }

        RecordIteration("MapIterationFailed", branch);
        foreach (var other in _running)
        {
            RecordIteration("MapIterationAborted", other);
        }

        StopAll(TaskCancellationReason.BranchAborted);
        Branch.LastEventId = Execution.LastEventId;
        Record(new HistoryEvent { Type = "MapStateFailed" });
        Fail(error, cause);
    });

    protected override void Execute()
    {
        var map = Map;
        var context = ContextIfUsed();
        _effective = map.InputPath.Select(RawInput, context);
        var items = map.ItemsPath.Select(_effective, context);
        if (items is not JsonArray array)
        {
            throw new StatesException(StatesErrorNames.Runtime, ErrorCauses.MapInputNotArray(items?.ToJsonString() ?? "null"));
        }

        var concurrency = map.MaxConcurrency;
        if (map.MaxConcurrencyPath is { } path)
        {
            if (!path.TryEvaluate(_effective, context, out var value))
            {
                throw new StatesException(StatesErrorNames.Runtime, Paths.PathErrors.InvalidPath(path, path.Root(_effective, context)));
            }

            // Recorded on AWS: a numeric string ("1", from a variable) is accepted; "NoNumber" is not.
            if (!(JsonScalars.TryGetInteger(value, out var parsed)
                    || (JsonScalars.TryGetString(value, out var text) && long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out parsed)))
                || parsed < 0)
            {
                throw new StatesException(StatesErrorNames.Runtime, ErrorCauses.NotAnInteger("MaxConcurrencyPath", path.Text, value));
            }

            concurrency = (int)Math.Min(parsed, int.MaxValue);
        }

        _items = array;
        _limit = concurrency == 0 ? InlineConcurrencyLimit : Math.Min(concurrency, InlineConcurrencyLimit);
        _results = new JsonNode?[array.Count];
        _next = 0;
        _completed = 0;
        _running.Clear();
        Record(new HistoryEvent { Type = "MapStateStarted", Length = array.Count });
        if (array.Count == 0)
        {
            Record(new HistoryEvent { Type = "MapStateSucceeded" });
            CompleteWork(new JsonArray());
            return;
        }

        StartIterations();
    }

    protected override void Retry()
    {
        StopAll(TaskCancellationReason.BranchAborted);
        Execute();
    }

    private void StartIterations()
    {
        var map = Map;
        while (_running.Count < _limit && _next < _items.Count)
        {
            var index = _next++;
            var item = _items[index];
            var itemInput = map.Parameters is null
                ? item
                : map.Parameters.Apply(_effective, ContextObject.Build(this, itemIndex: index, itemValue: item), Execution.Intrinsics);
            var iteration = new BranchRun(Execution, map.ItemProcessor, this, index);
            _running.Add(iteration);
            Branch.LastEventId = Execution.LastEventId;
            iteration.LastEventId = Record(new HistoryEvent
            {
                Type = "MapIterationStarted", Name = State.Name, Index = index,
            });
            iteration.Goto(map.ItemProcessor.Start, itemInput);
        }
    }

    private void RecordIteration(string type, BranchRun iteration) =>
        Execution.Record(iteration, new HistoryEvent { Type = type, Name = State.Name, Index = iteration.Index });

    private void StopAll(TaskCancellationReason reason)
    {
        foreach (var iteration in _running)
        {
            iteration.Stop(reason);
        }

        _running.Clear();
    }
}
