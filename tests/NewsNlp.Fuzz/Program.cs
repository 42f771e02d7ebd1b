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
        ["tokenize"] = new(TokenizeHarness.Run, Seeds.Tokenize, Describe.Text),
        ["dates"] = new(DatesHarness.Run, Seeds.Dates, Describe.Dated),
        ["jsonl"] = new(JsonlHarness.Run, Seeds.Jsonl, data => Describe.Literal(FuzzInput.Decode(data, raw: false))),
        ["pipeline"] = new(PipelineHarness.Run, Seeds.Pipeline, Describe.Dated),
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
        if (args.Length >= 2 && args[1] == "repro") return Repro.Run(harness.Run, harness.Describe, args[2..]);
        if (args.Length == 4 && args[1] == "seeds")
        {
            int n = Seeds.Write(harness.Seeds(args[2]), args[3], harness.Run);
            Console.WriteLine($"{n} seeds in {args[3]}");
            return 0;
        }
        // Nothing instrumented may run before this call: the trace map it writes to is not mapped yet.
        // (Models load on the first input, which SharpFuzz runs once untraced as a warm-up.)
        // Out of process: a stack overflow or a hang kills only the child, which SharpFuzz restarts.
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            harness.Run(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        });
        return 0;
    }

    private sealed record Harness(ReadOnlySpanAction Run, Func<string, IEnumerable<byte[]>> Seeds, Func<byte[], string> Describe);
}

internal delegate void ReadOnlySpanAction(ReadOnlySpan<byte> data);
