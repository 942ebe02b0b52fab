using System.Runtime.ExceptionServices;

namespace Gpsi.Core.Uncertainty;

/// <summary>Runs a model over many draws: the shared engine of uncertainty and sensitivity analysis.</summary>
public static class Replications
{
    /// <summary>Rows per chunk of work a thread takes at a time.</summary>
    private const int ChunkRows = 32;

    /// <summary>
    /// Evaluates every row of <paramref name="draws"/> (row-major, <c>rows × factors</c>) and writes row r's scores and
    /// ranks to <c>[r·units, (r+1)·units)</c> of <paramref name="scores"/> and <paramref name="ranks"/>. Rows are split
    /// into fixed chunks of 32 taken by up to <paramref name="maxThreads"/> workers, each with its own evaluator; each row
    /// is independent and written to its own slots, so the output is bit-identical whatever the thread count.
    /// When an evaluation throws (<see cref="ReplicationFailedException"/> from <see cref="BuilderModel"/>), the
    /// exception of the lowest failing row is rethrown, with <see cref="ReplicationFailedException.Row"/> set — the same
    /// row whatever the thread count.
    /// </summary>
    /// <param name="model">The model.</param>
    /// <param name="draws">The draws, one row per replication.</param>
    /// <param name="scores">Output, rows × units.</param>
    /// <param name="ranks">Output, rows × units.</param>
    /// <param name="maxThreads">At most this many threads (1: serial, on the calling thread); null: all cores.</param>
    /// <exception cref="ArgumentException">The array lengths do not fit the model.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxThreads"/> is less than 1.</exception>
    public static void Run(ReplicationModel model, double[] draws, double[] scores, int[] ranks, int? maxThreads = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(draws);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(ranks);
        if (maxThreads is { } m)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(m, 1, nameof(maxThreads));
        }

        var d = model.Factors.Length;
        var units = model.Units.Length;
        var rows = d == 0 ? scores.Length / Math.Max(units, 1) : draws.Length / d;
        if ((d > 0 && draws.Length % d != 0) || scores.Length != rows * units || ranks.Length != rows * units)
        {
            throw new ArgumentException("The draws, scores and ranks arrays do not fit the model's factors and units.");
        }

        var chunks = (rows + ChunkRows - 1) / ChunkRows;
        var workers = Math.Min(maxThreads ?? Environment.ProcessorCount, chunks);
        var next = -1;
        var firstFailure = int.MaxValue;
        var failures = new Exception?[chunks];
        void Work()
        {
            var evaluator = model.CreateEvaluator();
            int chunk;
            while ((chunk = Interlocked.Increment(ref next)) < chunks)
            {
                var start = chunk * ChunkRows;
                if (start > Volatile.Read(ref firstFailure))
                {
                    continue;
                }

                var end = Math.Min(rows, start + ChunkRows);
                for (var r = start; r < end; r++)
                {
                    try
                    {
                        evaluator.Evaluate(draws.AsSpan(r * d, d), scores.AsSpan(r * units, units), ranks.AsSpan(r * units, units));
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        if (e is ReplicationFailedException failed)
                        {
                            failed.Row = r;
                        }

                        failures[chunk] = e;
                        InterlockedMin(ref firstFailure, r);
                        evaluator = model.CreateEvaluator();
                        break;
                    }
                }
            }
        }

        if (workers <= 1)
        {
            Work();
        }
        else
        {
            var threads = new Task[workers - 1];
            for (var t = 0; t < threads.Length; t++)
            {
                threads[t] = Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            }

            Work();
            Task.WaitAll(threads);
        }

        if (firstFailure != int.MaxValue)
        {
            ExceptionDispatchInfo.Throw(failures[firstFailure / ChunkRows]!);
        }
    }

    private static void InterlockedMin(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value < current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
