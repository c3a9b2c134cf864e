using System.Text.Json.Nodes;

namespace Orchestrator.States.Paths;

/// <summary>
/// The steps of a path and how to evaluate them: definite paths walk one node per step with no
/// allocation; indefinite ones collect every match into a new array (copies, in document order).
/// </summary>
internal sealed class CompiledPath
{
    private readonly PathSegment[] _segments;
    private readonly NameUnionSegment? _leafMerge;

    public CompiledPath(PathSegment[] segments)
    {
        _segments = segments;
        var allDefinite = Array.TrueForAll(segments, s => s.IsDefinite);
        var prefixDefinite = segments.Length > 0;
        for (var i = 0; i < segments.Length - 1; i++)
        {
            prefixDefinite &= segments[i].IsDefinite;
        }

        IsSimple = allDefinite;
        _leafMerge = !allDefinite && prefixDefinite && segments[^1] is NameUnionSegment union ? union : null;
        IsDefinite = allDefinite || _leafMerge is not null;
        IsReference = Array.TrueForAll(segments, s => s is NameSegment or IndexSegment);
    }

    public IReadOnlyList<PathSegment> Segments => _segments;

    /// <summary>Only names and single indexes (Jayway treats a trailing <c>['a','b']</c> as definite too).</summary>
    public bool IsDefinite { get; }

    /// <summary>Every step is a name or a single index: the path addresses one node.</summary>
    public bool IsSimple { get; }

    /// <summary>Only <c>.name</c>, <c>['name']</c> and <c>[n]</c> steps, as AWS requires of reference paths.</summary>
    public bool IsReference { get; }

    /// <summary>Evaluates from <paramref name="start"/>; <paramref name="root"/> serves <c>$</c> inside filters.</summary>
    /// <returns>False when a definite path matches nothing; indefinite paths always succeed, maybe with an empty array.</returns>
    public bool TryEvaluate(JsonNode? start, JsonNode? root, out JsonNode? result)
    {
        if (IsSimple)
        {
            var node = start;
            foreach (var segment in _segments)
            {
                if (!segment.TrySelectOne(node, out node))
                {
                    result = null;
                    return false;
                }
            }

            result = node;
            return true;
        }

        if (_leafMerge is not null)
        {
            var node = start;
            for (var i = 0; i < _segments.Length - 1; i++)
            {
                if (!_segments[i].TrySelectOne(node, out node))
                {
                    result = null;
                    return false;
                }
            }

            result = _leafMerge.Merge(node);
            return result is not null;
        }

        var current = new List<JsonNode?> { start };
        var next = new List<JsonNode?>();
        foreach (var segment in _segments)
        {
            next.Clear();
            foreach (var node in current)
            {
                segment.Select(node, root, next);
            }

            (current, next) = (next, current);
        }

        var array = new JsonArray();
        foreach (var node in current)
        {
            array.Add(node?.DeepClone());
        }

        result = array;
        return true;
    }
}
