using Orchestrator.States.Timing;

namespace Orchestrator.States.Intrinsics;

/// <summary>
/// What intrinsic functions may draw on besides their arguments: the run's seeded random source,
/// used by <c>States.UUID</c> and by <c>States.MathRandom</c> when no seed argument is given.
/// </summary>
public sealed record IntrinsicContext(SeededRandom Random);
