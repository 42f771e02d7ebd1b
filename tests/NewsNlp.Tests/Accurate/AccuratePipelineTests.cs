using NewsNlp.Accurate;
using NewsNlp.Accurate.Runtime;
using NewsNlp.Models;
using NewsNlp.Pipeline;
using NewsNlp.Serialization;

namespace NewsNlp.Tests.Accurate;

/// <summary>The accurate tier end to end on a tiny model: windows, trees, layers, threads, bad files.</summary>
[TestFixture]
public class AccuratePipelineTests : TempDirectoryTest
{
    private const string Text = "Russian President Vladimir Putin will visit North Korea on Monday, the Kremlin said. "
        + "Shares in Apple rose 4 % after it reported better-than-expected quarterly profits.";

    private static NewsPipeline Pipeline(DocumentLayers layers = NewsPipelineOptions.AllLayers)
        => AccuratePipeline.Create(TinyTransformer.Encoder, options: new NewsPipelineOptions { Layers = layers });

    [Test]
    public void LongSentencesAreSplitIntoWindowsWithEachWordsVectorFromItsWindow()
    {
        // 200 words, about 600 pieces: several windows. A word's vector must be the one its window gives when encoded alone.
        var words = Enumerable.Range(0, 200).Select(i => i % 7 == 0 ? "Washington" : i % 5 == 0 ? "unbelievably" : "word" + i).ToArray();
        var (text, spans, sentences) = Join(words);
        var model = TinyTransformer.Model;
        var encoder = TinyTransformer.Encoder;
        var whole = encoder.NodeVectors(text, spans, sentences)[0];
        int width = encoder.Heads.Width;
        Assert.That(whole, Has.Length.EqualTo((words.Length + 1) * width));

        var starts = new int[words.Length + 1];
        var pieces = new List<int>();
        for (int w = 0; w < words.Length; w++) { starts[w] = pieces.Count; model.Pieces.AppendWord(words[w], pieces); }
        starts[^1] = pieces.Count;
        var windows = new List<(int First, int End)>();
        var owner = new int[words.Length];
        PieceWindows.Plan(starts, windows, owner);
        Assert.That(windows, Has.Count.GreaterThan(2));
        foreach (int w in new[] { 0, 1, 90, 91, 150, 198, 199 })
        {
            var (first, end) = windows[owner[w]];
            var part = words[first..end];
            var (t2, s2, r2) = Join(part);
            var alone = encoder.NodeVectors(t2, s2, r2)[0];
            // Hidden part equal (up to batch padding noise); casing part: sentence start differs only for word 0.
            var a = whole.AsSpan((w + 1) * width, TinyTransformer.Hidden).ToArray();
            var b = alone.AsSpan((w - first + 1) * width, TinyTransformer.Hidden).ToArray();
            Assert.That(a.Zip(b, (x, y) => Math.Abs(x - y)).Max(), Is.LessThan(1e-3f), $"word {w}");
        }
    }

    [Test]
    public void AHugeSentenceGetsATreeWithOneRootAndMentionsThatReSliceTheText()
    {
        string sentence = string.Join(" ", Enumerable.Range(0, 250).Select(i => i % 9 == 0 ? "Angela Merkel" : "talks")) + ".";
        var doc = Pipeline(DocumentLayers.Syntax | DocumentLayers.Entities).Process(sentence);
        Assert.That(doc.SentenceSpan.Length, Is.EqualTo(1));
        AssertTrees(doc);
        foreach (var e in doc.Entities!) Assert.That(doc.Text[e.Start..e.End], Is.EqualTo(e.Text));
    }

    private static void AssertTrees(Document doc)
    {
        var syntax = doc.Syntax!;
        foreach (var sentence in doc.SentenceSpan)
        {
            var (first, end) = doc.WordRange(sentence);
            Assert.That(Enumerable.Range(first, end - first).Count(i => syntax[i].Head < 0), Is.EqualTo(1), "one root per sentence");
            for (int i = first; i < end; i++)
            {
                Assert.That(syntax[i].Head, Is.EqualTo(-1).Or.InRange(first, end - 1));
                int v = i, steps = 0;
                while (syntax[v].Head >= 0) { v = syntax[v].Head; Assert.That(++steps, Is.LessThanOrEqualTo(end - first), "cycle"); }
                Assert.That(syntax[i].Upos, Is.AnyOf(TinyTransformer.Upos));
                Assert.That(syntax[i].Relation, Is.AnyOf(TinyTransformer.Relations));
                Assert.That(syntax[i].Lemma, Is.Not.Null);
            }
        }
    }

