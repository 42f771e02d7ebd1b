namespace NewsNlp.Coreference;

/// <summary>
/// The passes of a Stanford-style deterministic resolver (Lee et al. 2013), most precise first; each
/// pass links a mention that is first in its cluster to the first compatible antecedent in search
/// order (back sentence by sentence; within a sentence subjects and other shallow phrases first).
/// </summary>
internal sealed class Sieves
{
    private const int PronounWindow = 3;
    private readonly List<Mention> _mentions;
    private readonly Clusters _clusters;
    private readonly List<Mention>[] _bySentence;   // per sentence, by depth then position
    private readonly Dictionary<string, List<Mention>> _byHead = new(StringComparer.Ordinal);   // non-pronouns, text order

    public Sieves(List<Mention> mentions, int sentenceCount)
    {
        _mentions = mentions;
        _clusters = new Clusters(mentions);
        _bySentence = new List<Mention>[Math.Max(sentenceCount, 1)];
        for (int s = 0; s < _bySentence.Length; s++) _bySentence[s] = [];
        foreach (var m in mentions)
        {
            _bySentence[Math.Min(m.Sentence, _bySentence.Length - 1)].Add(m);
            if (m.Kind == MentionKind.Pronoun) continue;
            if (!_byHead.TryGetValue(m.HeadLower, out var list)) _byHead[m.HeadLower] = list = [];
            list.Add(m);
        }
        foreach (var list in _bySentence)
            list.Sort(static (a, b) => a.Depth != b.Depth ? a.Depth.CompareTo(b.Depth) : a.FirstWord.CompareTo(b.FirstWord));
    }

    public Clusters Run()
    {
        ExactPass();
        Pass(2, m => m.Name is { Label: "PERSON" or "PER" or "ORG" }, NameAlias, int.MaxValue, byHead: false);
        Pass(3, NominalAnaphor, (m, a) => StrictHead(m, a, modifiers: true, inclusion: true), int.MaxValue, byHead: true);
        Pass(4, NominalAnaphor, (m, a) => StrictHead(m, a, modifiers: false, inclusion: true), int.MaxValue, byHead: true);
        Pass(5, m => m.Kind == MentionKind.Nominal && !m.Indefinite && m.Number != Number.Plural && WordLists.RoleNouns.Contains(m.HeadLower), RoleNoun, int.MaxValue, byHead: false);
        Pass(6, m => m.Kind == MentionKind.Nominal && m.Number != Number.Plural && m.FirstWord < m.Head && m.Lower.StartsWith("the ", StringComparison.Ordinal)
            && WordLists.TypeNouns.ContainsKey(m.HeadLower), TypeNoun, TypeWindow, byHead: false);
        Pass(7, m => m.Kind == MentionKind.Pronoun && !m.Pleonastic && !m.Demonstrative && m.Person == 3, PronounMatch, PronounWindow, byHead: false);
        Pass(8, m => m.Kind == MentionKind.Pronoun && m.Person != 3, PronounMatch, FirstPersonWindow, byHead: false);
        return _clusters;
    }


    // A bare common noun ("care", "prices") is mostly generic in OntoNotes: it starts no link.
    private static bool NominalAnaphor(Mention m) => m.Kind != MentionKind.Pronoun && !m.Indefinite && !(m.Bare && SkipBare);

    private const bool SkipBare = true;

    /// <summary>Passes in <see cref="Run"/> order, 1 to <see cref="PassCount"/>; recorded on each mention a pass links.</summary>
    public const int PassCount = 8;

    private void Link(Mention m, Mention a, byte pass)
    {
        _clusters.Union(m.Index, a.Index);
        m.SievePass = pass;
        m.SieveAntecedent = a.Index;
    }

    private const int TypeWindow = 3;
    // "I" and "we" keep their speaker far longer than "he" keeps his antecedent: 30 sentences beat 3 and 10 on the train sample.
    private const int FirstPersonWindow = 30;

