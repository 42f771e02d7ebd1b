using NewsNlp.Syntax;

namespace NewsNlp.Training.Syntax;

/// <summary>
/// Learns the lemmatizer from gold (form, XPOS, lemma) triples: every seen word becomes an
/// exception entry; suffix rules for unseen words are counted over word types (rare words are what
/// unseen words look like), and each XPOS learns whether its lemmas are lower case.
/// </summary>
internal static class LemmatizerTrainer
{
    public static Lemmatizer Train(List<ConlluSentence> train)
    {
        var triples = new Dictionary<(string Form, string Xpos), Dictionary<string, int>>();
        foreach (var s in train)
            for (int i = 0; i < s.Count; i++)
            {
                if (s.Lemmas[i] is "_" or "") continue;
                var key = (s.Forms[i], s.Xpos[i]);
                if (!triples.TryGetValue(key, out var lemmas)) triples[key] = lemmas = new Dictionary<string, int>(StringComparer.Ordinal);
                lemmas[s.Lemmas[i]] = lemmas.GetValueOrDefault(s.Lemmas[i]) + 1;
            }

        // Case: does this tag lower-case capitalised forms?
        var caseVotes = new Dictionary<string, (int Lower, int Kept)>(StringComparer.Ordinal);
        foreach (var ((form, xpos), lemmas) in triples)
        {
            string lemma = Top(lemmas);
            if (form.Length == 0 || !char.IsUpper(form[0]) || lemma.Length == 0) continue;
            var v = caseVotes.GetValueOrDefault(xpos);
            caseVotes[xpos] = char.IsLower(lemma[0]) ? (v.Lower + 1, v.Kept) : (v.Lower, v.Kept + 1);
        }
        var lowerCase = caseVotes.Where(p => p.Value.Lower > p.Value.Kept).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var xpos in triples.Keys.Select(k => k.Xpos).Distinct())
            if (!caseVotes.ContainsKey(xpos)) lowerCase.Add(xpos);

        var exceptions = new Dictionary<string, string>(StringComparer.Ordinal);
        var lowerVotes = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var ruleVotes = new Dictionary<string, Dictionary<LemmaRule, int>>(StringComparer.Ordinal);
        foreach (var ((form, xpos), lemmas) in triples)
        {
            string lemma = Top(lemmas);
            exceptions[xpos + "\u0001" + form] = lemma;
            string lowerForm = form.ToLowerInvariant();
            if (lowerForm != form)
            {
                // Fallback for the lower-cased form, voted over its case variants.
                string k = xpos + "\u0001" + lowerForm;
                if (!lowerVotes.TryGetValue(k, out var votes)) lowerVotes[k] = votes = new Dictionary<string, int>(StringComparer.Ordinal);
                string l = lowerCase.Contains(xpos) ? lemma.ToLowerInvariant() : lemma;
                votes[l] = votes.GetValueOrDefault(l) + lemmas.Values.Sum();
            }
            var rule = RuleFor(lowerForm, lemma.ToLowerInvariant());
            for (int n = 0; n <= Math.Min(Lemmatizer.MaxSuffix, lowerForm.Length); n++)
            {
                string k = xpos + "\u0001" + lowerForm[^n..];
                if (!ruleVotes.TryGetValue(k, out var votes)) ruleVotes[k] = votes = [];
                votes[rule] = votes.GetValueOrDefault(rule) + 1;
            }
        }
        foreach (var (k, votes) in lowerVotes)
            exceptions.TryAdd(k, Top(votes));

        var rules = new Dictionary<string, LemmaRule>(StringComparer.Ordinal);
        foreach (var (k, votes) in ruleVotes)
        {
            var top = votes.MaxBy(p => (p.Value, -p.Key.Strip));
            int suffixLength = k.Length - k.IndexOf('\u0001') - 1;
            // A rule seen once on a long suffix is just that word; keep rules with support.
            if (top.Value >= 2 || suffixLength == 0) rules[k] = top.Key;
        }
        return new Lemmatizer(exceptions, rules, lowerCase);
    }

    private static LemmaRule RuleFor(string form, string lemma)
    {
        int p = 0;
        while (p < form.Length && p < lemma.Length && form[p] == lemma[p]) p++;
        return new LemmaRule(form.Length - p, lemma[p..]);
    }

    private static string Top(Dictionary<string, int> votes) =>
        votes.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
}
