using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using NATS.Client.Core;
using NATS.Client.JetStream;
using Newtonsoft.Json;
using NewsNlp.Pipeline;
using NewsNlp.Serialization;

namespace NewsNlp.Worker;

internal sealed partial class WorkerRun
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private long _lastPublishWarning;

    /// <summary>Publishes the document and its events, then acknowledges the article: never the other way round.</summary>
    private async Task CompleteAsync(Tracked t, Document doc)
    {
        string id = t.Article!.Id!;
        string json = DocumentJson.Serialize(doc, _options.Json);
        var publishes = new List<Task> { PublishAsync(_options.DocumentSubject, Utf8.GetBytes(json), NewsStreams.DocumentMessageId(id), id) };
        int index = 0;
        foreach (byte[] e in EventMessages(json, id))
            publishes.Add(PublishAsync(_options.EventSubject, e, NewsStreams.EventMessageId(id, index++), id));
        try
        {
            await Task.WhenAll(publishes).ConfigureAwait(false);
        }
        catch (ResultRefusedException e)
        {
            // The server will never take this result (too large): retrying would block the article forever.
            await DeadLetterAsync(t, "result refused: " + e.Message).ConfigureAwait(false);
            return;
        }
        await AckAsync(t).ConfigureAwait(false);
        _stats.AddProcessed();
    }

    /// <summary>One message per event: the event's JSON from the document, with the document id first.</summary>
    /// <remarks>
    /// The events are cut out of the document's own compact JSON, so an event message is character for
    /// character what the document holds. A scan, not a parse: parsing the whole document back cost
    /// about as much as writing it. An unescaped <c>"events":[</c> cannot occur inside a JSON string
    /// (its quotes would be escaped), and the writer uses that name only for the top-level array.
    /// </remarks>
    internal static List<byte[]> EventMessages(string documentJson, string id)
    {
        var messages = new List<byte[]>();
        int at = documentJson.IndexOf("\"events\":[", StringComparison.Ordinal);
        if (at < 0) return messages;
        string prefix = "{\"document\":" + JsonConvert.ToString(id);
        int depth = 0, start = -1;
        bool inString = false, escaped = false;
        for (int i = at + "\"events\":[".Length; i < documentJson.Length; i++)
        {
            char c = documentJson[i];
            if (inString)
            {
                if (escaped) escaped = false;
                else if (c == '\\') escaped = true;
                else if (c == '"') inString = false;
                continue;
            }
            switch (c)
            {
                case '"': inString = true; break;
                case '{' or '[':
                    if (depth++ == 0) start = i;
                    break;
                case '}' or ']':
                    if (depth == 0) return messages; // the array's end
                    if (--depth == 0)
                    {
                        var inner = documentJson.AsSpan(start + 1, i - start - 1);
                        messages.Add(Utf8.GetBytes(inner.IsEmpty ? prefix + "}" : string.Concat(prefix, ",", inner, "}")));
                    }
                    break;
            }
        }
        throw new FormatException("The document's events array is not closed.");
    }

    private async Task FailAsync(Tracked t, ArticleProcessingException e)
    {
        _stats.AddFailed();
        string reason = (e.InnerException ?? e).Message;
        if (t.Deliveries >= (ulong)_options.MaxDeliver)
        {
            await DeadLetterAsync(t, $"processing failed on each of {t.Deliveries} deliveries: {reason}").ConfigureAwait(false);
            return;
        }
        _log.LogWarning("article {Id} failed (delivery {Delivery} of {Max}): {Reason}; it will be retried", t.Id, t.Deliveries, _options.MaxDeliver, reason);
        // Backs off: a failure caused by load or memory gets time to pass.
        var delay = TimeSpan.FromSeconds(Math.Min(30, (double)t.Deliveries));
        await t.Msg.NakAsync(new AckOpts { NakDelay = delay }, _hard).ConfigureAwait(false);
    }

    /// <summary>Publishes the article to the dead-letter subject with the reason, then acknowledges it.</summary>
    private async Task DeadLetterAsync(Tracked t, string reason)
    {
        reason = OneLine(reason);
        string seq = t.StreamSequence.ToString(CultureInfo.InvariantCulture);
        // The id survives a crash between this publish and the ack: the redelivered article is dead-lettered once.
        string msgId = "dead:" + seq + ":" + (t.Id ?? "");
        await PublishAsync(_options.DeadLetterSubject, t.Msg.Data ?? [], msgId, t.Id, reason, t.Deliveries).ConfigureAwait(false);
        await AckAsync(t).ConfigureAwait(false);
        _stats.AddDeadLettered();
        _log.LogWarning("article {Id} (stream sequence {Sequence}) dead-lettered: {Reason}", t.Id ?? "(no id)", seq, reason);
    }

    /// <summary>
    /// Publishes until the server acknowledges (a restarting server is waited for) or the grace
    /// period ends. A duplicate (the id is already in the stream's window) counts as published.
    /// </summary>
    private async Task PublishAsync(string subject, byte[] body, string msgId, string? articleId, string? reason = null, ulong deliveries = 0)
    {
        var delay = TimeSpan.FromMilliseconds(100);
        while (true)
        {
            _hard.ThrowIfCancellationRequested();
            // Fresh headers per try: a sent header set is not reused.
            var headers = new NatsHeaders();
            if (articleId is not null) headers[NewsStreams.ArticleIdHeader] = OneLine(articleId);
            if (reason is not null)
            {
                headers[NewsStreams.ReasonHeader] = reason;
                headers[NewsStreams.DeliveriesHeader] = deliveries.ToString(CultureInfo.InvariantCulture);
            }
            try
            {
                var ack = await _js.PublishAsync(subject, body, opts: new NatsJSPubOpts { MsgId = OneLine(msgId) }, headers: headers, cancellationToken: _hard).ConfigureAwait(false);
                if (ack.Duplicate) _stats.AddDuplicate();
                return;
            }
            catch (NatsPayloadTooLargeException e)
            {
                throw new ResultRefusedException($"{body.Length:N0} bytes on {subject}: {e.Message}", e);
            }
            catch (NatsJSApiException e) when (e.Error.Code is 400 or 413)
            {
                throw new ResultRefusedException($"{subject}: {e.Error.Description}", e);
            }
            catch (Exception e) when (!_hard.IsCancellationRequested)
            {
                // At most one warning a second however many publishes wait on the same outage.
                long now = Environment.TickCount64;
                long last = Interlocked.Read(ref _lastPublishWarning);
                if (now - last > 1000 && Interlocked.CompareExchange(ref _lastPublishWarning, now, last) == last)
                    _log.LogWarning("publish to {Subject} failed ({Reason}); retrying", subject, NewsWorker.Describe(e));
                await Task.Delay(delay, _hard).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(2).Ticks));
            }
        }
    }

    /// <summary>
    /// Acknowledges and waits for the server's confirmation. If that keeps failing the article is
    /// redelivered later, and its results, already published, are dropped as duplicates.
    /// </summary>
    private async Task AckAsync(Tracked t)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                await t.Msg.AckAsync(new AckOpts { DoubleAck = true }, _hard).ConfigureAwait(false);
                return;
            }
            catch (Exception e) when (!_hard.IsCancellationRequested && attempt < 5)
            {
                _log.LogDebug("ack of {Id} failed ({Reason}); retrying", t.Id, e.Message);
                await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt), _hard).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Header values are one line (NATS headers end at a line break).</summary>
    private static string OneLine(string s) =>
        s.AsSpan().IndexOfAny('\r', '\n') < 0 ? s : s.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ');

    /// <summary>A result the server will never take (too large, refused): the article is dead-lettered instead.</summary>
    private sealed class ResultRefusedException(string message, Exception inner) : Exception(message, inner);
}