    /// <summary>Exact string match: every mention joins the first earlier mention with the same text (pronouns aside).</summary>
    private void ExactPass()
    {
        var first = new Dictionary<string, Mention>(StringComparer.Ordinal);
        foreach (var m in _mentions)
        {
            if (m.Kind == MentionKind.Pronoun || m.Words.Length == 0) continue;
            // Names match without their articles and possessives ("the United States" = "United States 's").
            string key = m.Kind == MentionKind.Name ? "\u0001" + string.Join(' ', m.Words) : NoPossessive(m.Lower);
            if (first.TryGetValue(key, out var a))
            {
                if (!m.Indefinite && !(m.Bare && SkipBare) && !LabelClash(m, a) && a.LastWord < m.FirstWord) Link(m, a, 1);
            }
            else first[key] = m;
        }
    }

    private void Pass(byte pass, Func<Mention, bool> applies, Func<Mention, Mention, bool> compatible, int window, bool byHead)
    {
        foreach (var m in _mentions)
        {
            if (!applies(m) || !_clusters.IsFirst(m)) continue;
            int root = _clusters.Find(m.Index);
            if (byHead)
            {
                // Only clusters that hold a mention with this head can match: walk those mentions, nearest first.
                if (!_byHead.TryGetValue(m.HeadLower, out var same)) continue;
                for (int i = same.Count - 1; i >= 0; i--)
                {
                    var a = same[i];
                    if (a.LastWord >= m.FirstWord || _clusters.Find(a.Index) == root || !compatible(m, a)) continue;
                    Link(m, a, pass);
                    break;
                }
                continue;
            }
            int stop = window == int.MaxValue ? 0 : Math.Max(0, m.Sentence - window);
            bool done = false;
            for (int s = m.Sentence; s >= stop && !done; s--)
            {
                foreach (var a in _bySentence[s])
                {
                    if (a.FirstWord >= m.FirstWord || a.LastWord >= m.FirstWord) continue;   // before m, not around it
                    if (_clusters.Find(a.Index) == root) continue;
                    if (!compatible(m, a)) continue;
                    Link(m, a, pass);
                    done = true;
                    break;
                }
            }
        }
    }

    private static string NoPossessive(string s) => s.EndsWith(" 's", StringComparison.Ordinal) ? s[..^3] : s.EndsWith(" '", StringComparison.Ordinal) ? s[..^2] : s;

    private static bool LabelClash(Mention m, Mention a) => m.Name is not null && a.Name is not null && m.Name.Label != a.Name.Label;

