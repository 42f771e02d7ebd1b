using NewsNlp.Entities;
using NewsNlp.Training.Corpora;
using NewsNlp.Training.Ner;

namespace NewsNlp.Tests.Entities;

/// <summary>A hand-made corpus and a recognizer trained on it inside the tests (no big files).</summary>
internal static class TinyCorpus
{
    private static readonly string[] People = ["Putin", "Kim", "Biden", "Macron", "Scholz", "Modi", "Lula", "Erdogan"];
    private static readonly string[] Places = ["Pyongyang", "Moscow", "Paris", "Berlin", "Delhi", "Ankara", "Seoul", "Tokyo"];
    private static readonly string[] Verbs = ["visited", "left", "praised", "toured"];

    public static List<TaggedDocument> Documents(int seed)
    {
        var rng = new Random(seed);
        var docs = new List<TaggedDocument>();
        for (int d = 0; d < 40; d++)
        {
            var sentences = new List<TaggedSentence>();
            for (int s = 0; s < 3; s++)
            {
                string person = People[rng.Next(People.Length)], place = Places[rng.Next(Places.Length)];
                string verb = Verbs[rng.Next(Verbs.Length)];
                sentences.Add(rng.Next(2) == 0
                    ? new TaggedSentence(["President", person, verb, place, "on", "Tuesday", "."], [(1, 2, "PER"), (3, 4, "LOC")])
                    : new TaggedSentence(["Officials", "in", place, "said", person, "had", "arrived", "."], [(2, 3, "LOC"), (4, 5, "PER")]));
            }
            docs.Add(new TaggedDocument(sentences));
        }
        return docs;
    }

    private static readonly Lazy<NerModel> Trained = new(() =>
        NerTrainer.Train(Documents(1), Documents(2), NerResources.Empty, new NerTrainingOptions { Name = "tiny", MaxEpochs = 5, MinFeatureCount = 1 }));

    public static NerModel Model => Trained.Value;
}
