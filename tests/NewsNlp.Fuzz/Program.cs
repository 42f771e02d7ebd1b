using SharpFuzz;

namespace NewsNlp.Fuzz;

/// <summary>
/// One fuzzing harness per mode. Under afl-fuzz (see fuzz.sh) the harness runs each input the
/// fuzzer sends; an exception that escapes is a crash. Outside afl-fuzz:
/// <c>repro</c> runs saved inputs and groups the failures by place, <c>seeds</c> writes starting
/// inputs from the corpora.
/// </summary>
internal static class Program
{
    private static readonly Dictionary<string, Harness> Harnesses = new(StringComparer.Ordinal)
    {
        ["tokenize"] = new(TokenizeHarness.Run, Seeds.Tokenize),
        ["dates"] = new(DatesHarness.Run, Seeds.Dates),
        ["jsonl"] = new(JsonlHarness.Run, Seeds.Jsonl),
        ["pipeline"] = new(PipelineHarness.Run, Seeds.Pipeline, PipelineHarness.Warm),
    };

    private static int Main(string[] args)
    {
        if (args.Length == 0 || !Harnesses.TryGetValue(args[0], out var harness))
        {
            Console.Error.WriteLine($"""
                usage: NewsNlp.Fuzz HARNESS                      run under afl-fuzz
                       NewsNlp.Fuzz HARNESS repro FILE|FOLDER...  run saved inputs, report failures by place
                       NewsNlp.Fuzz HARNESS seeds DATA OUT        write seeds from the corpora in DATA to OUT
                HARNESS: {string.Join(", ", Harnesses.Keys)}
                """);
            return 2;
        }
        if (args.Length >= 2 && args[1] == "repro") return Repro.Run(harness.Run, args[2..]);
        if (args.Length == 4 && args[1] == "seeds")
        {
            int n = Seeds.Write(harness.Seeds(args[2]), args[3], harness.Run);
            Console.WriteLine($"{n} seeds in {args[3]}");
            return 0;
        }
        // Load models in the process that runs the inputs, not in SharpFuzz's server, which only relays
        // them: its child is started with __SHARPFUZZ_CTL set (outside afl-fuzz there is no server).
        if (Environment.GetEnvironmentVariable("__SHARPFUZZ_CTL") is not null || Environment.GetEnvironmentVariable("__AFL_SHM_ID") is null)
            harness.Warm?.Invoke();
        // Out of process: a stack overflow or a hang kills only the child, which SharpFuzz restarts.
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            harness.Run(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        });
        return 0;
    }

    private sealed record Harness(ReadOnlySpanAction Run, Func<string, IEnumerable<byte[]>> Seeds, Action? Warm = null);
}

internal delegate void ReadOnlySpanAction(ReadOnlySpan<byte> data);
