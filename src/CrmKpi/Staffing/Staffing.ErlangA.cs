using System;
using System.Collections.Generic;
using System.Globalization;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class Staffing
{
    /// <summary>
    /// Erlang A (Palm's M/M/n+M queue): waiting and abandonment when callers have exponential patience.
    /// </summary>
    /// <param name="trafficErlangs">Offered traffic A = λ AHT in Erlangs. Finite, not negative.</param>
    /// <param name="agents">Agents n. Not negative.</param>
    /// <param name="averageHandleTime">Average handle time 1/μ. Greater than zero.</param>
    /// <param name="averagePatience">Average patience 1/θ: how long a caller would wait before hanging up. Greater than zero.</param>
    /// <returns>The probabilities of waiting and of abandoning, the mean queue length and the mean wait; all 0 with no traffic.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trafficErlangs"/> is negative, NaN or infinite, <paramref name="agents"/>
    /// is negative, or <paramref name="averageHandleTime"/> or <paramref name="averagePatience"/> is not positive; the queue the arguments
    /// imply would need more than 10^7 places to sum (named <paramref name="averagePatience"/>: patience far longer than the handle time
    /// under overload); or a handle time or patience so short that the rates per second it implies overflow (named by it).</exception>
    /// <remarks>
    /// <para>Model (Palm 1946; Garnett, Mandelbaum and Reiman 2002, "Designing a call center with impatient customers"):
    /// a birth-death chain on the number of calls k in the system with birth rate λ and death rate
    /// <c>min(k, n) μ + max(k - n, 0) θ</c>. With <c>B = B(n, A)</c> the Erlang B value and
    /// <c>r_m = prod_{j=1..m} λ / (n μ + j θ)</c>, the stationary probabilities relative to
    /// <c>sum_{k&lt;=n} π_k = 1</c> are <c>π_{n+m} = B r_m</c>, so with <c>S0 = sum_{m&gt;=0} r_m</c> and
    /// <c>S1 = sum_m m r_m</c>:
    /// <c>P(wait) = B S0 / (1 - B + B S0)</c>, <c>E[Q] = B S1 / (1 - B + B S0)</c>,
    /// <c>P(abandon) = θ E[Q] / λ</c> (abandonments per second over arrivals per second) and mean wait <c>E[Q] / λ</c> (Little's law).</para>
    /// <para>The sums run in log space with a running maximum, so heavy overload (λ far above n μ) and thousands of agents
    /// neither overflow nor underflow; the sum stops when the geometric bound of its remainder falls below 1e-17 of it.
    /// Allocates nothing. Unlike Erlang C, the queue is stable for any load, because callers leave.</para>
    /// <para>Catalog C13. As patience grows the result tends to Erlang C (waiting probability <see cref="ErlangC(double, int)"/>).</para>
    /// </remarks>
    public static ErlangAResult ErlangA(double trafficErlangs, int agents, Duration averageHandleTime, Duration averagePatience)
    {
        CheckErlangA(trafficErlangs, agents, averageHandleTime, averagePatience);
        double averageHandleSeconds = averageHandleTime.TotalSeconds, averagePatienceSeconds = averagePatience.TotalSeconds;
        if (trafficErlangs == 0)
        {
            return default;
        }

        ErlangAState state = ErlangAState.Create(trafficErlangs, agents, averageHandleSeconds, averagePatienceSeconds);
        double queue = state.ProbabilityOfWaiting * Math.Exp(state.LogS1 - state.LogS0);
        if (double.IsNaN(queue))
        {
            queue = 0;   // S1 = 0 (log -inf) over S0: nobody queues beyond the first place
        }

        if (queue == 0)
        {
            return new ErlangAResult(state.ProbabilityOfWaiting, 0, 0, 0);   // nobody queues, so nobody abandons or waits (and λ may have underflowed to 0)
        }

        double lambda = state.Lambda;
        return new ErlangAResult(state.ProbabilityOfWaiting, Math.Min(1.0, state.Theta * queue / lambda), queue, queue / lambda);
    }

    /// <summary>Erlang A service level: the share of arriving calls answered within a threshold (abandoned calls count as failures).</summary>
    /// <param name="trafficErlangs">Offered traffic A = λ AHT in Erlangs. Finite, not negative.</param>
    /// <param name="agents">Agents n. Not negative.</param>
    /// <param name="averageHandleTime">Average handle time 1/μ. Greater than zero.</param>
    /// <param name="averagePatience">Average patience 1/θ. Greater than zero.</param>
    /// <param name="threshold">The threshold T. Not negative.</param>
    /// <returns><c>P(answered and wait &lt;= T)</c> over all arrivals, in [0, 1]; 1 with no traffic.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trafficErlangs"/> is negative, NaN or infinite, <paramref name="agents"/>
    /// is negative, <paramref name="averageHandleTime"/> or <paramref name="averagePatience"/> is not positive, or <paramref name="threshold"/>
    /// is negative; the queue the arguments imply would need more than 10^7 places to sum (named <paramref name="averagePatience"/>); a handle
    /// time or patience so short that the rates per second it implies overflow (named by it); or the threshold is so long, for a queue that
    /// drains so slowly, that more than 10^8 units of work (a place update each, 16 per step) would be needed (named <paramref name="threshold"/>).</exception>
    /// <remarks>
    /// <para>A call that arrives to find m calls queued ahead reaches an agent when m + 1 places have cleared; with i calls
    /// ahead the next place clears at rate <c>n μ + i θ</c> while the caller's own patience runs out at rate θ. The service
    /// level is <c>P(no wait) + sum_m P(m ahead) P(served by T | m ahead)</c>, where the last factor is the transient
    /// absorption probability of that pure-death chain, computed by uniformization (a Poisson mixture of the
    /// discrete-time chain, truncated at 1e-15 of the Poisson mass). Cost O(K M) for K ≈ Λ T Poisson steps and M queue
    /// places; allocates one array of M doubles.</para>
    /// <para>Catalog C13. This is the definition with abandoned calls in the denominator
    /// (<see cref="ServiceLevelDefinition.AbandonedInDenominator"/>); as patience grows it tends to
    /// <see cref="ErlangCServiceLevel(double, int, Duration, Duration)"/>.</para>
    /// </remarks>
    public static double ErlangAServiceLevel(double trafficErlangs, int agents, Duration averageHandleTime, Duration averagePatience, Duration threshold)
    {
        CheckErlangA(trafficErlangs, agents, averageHandleTime, averagePatience);
        Guard.NotNegative(threshold);
        double averageHandleSeconds = averageHandleTime.TotalSeconds, averagePatienceSeconds = averagePatience.TotalSeconds;
        double thresholdSeconds = threshold.TotalSeconds;
        if (trafficErlangs == 0)
        {
            return 1.0;
        }

        ErlangAState state = ErlangAState.Create(trafficErlangs, agents, averageHandleSeconds, averagePatienceSeconds);
        double answeredAtOnce = 1 - state.ProbabilityOfWaiting;
        if (thresholdSeconds == 0 || state.ProbabilityOfWaiting == 0)
        {
            return answeredAtOnce;
        }

        // The arrival's place in the queue: P(m ahead) = B r_m / total for m = 0, 1, ...
        double[] ahead = state.PlaceProbabilities();
        double serviceRate = agents / averageHandleSeconds, theta = state.Theta;
        double uniform = serviceRate + (ahead.Length * theta);   // at least every state's total exit rate
        double mean = Math.Min(uniform * thresholdSeconds, double.MaxValue);   // an overflowing mean weighs every early step 0

        double served = 0, result = 0, poissonMass = 0, work = 0;
        double logWeight = -mean, logMean = Math.Log(mean);
        int maxSteps = (int)Math.Min(int.MaxValue - 1, mean + (12 * Math.Sqrt(mean)) + 50);
        for (int k = 0; k <= maxSteps; k++)
        {
            double weight = Math.Exp(logWeight);
            result += weight * served;
            poissonMass += weight;
            if (k > mean && 1 - poissonMass < 1e-15)
            {
                break;
            }

            // One step of the uniformized chain: from i ahead, move to i - 1 (or to an agent) or abandon.
            served += ahead[0] * serviceRate / uniform;
            double waiting = 0;
            for (int i = 0; i < ahead.Length; i++)
            {
                double stay = 1 - ((serviceRate + (i * theta) + theta) / uniform);
                double arrive = i + 1 < ahead.Length ? ahead[i + 1] * (serviceRate + ((i + 1) * theta)) / uniform : 0.0;
                ahead[i] = (ahead[i] * stay) + arrive;
                waiting += ahead[i];
            }

            logWeight += logMean - Math.Log(k + 1);
            if (waiting <= ErlangAState.RelativeTail * state.ProbabilityOfWaiting)
            {
                break;   // every queued caller has been served or has left: served no longer changes
            }

            work += ahead.Length + 16;   // the place updates plus the step's own exp and log
            if (work > ErlangAWorkLimit)
            {
                Guard.ThrowOutOfRange(nameof(threshold), threshold, string.Create(CultureInfo.InvariantCulture, $"needs more than {ErlangAWorkLimit:E0} steps of the queue model for this traffic, patience and handle time"));
            }
        }

        result += Math.Max(0.0, 1 - poissonMass) * served;
        return Math.Clamp(answeredAtOnce + result, 0.0, 1.0);
    }

    private static void CheckErlangA(double trafficErlangs, int agents, Duration averageHandleTime, Duration averagePatience)
    {
        Guard.FiniteNonNegative(trafficErlangs);
        Guard.NotNegative(agents);
        Guard.Positive(averageHandleTime);
        Guard.Positive(averagePatience);
        double averageHandleSeconds = averageHandleTime.TotalSeconds, averagePatienceSeconds = averagePatience.TotalSeconds;

        // The queue's stationary distribution peaks near (A - n) patience / AHT calls in queue and spreads over
        // about sqrt(A patience / AHT) places either side; its sums need about that many terms.
        double places = (Math.Max(0, trafficErlangs - agents) * (averagePatienceSeconds / averageHandleSeconds))
            + (10 * Math.Sqrt(trafficErlangs * (averagePatienceSeconds / averageHandleSeconds)));
        if (!(places <= ErlangAMaxPlaces))
        {
            ThrowTooManyPlaces(averagePatience);
        }

        // The chain's rates per second must be finite: the arrival rate, the service capacity and, over every queue place,
        // the abandonment rate (a handle time or patience near double.Epsilon makes them overflow).
        if (!double.IsFinite((trafficErlangs + agents) / averageHandleSeconds))
        {
            Guard.ThrowOutOfRange(nameof(averageHandleTime), averageHandleTime, "is so short that the call rates it implies overflow");
        }

        if (!double.IsFinite((agents / averageHandleSeconds) + ((places + 2) / averagePatienceSeconds)))
        {
            Guard.ThrowOutOfRange(nameof(averagePatience), averagePatience, "is so short that the abandonment rate it implies overflows");
        }
    }

    private static void ThrowTooManyPlaces(Duration averagePatience) =>
        Guard.ThrowOutOfRange(nameof(averagePatience), averagePatience, string.Create(CultureInfo.InvariantCulture, $"makes the queue, for this traffic and handle time, need more than {ErlangAMaxPlaces:E0} places to sum"));

    /// <summary>The most queue places the Erlang A sums may need (about a second of work); beyond it the call throws.</summary>
    private const double ErlangAMaxPlaces = 1e7;

    /// <summary>The most work (place updates, 16 units per step) <see cref="ErlangAServiceLevel"/> may do before it throws: about a quarter of a second.</summary>
    private const double ErlangAWorkLimit = 1e8;

    /// <summary>The log-space sums of an Erlang A queue and the probability of waiting derived from them.</summary>
    private readonly struct ErlangAState
    {
        /// <summary>Where a sum stops: its remainder is below this share of it.</summary>
        public const double RelativeTail = 1e-17;

        private ErlangAState(double lambda, double serviceCapacity, double theta, double logB, double oneMinusB, double logS0, double logS1)
        {
            Lambda = lambda;
            ServiceCapacity = serviceCapacity;
            Theta = theta;
            LogB = logB;
            LogS0 = logS0;
            LogS1 = logS1;
            double x = logB + logS0;   // log(B S0)
            ProbabilityOfWaiting = 1 / (1 + (oneMinusB * Math.Exp(-x)));
            LogTotal = x > 0 ? x + Math.Log(1 + (oneMinusB * Math.Exp(-x))) : Math.Log(oneMinusB + Math.Exp(x));
        }

        public double Lambda { get; }

        public double ServiceCapacity { get; }

        public double Theta { get; }

        public double LogB { get; }

        public double LogS0 { get; }

        public double LogS1 { get; }

        public double LogTotal { get; }

        public double ProbabilityOfWaiting { get; }

        public static ErlangAState Create(double traffic, int agents, double aht, double patience)
        {
            double lambda = traffic / aht, capacity = agents / aht, theta = 1 / patience;
            double b = ErlangBRecursion(traffic, agents);
            double logLambda = Math.Log(lambda);

            // Running log-sum-exp of r_m and m r_m, m = 0, 1, ...
            double logR = 0, scale = 0, s0 = 1, s1 = 0;
            for (int m = 1; ; m++)
            {
                double ratio = lambda / (capacity + (m * theta));
                logR += logLambda - Math.Log(capacity + (m * theta));
                if (logR > scale)
                {
                    double shrink = Math.Exp(scale - logR);
                    s0 *= shrink;
                    s1 *= shrink;
                    scale = logR;
                }

                if (m > 4 * ErlangAMaxPlaces)
                {
                    ThrowTooManyPlaces(Duration.FromSeconds(patience));   // the estimate in CheckErlangA was off by far: fail rather than spin
                }

                double term = Math.Exp(logR - scale);
                s0 += term;
                s1 += m * term;
                if (ratio < 1)
                {
                    double q = lambda / (capacity + ((m + 1) * theta));
                    double rest0 = term * q / (1 - q);
                    double rest1 = term * ((m * q / (1 - q)) + (q / ((1 - q) * (1 - q))));
                    if (rest0 <= RelativeTail * s0 && rest1 <= RelativeTail * s1)
                    {
                        break;
                    }
                }
            }

            return new ErlangAState(lambda, capacity, theta, Math.Log(b), 1 - b, scale + Math.Log(s0), scale + Math.Log(s1));
        }

        /// <summary>P(m calls ahead) for an arriving call, m = 0 .. M, cut where the remaining mass is below 1e-17.</summary>
        public double[] PlaceProbabilities()
        {
            var places = new List<double>();
            double logLambda = Math.Log(Lambda), logR = 0, offset = LogB - LogTotal;
            double sum = 0, total = ProbabilityOfWaiting;
            for (int m = 0; ; m++)
            {
                if (m > 0)
                {
                    logR += logLambda - Math.Log(ServiceCapacity + (m * Theta));
                }

                if (m > 4 * ErlangAMaxPlaces)
                {
                    ThrowTooManyPlaces(Duration.FromSeconds(1 / Theta));
                }

                double p = Math.Exp(offset + logR);
                places.Add(p);
                sum += p;
                double q = Lambda / (ServiceCapacity + ((m + 1) * Theta));
                if (q < 1 && (total - sum <= RelativeTail * total || p * q / (1 - q) <= RelativeTail * total))
                {
                    break;
                }
            }

            return places.ToArray();
        }
    }
}
