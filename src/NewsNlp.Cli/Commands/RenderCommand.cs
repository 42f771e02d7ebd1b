using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Text;
using NewsNlp.Pipeline;
using NewsNlp.Serialization;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// <c>newsnlp render FILE -o page.html</c>: one self-contained HTML page per run, like displaCy but
/// for events. Each article is shown with its entities highlighted by type (hover: label, resolved
/// date value, codes, confidence), its events as a table whose rows link to their evidence
/// sentence (highlighted when targeted), and its relations.
/// </summary>
internal static class RenderCommand
{
    public static Command Create(CliContext io)
    {
        var files = CliOptions.Paths("FILE", "The articles: a .txt file (one article), a .jsonl file (one {\"id\",\"text\",\"published\"} object per line), an .html page, a folder, or - for standard input.");
        var output = CliOptions.Value("--output", "FILE", "Write the page to FILE (default: standard output).", aliases: "-o");
        var published = CliOptions.Value("--published", "DATE", "Publish date (yyyy-MM-dd or ISO 8601) for articles that carry none.");
        var command = new Command("render", "An HTML page: entities by type, events with links to their evidence, relations (like displaCy, for events).")
        {
            files, output, published,
        };
        command.SetAction(r => Run(r.GetValue(files) ?? [], r.GetValue(output), r.GetValue(published), io));
        return command;
    }

    private static int Run(string[] files, string? output, string? publishedText, CliContext io)
    {
        // Checked here rather than by the argument's arity, so that the message says what goes in.
        if (files.Length == 0) throw new UsageException("render needs an input: 'newsnlp render FILE -o page.html' (a .txt or .jsonl file, or - for standard input).");
        DateTimeOffset? published = null;
        if (publishedText is { } p)
        {
            try { published = DocumentJson.ParsePublished(p); }
            catch (FormatException e) { throw new UsageException($"--published: {e.Message}"); }
        }
        if (output is not null) Output.OutputFile.Check(output);
        var articles = ArticleSource.FromPaths(files, published, io.In, stdinJsonl: false).ToList();
        var pipeline = NewsPipeline.CreateDefault();
        var docs = articles.Select(x => pipeline.Process(x.Text, x.Published, x.Id)).ToList();
        string html = Render(docs);
        if (output is null) io.Out.Write(html);
        else Output.OutputFile.WriteAllText(output, html);
        return CliMain.ExitOk;
    }

    private const string Style = """
        body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; line-height: 1.7; color: #222; }
        article { border-bottom: 1px solid #ddd; padding-bottom: 1.5rem; margin-bottom: 2rem; }
        .text { white-space: pre-wrap; font-size: 1.05rem; }
        mark { padding: 0.1em 0.3em; border-radius: 0.3em; }
        mark .lbl { font-size: 0.65em; font-weight: bold; margin-left: 0.35em; vertical-align: middle; opacity: 0.75; }
        mark.PERSON { background: #ffd8a8; } mark.LOCATION { background: #b2f2bb; } mark.ORGANIZATION { background: #a5d8ff; }
        mark.DATE { background: #e5dbff; } mark.OTHER { background: #e9ecef; }
        .sentence:target { background: #fff3bf; outline: 2px solid #fab005; }
        .trigger { background: none; border-bottom: 2px solid #e8590c; border-radius: 0; padding: 0; font-weight: 600; }
        .sn { font-size: 0.6em; color: #868e96; vertical-align: super; margin-right: 0.15em; user-select: none; }
        td.date { white-space: nowrap; } .from-publish { color: #868e96; font-style: italic; }
        .zone-furniture, .zone-byline, .zone-dateline, .zone-repeat { color: #999; }
        .zone-furniture mark, .zone-byline mark, .zone-repeat mark { opacity: .55; }
        .zone-headline { font-weight: 600; }
        table { border-collapse: collapse; width: 100%; font-size: 0.9rem; margin-top: 0.5rem; }
        th, td { border: 1px solid #dee2e6; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
        th { background: #f1f3f5; } td.code { font-family: monospace; } .neg { color: #c92a2a; font-weight: bold; }
        .legend mark { margin-right: 0.5rem; } .meta { color: #666; font-size: 0.9rem; }
        """;