    [Test]
    public void CreateAccurateWritesTheLayersTheFastPipelineWrites()
    {
        var accurate = Pipeline();
        var fast = NewsPipeline.CreateDefault();
        Assert.That(accurate.Stages.Select(s => s.Name), Is.EqualTo(fast.Stages.Select(s => s.Name)));
        Assert.That(accurate.Stages.OfType<AccurateSyntaxAnnotator>().Count(), Is.EqualTo(1));
        Assert.That(accurate.Stages.OfType<AccurateEntityRecognizer>().Count(), Is.EqualTo(1));
        var a = accurate.Process(Text, new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero));
        var f = fast.Process(Text, new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.That(a.Layers, Is.EqualTo(f.Layers));
        AssertTrees(a);
        foreach (var e in a.Entities!) Assert.That(a.Text[e.Start..e.End], Is.EqualTo(e.Text));
        // Entities alone: no syntax stage, the recognizer encodes by itself.
        Assert.That(Pipeline(DocumentLayers.Entities).Stages.Select(s => s.Name), Is.EqualTo(new[] { "tokenizer", "sentence-splitter", "entity-recognizer" }));
    }

    [Test]
    public void TheSharedPassGivesWhatEachStageGivesAlone()
    {
        var both = Pipeline(DocumentLayers.Syntax | DocumentLayers.Entities).Process(Text);
        Assert.That(TinyTransformer.Encoder.Keeps(both), Is.False, "the recognizer drops the kept pass");
        var syntaxOnly = Pipeline(DocumentLayers.Syntax).Process(Text);
        var entitiesOnly = Pipeline(DocumentLayers.Entities).Process(Text);
        Assert.That(both.Syntax, Is.EqualTo(syntaxOnly.Syntax));
        Assert.That(both.Entities!.Select(e => (e.Start, e.End, e.Label, e.Confidence)), Is.EqualTo(entitiesOnly.Entities!.Select(e => (e.Start, e.End, e.Label, e.Confidence))));
    }

