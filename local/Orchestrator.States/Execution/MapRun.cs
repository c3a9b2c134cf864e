using System.Text.Json.Nodes;
using Orchestrator.States.Integrations;
using Orchestrator.States.Model;

namespace Orchestrator.States.Execution;

/// <summary>
/// Runs a Map state: ItemsPath must give an array; each item (through ItemSelector with
/// <c>$$.Map.Item</c>) runs the item processor, at most MaxConcurrency at a time (0 = no limit
/// beyond AWS's 40 concurrent inline iterations, 10,000 child workflows in Distributed mode).
/// Results keep item order. Inline, the first failed iteration aborts the rest and fails the state
/// with its error; Distributed, failed items count against the tolerated failure thresholds
/// (<see cref="MapTolerance"/>), and ItemBatcher groups items (<see cref="ItemBatches"/>).
/// </summary>
internal sealed class MapRun(BranchRun branch, State state, JsonNode? input) : StateRun(branch, state, input), IBranchOwner
{
    /// <summary>AWS: an inline Map runs at most 40 iterations concurrently.</summary>
    public const int InlineConcurrencyLimit = 40;

    /// <summary>AWS: a Distributed Map runs at most 10,000 child workflows concurrently.</summary>
    public const int DistributedConcurrencyLimit = 10_000;

    private MapTolerance? _tolerance;
    private bool _batched;
    private int _failed;

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
        RecordIteration("MapIterationSucceeded", branch);
        ItemDone();
    });

    public void OnBranchFailed(BranchRun branch, string error, string? cause) => Guard(() =>
    {
        if (!_running.Remove(branch))
        {
            return;
        }

        RecordIteration("MapIterationFailed", branch);
        if (_tolerance is not null)
        {
            // Distributed: a failed child is tolerated up to the thresholds; its slot holds the error output (derived).
            if (!_tolerance.Exceeded(++_failed, _results.Length))
            {
                _results[branch.Index] = new JsonObject { ["Error"] = error, ["Cause"] = cause };
                ItemDone();
                return;
            }

            (error, cause) = (StatesErrorNames.ExceedToleratedFailureThreshold, ErrorCauses.ToleratedFailureExceeded);
        }

        foreach (var other in _running)
        {
            RecordIteration("MapIterationAborted", other);
        }

        StopAll(TaskCancellationReason.BranchAborted);
        Branch.LastEventId = Execution.LastEventId;
        if (_tolerance is not null)
        {
            Record(new HistoryEvent { Type = "MapRunFailed" });
        }

        Record(new HistoryEvent { Type = "MapStateFailed" });
        Fail(error, cause);
    });

    /// <summary>An integer, or a string holding one (AWS accepts "1" from a *Path, as recorded).</summary>
    internal static bool TryInteger(JsonNode? value, out long parsed) =>
        JsonScalars.TryGetInteger(value, out parsed)
        || (JsonScalars.TryGetString(value, out var text)
            && long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out parsed));

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
            var value = path.SelectOrFail(_effective, context);
            // Recorded on AWS: a numeric string ("1", from a variable) is accepted; "NoNumber" is not.
            if (!TryInteger(value, out var parsed) || parsed < 0)
            {
                throw new StatesException(StatesErrorNames.Runtime, ErrorCauses.NotAnInteger("MaxConcurrencyPath", path.Text, value));
            }

            concurrency = (int)Math.Min(parsed, int.MaxValue);
        }

        var distributed = map.Distributed;
        _tolerance = distributed is null ? null : MapTolerance.Resolve(distributed, _effective, context);
        var cap = distributed is null ? InlineConcurrencyLimit : DistributedConcurrencyLimit;
        _limit = concurrency == 0 ? cap : Math.Min(concurrency, cap);
        _batched = distributed?.ItemBatcher is not null;
        _items = _batched ? ItemBatches.Build(distributed!.ItemBatcher!, array, Select, _effective, context, Execution.Intrinsics) : array;
        _results = new JsonNode?[_items.Count];
        _next = 0;
        _completed = 0;
        _failed = 0;
        _running.Clear();
        Record(new HistoryEvent { Type = "MapStateStarted", Length = _items.Count });
        if (distributed is not null)
        {
            Record(new HistoryEvent { Type = "MapRunStarted" });
        }

        if (_items.Count == 0)
        {
            Finish();
            return;
        }

        StartIterations();
    }

    private void ItemDone()
    {
        if (++_completed == _results.Length)
        {
            Finish();
            return;
        }

        StartIterations();
    }

    private void Finish()
    {
        Branch.LastEventId = Execution.LastEventId;
        if (_tolerance is not null)
        {
            Record(new HistoryEvent { Type = "MapRunSucceeded" });
        }

        Record(new HistoryEvent { Type = "MapStateSucceeded" });
        var array = new JsonArray();
        foreach (var result in _results)
        {
            array.Add(result?.Parent is null ? result : result.DeepClone());
        }

        CompleteWork(array);
    }

    private JsonNode? Select(int index, JsonNode? item) =>
        Map.Parameters is null ? item : Map.Parameters.Apply(_effective, ContextObject.Build(this, itemIndex: index, itemValue: item), Execution.Intrinsics);

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
            var itemInput = _batched ? item : Select(index, item);
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