    internal static string Render(IReadOnlyList<Document> docs)
    {
        var sb = new StringBuilder();
        // The page is named after its article: the first one's headline, with a count when there are more.
        string title = docs.Count == 0 ? "NewsNlp" : Headline(docs[0]) ?? docs[0].Id ?? "Article 1";
        if (docs.Count > 1) title += $" (and {docs.Count - 1} more)";
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n");
        sb.Append("<p class=\"legend\">").Append(string.Concat(new[] { "PERSON", "LOCATION", "ORGANIZATION", "DATE", "OTHER" }.Select(t => $"<mark class=\"{t}\">{t}</mark>")))
          .Append("<mark class=\"trigger\">event trigger</mark> <span class=\"from-publish\">date from the publish date</span></p>\n");
        for (int i = 0; i < docs.Count; i++) RenderArticle(sb, docs[i], i);
        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    private static string E(string? s) => WebUtility.HtmlEncode(s ?? "");

    private static void RenderArticle(StringBuilder sb, Document d, int n)
    {
        string prefix = $"a{n}";
        sb.Append("<article>\n<h2>").Append(E(Headline(d) ?? d.Id ?? $"Article {n + 1}")).Append("</h2>\n");
        sb.Append("<p class=\"meta\">").Append(d.Id is { } id && Headline(d) is not null ? E(id) + " · " : "").Append("Published: ").Append(d.Published is { } p ? p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "unknown")
          .Append(" · ").Append(d.Entities.Count).Append(" entities · ").Append(d.Events.Count).Append(" events · ").Append(d.Relations.Count).Append(" relations</p>\n");

        // The text: sentences as anchors, entities as marks (entities never cross sentences).
        sb.Append("<div class=\"text\">");
        int at = 0, entity = 0;
        var entities = d.Entities;
        var sentences = d.Sentences;
        // Each event's trigger once (two events may share one), in text order.
        var triggers = d.Events.GroupBy(e => (e.Action.Start, e.Action.End))
            .Select(g => (g.Key.Start, g.Key.End, Title: string.Join("; ", g.Select(e => e.ToString()))))
            .Where(t => t.End > t.Start).OrderBy(t => t.Start).ToArray();
        int trigger = 0;
        for (int s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            sb.Append(E(d.Text[at..sentence.Start]));
            // Page furniture, bylines, datelines and repeated blocks are greyed: no events come from them.
            string zone = "";
            if (d.ZoneAt(sentence.Start) is { } z)
            {
                string kind = NewsNlp.Serialization.DocumentJson.Name(z.Kind);
                zone = z.IsRepeat ? $" zone-{kind} zone-repeat\" title=\"{kind} (repeat)" : $" zone-{kind}\" title=\"{kind}";
            }
            // Sentence numbers as the JSON has them (an event's "sentence").
            sb.Append($"<span class=\"sentence{zone}\" id=\"{prefix}-s{s}\"><span class=\"sn\">{s}</span>");
            at = sentence.Start;
            while (true)
            {
                // Entities and event triggers in text order; one that overlaps what is already marked is left out.
                while (entity < entities.Count && entities[entity].Start < at && entities[entity].Start < sentence.End) entity++;
                while (trigger < triggers.Length && triggers[trigger].Start < at && triggers[trigger].Start < sentence.End) trigger++;
                bool hasEntity = entity < entities.Count && entities[entity].Start < sentence.End;
                bool hasTrigger = trigger < triggers.Length && triggers[trigger].Start < sentence.End;
                if (!hasEntity && !hasTrigger) break;
                if (hasTrigger && (!hasEntity || triggers[trigger].Start < entities[entity].Start))
                {
                    var t = triggers[trigger++];
                    int end = Math.Min(t.End, sentence.End);
                    sb.Append(E(d.Text[at..t.Start])).Append($"<mark class=\"trigger\" title=\"{E(t.Title)}\">").Append(E(d.Text[t.Start..end])).Append("</mark>");
                    at = end;
                    continue;
                }
                var m = entities[entity++];
                sb.Append(E(d.Text[at..m.Start]));
                string type = m.Type.ToString().ToUpperInvariant();
                string title = $"{m.Label} · {type} · confidence {m.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}";
                if (d.DateAt(m.Start, m.End) is { } tv) title += $" · value {tv.Value} ({tv.Kind}, {tv.Anchor})";
                sb.Append($"<mark class=\"{type}\" title=\"{E(title)}\">").Append(E(m.Text)).Append($"<span class=\"lbl\">{E(m.Label)}</span></mark>");
                at = m.End;
            }
            if (at < sentence.End) sb.Append(E(d.Text[at..sentence.End]));
            at = Math.Max(at, sentence.End);
            sb.Append("</span>");
        }
        sb.Append(E(d.Text[at..])).Append("</div>\n");

        sb.Append("<h3>Events</h3>\n");
        if (d.Events.Count == 0) sb.Append("<p>None.</p>\n");
        else
        {
            sb.Append("<table>\n<tr><th>actor</th><th>action</th><th>CAMEO</th><th>class</th><th>target</th><th>date</th><th>place</th><th>modality</th><th>confidence</th><th>evidence</th></tr>\n");
            foreach (var e in d.Events)
            {
                string action = E(e.Action.Text) + (e.Polarity == Polarity.Negative ? " <span class=\"neg\">(not)</span>" : "");
                sb.Append("<tr><td>").Append(Ref(e.Actor)).Append("</td><td>").Append(action).Append($" <small>({E(e.Action.Lemma)})</small>")
                  .Append("</td><td class=\"code\">").Append(E(e.Action.Cameo))
                  .Append("</td><td>").Append(e.Action.Class is { } c ? E(NewsNlp.Serialization.DocumentJson.Name(c)) : "").Append("</td><td>").Append(Ref(e.Target))
                  .Append("</td><td class=\"date\">").Append(e.Date is null ? "" : e.Date.Source == DateSource.PublishDate || e.Date.Text is null
                      ? $"<span class=\"from-publish\" title=\"no date in the text: the publish date\">{E(e.Date.Value)}*</span>"
                      : $"<span title=\"{E(e.Date.Text + (e.Date.Source switch { DateSource.Sentence => " (the sentence's date)", DateSource.Article => " (the dateline)", _ => "" }))}\">{E(e.Date.Value)}</span>")
                  .Append("</td><td>").Append(Ref(e.Place)).Append("</td><td>").Append(E(NewsNlp.Serialization.DocumentJson.Name(e.Modality)))
                  .Append("</td><td>").Append(e.Confidence.ToString("0.00", CultureInfo.InvariantCulture))
                  .Append($"</td><td><a href=\"#{prefix}-s{e.Sentence}\">sentence {e.Sentence}</a></td></tr>\n");
            }
            sb.Append("</table>\n");
            if (d.Events.Any(e => e.Date is { Text: null })) sb.Append("<p class=\"meta\"><span class=\"from-publish\">date*</span>: no date in the text; the article's publish date stands in.</p>\n");
        }
        if (d.EntityClusters.Count > 0)
        {
            // The entity list: who is who across the article (names, role nouns, pronouns).
            // With the identity layer: the name and codes its names agree on, and the place.
            bool identity = d.Layers.HasFlag(DocumentLayers.Identity);
            sb.Append("<h3>Entities</h3>\n<table>\n<tr><th>#</th><th>name</th><th>type</th><th>codes</th><th>mentions</th></tr>\n");
            foreach (var c in d.EntityClusters)
            {
                var who = identity ? d.ClusterIdentities[c.Id] : null;
                string codes = who is null ? "" : string.Join(" ", who.Codes) + (who.Geo is { } g ? $" ({g.Name}, {g.CountryCode})" : "");
                sb.Append("<tr><td>").Append(c.Id).Append("</td><td>").Append(E(who?.Canonical ?? c.Canonical)).Append("</td><td>")
                  .Append(E(NewsNlp.Serialization.DocumentJson.Name(c.Type))).Append("</td><td>").Append(E(codes)).Append("</td><td>")
                  .AppendJoin(" · ", c.Mentions.Select(m => E(m.Text))).Append("</td></tr>\n");
            }
            sb.Append("</table>\n");
        }
        if (d.Relations.Count > 0)
        {
            sb.Append("<h3>Relations</h3>\n<table>\n<tr><th>type</th><th>subject</th><th>role</th><th>object</th></tr>\n");
            foreach (var r in d.Relations)
                sb.Append("<tr><td>").Append(E(r.Type)).Append("</td><td>").Append(Ref(r.Subject)).Append("</td><td>").Append(E(r.Role))
                  .Append("</td><td>").Append(Ref(r.Object)).Append("</td></tr>\n");
            sb.Append("</table>\n");
        }
        sb.Append("</article>\n");
    }

    /// <summary>The text of the document's first headline zone, or null.</summary>
    private static string? Headline(Document d)
    {
        foreach (var z in d.Zones)
            if (z.Kind == ZoneKind.Headline && !z.IsRepeat) return d.Text[z.Start..z.End].Trim();
        return null;
    }

    private static string Ref(EntityReference? r)
    {
        if (r is null) return "";
        string name = r.Canonical is { } c && c != r.Text ? $"{E(r.Text)} <small>→ {E(c)}</small>" : E(r.Text);
        string codes = r.Codes.Count == 0 ? "" : $"<br><small class=\"code\">{E(string.Join(" ", r.Codes))}</small>";
        string geo = r.Geo is { } g ? $" <small title=\"{E(g.Name)}, {E(g.CountryCode)}\">({g.Latitude.ToString("0.##", CultureInfo.InvariantCulture)}, {g.Longitude.ToString("0.##", CultureInfo.InvariantCulture)})</small>" : "";
        return name + geo + codes;
    }
}