    [Test]
    public void ConcurrentCallsGiveTheSameResults()
    {
        var pipeline = Pipeline();
        var texts = Enumerable.Range(0, 8).Select(i => Text + $" Story {i} was filed in Berlin by Maria Schmidt.").ToArray();
        var sequential = texts.Select(t => DocumentJson.Serialize(pipeline.Process(t))).ToArray();
        var parallel = new string[texts.Length];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = DocumentJson.Serialize(pipeline.Process(texts[i])));
        Assert.That(parallel, Is.EqualTo(sequential));
    }

    [Test]
    public void EmptyAndOddInputIsHandledAsTheFastTierHandlesIt()
    {
        var pipeline = Pipeline();
        foreach (var text in new[] { "", "   \n\t", "\u0000\u0001\uFFFD\uD800 binary \u0007", "🙂🙂🙂", "Ber\uFEFFlin is big." })
        {
            var doc = pipeline.Process(text);
            Assert.That(doc.Layers, Is.EqualTo(NewsPipeline.CreateDefault().Process(text).Layers), text);
            foreach (var e in doc.Entities!) Assert.That(doc.Text[e.Start..e.End], Is.EqualTo(e.Text));
        }
    }

    [Test]
    public void PreTokenizedSentencesGetTreesAndSpans()
    {
        var annotator = new AccurateSyntaxAnnotator(TinyTransformer.Encoder);
        var recognizer = new AccurateEntityRecognizer(TinyTransformer.Encoder, AccurateEntityLabels.Conll2003);
        string[][] sentences = [["Putin", "met", "Kim", "."], ["Hello"], []];
        var trees = annotator.Annotate(sentences);
        Assert.That(trees.Select(t => t.Length), Is.EqualTo(new[] { 4, 1, 0 }));
        Assert.That(trees[0].Count(w => w.Head == -1), Is.EqualTo(1));
        Assert.That(trees[1][0].Head, Is.EqualTo(-1));
        var spans = recognizer.Label(sentences);
        Assert.That(spans, Has.Count.EqualTo(3));
        foreach (var (start, end, label) in spans[0])
        {
            Assert.That(start, Is.LessThan(end));
            Assert.That(end, Is.LessThanOrEqualTo(4));
            Assert.That(label, Is.AnyOf("LOC", "MISC", "ORG", "PER"));
        }
    }

    [Test]
    public void AMissingOrCorruptModelFileIsAModelFormatExceptionNamingIt()
    {
        string missing = Path.Combine(Dir, "nope", "model.nnlp");
        var e = Assert.Throws<ModelFormatException>(() => TransformerModel.Load(missing));
        Assert.That(e!.Message, Does.Contain(missing));

        string garbage = Path.Combine(Dir, "garbage.nnlp");
        File.WriteAllBytes(garbage, [1, 2, 3, 4, 5, 6, 7, 8, 9]);
        e = Assert.Throws<ModelFormatException>(() => TransformerModel.Load(garbage));
        Assert.That(e!.Message, Does.Contain(garbage));

        // A well-formed container whose encoder is not an ONNX graph.
        string badOnnx = Path.Combine(Dir, "bad-onnx.nnlp");
        using (var file = File.Create(badOnnx))
            TinyTransformer.Build(1, encoder: [0x0A, 0x03, 0x61, 0x62]).Save(file);
        e = Assert.Throws<ModelFormatException>(() => TransformerModel.Load(badOnnx));
        Assert.That(e!.Message, Does.Contain(badOnnx).And.Contain("encoder"));

        // Truncated: the file ends inside the payload.
        string truncated = Path.Combine(Dir, "truncated.nnlp");
        var bytes = File.ReadAllBytes(badOnnx);
        File.WriteAllBytes(truncated, bytes[..(bytes.Length / 2)]);
        e = Assert.Throws<ModelFormatException>(() => TransformerModel.Load(truncated));
        Assert.That(e!.Message, Does.Contain(truncated));
    }

    [Test]
    public void HeadsThatDoNotFitTheLabelsAreRefused()
    {
        var model = TinyTransformer.Build(2);
        var broken = TransformerModel.Create(model.Manifest, TinyTransformer.Model.LabelSetNames.ToDictionary(n => n, n => n == "upos" ? (IReadOnlyList<string>)["X"] : TinyTransformer.Model.Labels(n)),
            model.Vocabulary, model.Encoder, model.TensorNames.ToDictionary(n => n, model.Tensor));
        Assert.Throws<ModelFormatException>(() => TransformerEncoder.Create(broken));
    }

    [Test]
    public void Int8ProductsAreTheDefaultAndKeepEachWordsVector()
    {
        Assert.That(new TransformerEncoderOptions().Int8, Is.True, "int8 is the default");
        using var int8 = TransformerEncoder.Create(TinyTransformer.Model, new TransformerEncoderOptions { Int8 = true });
        var (text, spans, sentences) = Join("Russian President Vladimir Putin will visit North Korea on Monday .".Split(' '));
        var exact = TinyTransformer.Encoder.NodeVectors(text, spans, sentences)[0];
        var quantized = int8.NodeVectors(text, spans, sentences)[0];
        Assert.That(quantized, Has.Length.EqualTo(exact.Length));
        int width = TinyTransformer.Encoder.Heads.Width;
        for (int w = 1; w * width < exact.Length; w++)
        {
            var a = exact.AsSpan(w * width, TinyTransformer.Hidden);
            var b = quantized.AsSpan(w * width, TinyTransformer.Hidden);
            Assert.That(System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(a, b), Is.GreaterThan(0.95f), $"word {w}: int8 keeps the float32 vector's direction");
        }
        Assert.That(exact.AsSpan().SequenceEqual(quantized), Is.False, "the int8 session really runs other products");
        // The pipeline over it gives a tree with one root per sentence.
        var doc = AccuratePipeline.Create(int8, options: new NewsPipelineOptions { Layers = DocumentLayers.Syntax }).Process(Text);
        AssertTrees(doc);
    }

    private static (string Text, (int Start, int End)[] Spans, (int First, int End)[] Sentences) Join(string[] words) => PreTokenized.Join([words]);
}