    /// <summary>"Wang" → "Wang Yi" (a one-word person name is a name's first or last word); "UN" → "United Nations".</summary>
    private bool NameAlias(Mention m, Mention a)
    {
        if (m.Name is null || a.Name is null || a.Kind == MentionKind.Pronoun) return false;
        if (m.Name.Label is "PERSON" or "PER" && a.Name.Label is "PERSON" or "PER")
        {
            if (m.NameFirst != m.NameLast && !(m.NameLast == m.NameFirst + 1 && m.Words.Length >= 1 && IsPossessiveTail(m))) return false;
            if (a.NameLast <= a.NameFirst) return false;
            string w = m.HeadLower;
            return a.Words.Length > 0 && Array.IndexOf(a.Words, w) >= 0 && (FirstNameWord(a) == w || a.HeadLower == w);
        }
        if (m.Name.Label == "ORG" && a.Name.Label is "ORG")
        {
            // "Businessland" → "Businessland Inc.": a one-word name that starts the longer one.
            if (m.NameFirst == m.NameLast && a.NameLast > a.NameFirst && FirstNameWord(a) == m.HeadLower && m.HeadLower.Length > 2) return true;
            string t = m.Name.Text;
            if (t.Length is < 2 or > 6) return false;
            foreach (char c in t) if (!char.IsUpper(c) && c != '.') return false;
            var initials = new System.Text.StringBuilder();
            foreach (var part in a.Name.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (char.IsUpper(part[0])) initials.Append(part[0]);
            return initials.Length >= 2 && initials.ToString() == t.Replace(".", "", StringComparison.Ordinal);
        }
        return false;
    }

    private static bool IsPossessiveTail(Mention m) => m.Lower.EndsWith(" 's", StringComparison.Ordinal);

    private static string FirstNameWord(Mention a)
    {
        var t = a.Name!.Text;
        int sp = t.IndexOf(' ');
        return (sp < 0 ? t : t[..sp]).ToLowerInvariant();
    }

    /// <summary>Same head word as a mention of the antecedent's cluster, with the cluster's words covering this one's and no clashing modifier.</summary>
    private bool StrictHead(Mention m, Mention a, bool modifiers, bool inclusion)
    {
        if (a.Kind == MentionKind.Pronoun || m.Indefinite || LabelClash(m, a)) return false;
        bool head = false;
        foreach (var x in _clusters.Members(a.Index))
            if (x.Kind != MentionKind.Pronoun && x.HeadLower == m.HeadLower) { head = true; break; }
        if (!head) return false;
        var words = _clusters.Words(a.Index);
        if (inclusion)
            foreach (var x in _clusters.Members(m.Index))
                foreach (var w in x.Words)
                    if (!words.Contains(w)) return false;
        if (modifiers)
            foreach (var w in m.Modifiers)
                if (Array.IndexOf(a.Words, w) < 0) return false;
        return true;
    }

    /// <summary>"the North Korean leader" → the cluster of "North Korean leader Kim Jong Un": a person named with that role and its modifiers.</summary>
    private bool RoleNoun(Mention m, Mention a)
    {
        if (m.Kind != MentionKind.Nominal || m.Indefinite || !WordLists.RoleNouns.Contains(m.HeadLower)) return false;
        if (m.Number == Number.Plural) return false;
        bool person = false;
        foreach (var x in _clusters.Members(a.Index))
            if (x.Name is { Label: "PERSON" or "PER" }) { person = true; break; }
        if (!person) return false;
        var words = _clusters.Words(a.Index);
        // "the Russian leader" → "Russian President Vladimir Putin": a leader is whoever holds the top title.
        if (!words.Contains(m.HeadLower) && !(m.HeadLower == "leader" && LeaderTitles.Any(words.Contains))) return false;
        foreach (var w in m.Modifiers)
            if (!words.Contains(w)) return false;
        return true;
    }

    /// <summary>Titles a "leader" of a country or party holds.</summary>
    private static readonly string[] LeaderTitles = ["president", "premier", "chancellor", "king", "queen", "emperor", "dictator", "chairman"];

    /// <summary>"the company" → the nearest organisation named before it; "the country" → the nearest country.</summary>
    private static bool TypeNoun(Mention m, Mention a)
    {
        if (a.Kind != MentionKind.Name || a.Name is null) return false;
        string label = WordLists.TypeNouns[m.HeadLower];
        if (a.Name.Label != label && !(label == "GPE" && a.Name.Label == "LOC") && !(label == "LOC" && a.Name.Label == "GPE")) return false;
        // Only plain descriptions: "the company", "the Dutch company", not "the parent company of X".
        return m.LastWord == m.Head;
    }

    private bool PronounMatch(Mention m, Mention a)
    {
        if (m.Person != 3)
        {
            // I ... me ... my, you ... your: the same speaker's words, as far as text alone can tell.
            return a.Kind == MentionKind.Pronoun && a.Person == m.Person && (m.Person == 2 || a.Number == m.Number);
        }
        if (a.Pleonastic || a.Demonstrative || (a.Kind == MentionKind.Pronoun && a.Person != 3)) return false;
        // Binding: "Wang praised him" — not the subject of the same verb, unless reflexive.
        if (!m.Reflexive && a.Sentence == m.Sentence && a.Governor == m.Governor && m.Governor >= 0 && m.Relation is not "nmod:poss") return false;
        foreach (var x in _clusters.Members(a.Index))
        {
            if (x.Kind == MentionKind.Pronoun && x.Person != 3) return false;
            if (!Agree(m.Number, x.Number) || !Agree(m.Gender, x.Gender) || !Agree(m.Animacy, x.Animacy)) return false;
        }
        return true;
    }

    // Unknown (0) agrees with anything; written out per enum to keep boxing out of the pair loop.
    private static bool Agree(Number a, Number b) => a == 0 || b == 0 || a == b;

    private static bool Agree(Gender a, Gender b) => a == 0 || b == 0 || a == b;

    private static bool Agree(Animacy a, Animacy b) => a == 0 || b == 0 || a == b;
}
