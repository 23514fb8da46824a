namespace CrmKpi;

/// <summary>The steady state of an Erlang A queue (M/M/n+M), as computed by <see cref="Staffing.ErlangA(double, int, NodaTime.Duration, NodaTime.Duration)"/>.</summary>
/// <param name="ProbabilityOfWaiting">The share of arriving calls that find every agent busy and queue, in [0, 1].</param>
/// <param name="ProbabilityOfAbandonment">The share of arriving calls that hang up before being answered, in [0, 1].</param>
/// <param name="AverageQueueLength">The mean number of calls waiting in the queue.</param>
/// <param name="AverageWaitSeconds">The mean seconds an arriving call spends in the queue (answered or abandoned; 0 for calls answered at once).</param>
public readonly record struct ErlangAResult(double ProbabilityOfWaiting, double ProbabilityOfAbandonment, double AverageQueueLength, double AverageWaitSeconds);
