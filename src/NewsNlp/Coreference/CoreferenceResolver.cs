
namespace NewsNlp.Coreference;

/// <summary>
/// The coreference stage: finds mentions (names, noun phrases, pronouns) from the syntax and entity
/// layers, runs deterministic passes in the style of Stanford's multi-pass sieve (exact match, name
/// aliases, head match, role nouns, pronouns with agreement) and, given a <see cref="CorefModel"/>,
/// lets a learned mention-ranking model make the links with the passes' decisions as features.
/// Writes <see cref="Document.EntityClusters"/>: every entity mentioned at least twice, with a
/// canonical name and a type.
/// </summary>
/// <remarks>Holds no state but its immutable model; safe to call from many threads at once.</remarks>
public sealed class CoreferenceResolver : IPipelineStage
{
    private readonly CorefModel? _model;

    /// <summary>The deterministic sieves alone.</summary>
    public CoreferenceResolver() { }

    /// <summary>
    /// The sieves, then a learned mention-ranking model that makes the links, reading the sieves'
    /// decisions as features; null: the sieves alone.
    /// </summary>
    public CoreferenceResolver(CorefModel? model) => _model = model;

    /// <summary>The ranking model, or null when the sieves alone link mentions.</summary>
    public CorefModel? Model => _model;

    /// <inheritdoc/>
    public string Name => "coreference";

    /// <inheritdoc/>
    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Sentences | DocumentLayers.Syntax | DocumentLayers.Entities;

    /// <inheritdoc/>
    public DocumentLayers Produces => DocumentLayers.Coreference;

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.SetEntityClusters(Resolve(document, _model));
    }

    internal static EntityCluster[] Resolve(Document document, CorefModel? model = null)
    {
        if (Prepare(document, model?.FirstNames) is not { } d) return [];
        var mentions = d.Mentions;
        var clusters = model is null ? d.Sieve : MentionRanker.Link(d, model);
        var result = new List<EntityCluster>();
        var done = new HashSet<int>();
        foreach (var m in mentions)
        {
            int root = clusters.Find(m.Index);
            if (!done.Add(root)) continue;
            var members = clusters.Members(root);
            if (members.Count < 2) continue;
            result.Add(Build(document, result.Count, members));
        }
        return [.. result];
    }

    /// <summary>
    /// The document's mentions with the sieves run over them (null without syntax or words): what the
    /// ranker and its trainer read. A person's name takes the gender of its given name from <paramref name="firstNames"/>.
    /// </summary>
    internal static RankingDocument? Prepare(Document document, FirstNames? firstNames = null)
    {
        if (document.Syntax is null || document.WordSpan.Length == 0) return null;
        var words = document.WordSpan;
        var lower = new string[words.Length];
        var text = document.Text.AsSpan();
        for (int i = 0; i < words.Length; i++) lower[i] = words[i].Slice(text).ToString().ToLowerInvariant();
        var mentions = MentionFinder.Find(document, lower, firstNames ?? FirstNames.Empty);
        var clusters = new Sieves(mentions, document.SentenceSpan.Length).Run();
        return new RankingDocument(mentions, clusters, document.SentenceSpan.Length, lower);
    }

    private static EntityCluster Build(Document document, int id, List<Mention> members)
    {
        var words = document.WordSpan;
        var mentions = new ClusterMention[members.Count];
        EntityMention? longest = null;
        Span<int> votes = stackalloc int[5];
        bool gendered = false, animate = false;
        string? firstNominal = null;
        for (int i = 0; i < members.Count; i++)
        {
            var m = members[i];
            int start = words[m.FirstWord].Start, end = words[m.LastWord].End;
            mentions[i] = new ClusterMention(start, end, document.Text[start..end], m.Kind);
            if (m.Name is { } n)
            {
                var t = n.Type;
                votes[(int)t]++;
                if (longest is null || n.Text.Length > longest.Text.Length) longest = n;
            }
            else if (m.Kind == MentionKind.Nominal) firstNominal ??= mentions[i].Text;
            gendered |= m.Gender is Gender.Male or Gender.Female && m.Kind == MentionKind.Pronoun;
            animate |= m.Animacy == Animacy.Animate && m.Kind == MentionKind.Nominal;
        }
        var type = EntityType.Other;
        int best = 0;
        for (int t = 0; t < votes.Length; t++)
            if (votes[t] > best) { best = votes[t]; type = (EntityType)t; }
        if (best == 0 && (gendered || animate)) type = EntityType.Person;
        string canonical = longest is not null ? TrimPossessive(longest.Text) : firstNominal ?? mentions[0].Text;
        return new EntityCluster(id, canonical, type, mentions);
    }

    private static string TrimPossessive(string s) =>
        s.EndsWith("'s", StringComparison.Ordinal) || s.EndsWith("\u2019s", StringComparison.Ordinal) ? s[..^2].TrimEnd() : s;
}
