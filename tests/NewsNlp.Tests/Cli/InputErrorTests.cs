using System.Diagnostics;
using Newtonsoft.Json.Linq;
using NewsNlp.Cli;

namespace NewsNlp.Tests.Cli;

/// <summary>
/// The user's mistakes are bad input (exit 3, one line naming the file) or usage errors (exit 2),
/// never "internal error" (issue 14, part 4). Each test is one repro from the issue.
/// </summary>
[TestFixture]
public class InputErrorTests : TempDirectoryTest
{
    private string Article()
    {
        string path = Path.Combine(Dir, "story.txt");
        File.WriteAllText(path, "Putin met Kim in Pyongyang.");
        return path;
    }

    private static void AssertOneLine(string err, string contains)
    {
        Assert.That(err, Does.StartWith("newsnlp: ").And.Contain(contains).And.Not.Contain("internal error"));
        Assert.That(err.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1), err);
    }

    [Test]
    public void AModelFileLockedByAnotherWriterIsBadInput()
    {
        // A model still being written by a training run: one line naming the file, not an internal error.
        string model = Path.Combine(Dir, "model.nnlp");
        File.WriteAllBytes(model, [1, 2, 3]);
        string data = Path.Combine(Dir, "tiny.conllu");
        File.WriteAllText(data, "1\tHi\t_\t_\t_\t_\t0\troot\t_\t_\n\n");
        using var writer = new FileStream(model, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        var (code, _, err) = CliTests.Run("", false, "eval", "parse", "--model", model, "--data", data);
        Assume.That(err, Does.Not.Contain("ModelFormat").And.Not.Contain("not a model"), "this platform does not enforce the lock");
        Assert.That(code, Is.EqualTo(CliMain.ExitInput));
        AssertOneLine(err, model);
    }

    [Test]
    public void OutputUnderProcIsBadInput()
    {
        Assume.That(Directory.Exists("/proc/self"), "Linux only");
        var (code, _, err) = CliTests.Run("", false, "extract", Article(), "--format", "csv", "--output", "/proc/x");
        Assert.That(code, Is.EqualTo(CliMain.ExitInput));
        AssertOneLine(err, "--output /proc/x");
    }

    [TestCase("csv")]
    [TestCase("parquet")]
    public void OutputNamingAnExistingFileIsBadInput(string format)
    {
        string file = Path.Combine(Dir, "existing");
        File.WriteAllText(file, "keep me");
        var (code, _, err) = CliTests.Run("", false, "extract", Article(), "--format", format, "--output", file);
        Assert.That(code, Is.EqualTo(CliMain.ExitInput));
        AssertOneLine(err, $"--output {file}: a file, not a folder");
        Assert.That(File.ReadAllText(file), Is.EqualTo("keep me"));
    }

    [Test]
    public void OutputFolderUnderAFileIsBadInput()
    {
        string file = Path.Combine(Dir, "existing");
        File.WriteAllText(file, "");
        var (code, _, err) = CliTests.Run("", false, "extract", Article(), "--format", "csv", "--output", Path.Combine(file, "sub"));
        Assert.That(code, Is.EqualTo(CliMain.ExitInput));
        AssertOneLine(err, "cannot create the folder");
    }

    [Test]
    public void RenderIntoAMissingFolderIsBadInput()
    {
        string page = Path.Combine(Dir, "missing", "dir", "page.html");
        var (code, _, err) = CliTests.Run("", false, "render", Article(), "-o", page);
        Assert.That(code, Is.EqualTo(CliMain.ExitInput));
        AssertOneLine(err, $"{page}: no such folder");
    }

    [Test]
    public void EvalTokenizeOnABinaryFileIsOneLineWithoutItsBytes()
    {
        // The start of an ELF executable, as in 'eval tokenize --conllu /bin/ls'.
        string path = Path.Combine(Dir, "ls");
        File.WriteAllBytes(path, [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3E, 0, (byte)'\t', 0xC3, 0x28, (byte)'\n', 0xFF, 0xFE, (byte)'\n']);
        var (code, output, err) = CliTests.Run("", false, "eval", "tokenize", "--conllu", path);
        Assert.That(code, Is.EqualTo(CliMain.ExitInput));
        AssertOneLine(err, $"{path}:1: not a CoNLL-U file (binary data)");
        Assert.That(err, Does.Not.Contain("ELF"));
        Assert.That(err.TrimEnd('\n').Any(char.IsControl), Is.False, "no byte of the file reaches the terminal");
        Assert.That(output, Is.Empty);
    }

    [Test]
    public void EvalTokenizeOnABadWordIdNamesTheLine()
    {
        string path = Path.Combine(Dir, "bad.conllu");
        File.WriteAllText(path, "# text = Hi.\n1\tHi\n\u0007x\t.\n\n");
        var (code, _, err) = CliTests.Run("", false, "eval", "tokenize", "--conllu", path);
        Assert.That(code, Is.EqualTo(CliMain.ExitInput));
        AssertOneLine(err, $"{path}:3: bad word ID '?x'");
    }

    [TestCase("tag", "ner", "--input")]
    [TestCase("eval", "ner", "--data")]
    public void AnEmptyFirstColumnIsBadInputWithFileAndLine(string command, string task, string option)
    {
        string path = Path.Combine(Dir, "empty.tsv");
        File.WriteAllText(path, "Putin\tB-PER\n\tO\n");
        var (code, _, err) = CliTests.Run("", false, command, task, "--model", "en-conll03", option, path);
        Assert.That(code, Is.EqualTo(CliMain.ExitInput));
        AssertOneLine(err, $"{path}:2: the first column (the word) is empty");
    }

    [TestCase("2147483647")]
    [TestCase("1025")]
    public void ThreadsPastTheCapAreAUsageError(string threads)
    {
        var (code, _, err) = CliTests.Run("Putin met Kim.", true, "extract", "--threads", threads);
        Assert.That(code, Is.EqualTo(CliMain.ExitUsage));
        AssertOneLine(err, "--threads must be a whole number from 1 to 1024");
    }

    [Test]
    public void ThreadsAtTheCapWork()
    {
        var (code, output, err) = CliTests.Run("Putin met Kim.", true, "extract", "--threads", "1024");
        Assert.That(code, Is.EqualTo(CliMain.ExitOk), err);
        Assert.That((string?)JObject.Parse(output)["id"], Is.EqualTo("stdin"));
    }

    [Test]
    public void ACameoFileWithNoVerbsIsRefused()
    {
        string path = Path.Combine(Dir, "ls");
        File.WriteAllBytes(path, [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, (byte)'\n', 0xC3, 0x28, (byte)'\n']);
        var (code, _, err) = CliTests.Run("Putin met Kim.", true, "extract", "--cameo", path);
        Assert.That(code, Is.EqualTo(CliMain.ExitInput));
        AssertOneLine(err, $"{path}: no verbs");
    }

    [TestCase("txt", "")]
    [TestCase("txt", "  \n")]
    [TestCase("jsonl", "")]
    public void EmptyPipedStdinIsAnEmptyResult(string stdinFormat, string stdin)
    {
        var (code, output, err) = CliTests.Run(stdin, true, "extract", "--stdin-format", stdinFormat);
        Assert.That(code, Is.EqualTo(CliMain.ExitOk), err);
        Assert.That(output, Is.EqualTo("[]\n"), "not the bundled sample");
    }

    [Test]
    public void FolderWalkDoesNotFollowASymlinkLoop()
    {
        File.WriteAllText(Path.Combine(Dir, "a.txt"), "Putin met Kim.");
        Directory.CreateDirectory(Path.Combine(Dir, "sub"));
        File.WriteAllText(Path.Combine(Dir, "sub", "b.txt"), "Kim met Putin.");
        File.WriteAllText(Path.Combine(Dir, "elsewhere.dat"), "Linked files are still read.");
        try
        {
            Directory.CreateSymbolicLink(Path.Combine(Dir, "sub", "up"), Dir);
            File.CreateSymbolicLink(Path.Combine(Dir, "sub", "linked.txt"), Path.Combine(Dir, "elsewhere.dat"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Assert.Ignore($"cannot create symbolic links here: {e.Message}");
        }
        var (code, output, err) = CliTests.Run("", false, "extract", Dir, "--format", "jsonl");
        Assert.That(code, Is.EqualTo(CliMain.ExitOk), err);
        var ids = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => (string?)JObject.Parse(l)["id"]);
        Assert.That(ids, Is.EqualTo(new[] { "a", "b", "linked" }), "each file once; the link back to the parent is not followed");
    }

    [Test]
    public void AClosedOutputStopsTheRunQuietly()
    {
        // In process: a writer that fails as a closed pipe does. The run must stop at once (read
        // only about a window's worth of its 5,000 lines), print nothing, and exit with 141.
        var stdin = new CountingReader(string.Concat(Enumerable.Range(0, 5000).Select(i => $"{{\"id\":\"d{i}\",\"text\":\"Putin met Kim.\"}}\n")));
        var err = new StringWriter();
        int code = CliMain.RunAsync(["extract", "--stdin-format", "jsonl", "--format", "jsonl", "--threads", "2"], stdin, new ClosedPipeWriter(), err, true).GetAwaiter().GetResult();
        Assert.That(code, Is.EqualTo(CliMain.ExitOutputClosed));
        Assert.That(err.ToString(), Is.Empty);
        Assert.That(stdin.Lines, Is.LessThan(100));
    }

    [Test]
    public void AClosedPipeStopsTheExecutable()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "EPIPE");
        string input = Path.Combine(Dir, "big.jsonl");
        File.WriteAllLines(input, Enumerable.Range(0, 20_000).Select(i => $"{{\"id\":\"d{i}\",\"text\":\"Putin met Kim in Pyongyang on Tuesday.\"}}"));
        string dll = Path.Combine(TestContext.CurrentContext.TestDirectory, "newsnlp.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { dll, "extract", input, "--format", "jsonl", "--quiet" }) psi.ArgumentList.Add(arg);
        using var p = Process.Start(psi)!;
        var errTask = p.StandardError.ReadToEndAsync();
        Assert.That(p.StandardOutput.ReadLine(), Does.StartWith("{\"id\":\"d0\""));
        p.StandardOutput.Close(); // as 'head -1' does after its line
        // Processing all 20,000 articles takes over a minute on two cores; a stopped run ends in seconds.
        bool exited = p.WaitForExit(60_000);
        if (!exited) p.Kill(entireProcessTree: true);
        Assert.That(exited, Is.True, "the run went on after its reader left");
        Assert.That(p.ExitCode, Is.EqualTo(CliMain.ExitOutputClosed));
        Assert.That(errTask.Result, Is.Empty);
    }

    private sealed class ClosedPipeWriter : StringWriter
    {
        public override void Write(char value) => throw Epipe();

        public override void Write(string? value) => throw Epipe();

        public override void Write(char[] buffer, int index, int count) => throw Epipe();

        private static IOException Epipe() => new(OperatingSystem.IsWindows() ? "The pipe is being closed." : "Broken pipe", OperatingSystem.IsWindows() ? unchecked((int)0x800700E8) : 32);
    }

    private sealed class CountingReader(string text) : StringReader(text)
    {
        public int Lines { get; private set; }

        public override string? ReadLine()
        {
            Lines++;
            return base.ReadLine();
        }
    }
}
