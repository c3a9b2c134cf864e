namespace Orchestrator.Simulation.Services.Sqs;

/// <summary>
/// How the simulated SQS samples servers on a short poll (a ReceiveMessage with WaitTimeSeconds 0
/// on a queue without ReceiveMessageWaitTimeSeconds): "the ReceiveMessage request queries only a
/// subset of the servers (based on a weighted random distribution) … Amazon SQS sends the response
/// right away, even if the query found no messages"; a long poll "queries all of the servers"
/// (SQS Developer Guide, "Amazon SQS short and long polling").
/// </summary>
/// <remarks>
/// <para>Model: a standard queue's messages are spread evenly over <see cref="Servers"/> servers
/// (a message lives on server <c>sequence mod Servers</c>); each short poll samples every server
/// independently with probability <see cref="SampleRate"/>, drawn from the queue service's own
/// seeded random, and answers only with visible messages of the sampled servers. So a small queue
/// often answers with fewer messages than asked, or none, while a later short poll finds them ("if
/// you have fewer than 1,000 messages in your queue, a subsequent request will return your
/// messages"); with many messages on every server an answer is full as soon as one server is
/// sampled. FIFO queues are not sampled (their group order is kept exactly).</para>
/// <para>Off unless set (<see cref="SqsOptions.ShortPolling"/>), so runs without it draw exactly
/// as before.</para>
/// </remarks>
/// <param name="Servers">Servers a queue's messages are spread over (at least 1).</param>
/// <param name="SampleRate">Probability that a short poll queries a given server, in (0, 1].</param>
public sealed record ShortPolling(int Servers = 8, double SampleRate = 0.5)
{
    /// <summary>Throws when a value is outside its range.</summary>
    public ShortPolling Checked() =>
        Servers < 1 ? throw new ArgumentOutOfRangeException(nameof(Servers), Servers, "ShortPolling.Servers must be at least 1.")
        : SampleRate is <= 0 or > 1 ? throw new ArgumentOutOfRangeException(nameof(SampleRate), SampleRate, "ShortPolling.SampleRate must be above 0 and at most 1.")
        : this;
}
