using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Text;
using CrmKpi.Charts.Internal;
using ScottPlot;

namespace CrmKpi.Charts;

/// <summary>
/// A self-contained HTML page: headings, paragraphs, tables and charts (inline PNG data URIs), with its
/// style sheet inline and no script, font, image or link that would make a network request, so it opens
/// offline and can be mailed as one file. Sections get ids (<c>section-...</c>) so tools can find them.
/// </summary>
public sealed class HtmlReport
{
    private readonly StringBuilder _body = new();
    private readonly List<(string Id, string Title)> _sections = [];

    /// <summary>Starts a report.</summary>
    /// <param name="title">The page title, shown as the main heading.</param>
    /// <exception cref="ArgumentException"><paramref name="title"/> is null or blank.</exception>
    public HtmlReport(string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Title = title;
    }

    /// <summary>The page title.</summary>
    public string Title { get; }

    /// <summary>The ids and titles of the sections added so far, in order.</summary>
    public IReadOnlyList<(string Id, string Title)> Sections => _sections;

    /// <summary>Starts a section: a second-level heading with the id <c>section-</c> + <paramref name="id"/>.</summary>
    /// <param name="id">A short id of letters, digits and hyphens, unique in the page.</param>
    /// <param name="title">The heading.</param>
    /// <returns>This report.</returns>
    /// <exception cref="ArgumentException">The id is empty, has other characters, or is already used; or the title is blank.</exception>
    public HtmlReport Section(string id, string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        if (string.IsNullOrEmpty(id) || id.AsSpan().ContainsAnyExcept("abcdefghijklmnopqrstuvwxyz0123456789-") || _sections.Exists(s => s.Id == id))
        {
            throw new ArgumentException($"id '{id}' must be lower-case letters, digits and hyphens, unique in the page.", nameof(id));
        }

        if (_sections.Count > 0)
        {
            _body.Append("</section>\n");
        }

        _sections.Add((id, title));
        _body.Append("<section id=\"section-").Append(id).Append("\">\n<h2>").Append(Encode(title)).Append("</h2>\n");
        return this;
    }

    /// <summary>Adds a paragraph of text (escaped).</summary>
    /// <param name="text">The text.</param>
    /// <returns>This report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public HtmlReport Paragraph(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _body.Append("<p>").Append(Encode(text)).Append("</p>\n");
        return this;
    }

    /// <summary>Adds a table; cells are escaped, and cells that parse as numbers are right-aligned.</summary>
    /// <param name="caption">The caption, or null for none.</param>
    /// <param name="header">The column names.</param>
    /// <param name="rows">The rows; each as long as <paramref name="header"/>.</param>
    /// <returns>This report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="header"/> or <paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException">A row's length differs from the header's.</exception>
    public HtmlReport Table(string? caption, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var table = new StringBuilder("<table>\n");
        if (caption is not null)
        {
            table.Append("<caption>").Append(Encode(caption)).Append("</caption>\n");
        }

        table.Append("<thead><tr>");
        foreach (string h in header)
        {
            table.Append("<th>").Append(Encode(h)).Append("</th>");
        }

        table.Append("</tr></thead>\n<tbody>\n");
        int r = 0;
        foreach (IReadOnlyList<string> row in rows)
        {
            Check.SameLength(header.Count, row.Count, ChartStyle.Invariant($"rows[{r}]"));
            table.Append("<tr>");
            foreach (string cell in row)
            {
                bool numeric = cell.Length > 0 && (char.IsDigit(cell[^1]) || cell[^1] == '%') && (char.IsDigit(cell[0]) || cell[0] is '-' or '+' or '.' or '<');
                table.Append(numeric ? "<td class=\"n\">" : "<td>").Append(Encode(cell)).Append("</td>");
            }

            table.Append("</tr>\n");
            r++;
        }

        table.Append("</tbody>\n</table>\n");
        _body.Append(table);
        return this;
    }

    /// <summary>Adds a chart as an inline PNG with a caption (the alt text is the caption too).</summary>
    /// <param name="plot">The chart.</param>
    /// <param name="caption">What the chart shows.</param>
    /// <param name="width">Width in pixels, 100 to 10,000.</param>
    /// <param name="height">Height in pixels, 100 to 10,000.</param>
    /// <returns>This report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plot"/> or <paramref name="caption"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A size is out of range.</exception>
    public HtmlReport Chart(Plot plot, string caption, int width = ChartStyle.Width, int height = ChartStyle.Height)
    {
        ArgumentNullException.ThrowIfNull(caption);
        string uri = ChartImage.PngDataUri(plot, width, height);
        _body.Append("<figure><img src=\"").Append(uri).Append("\" width=\"").Append(width).Append("\" height=\"").Append(height)
            .Append("\" alt=\"").Append(Encode(caption)).Append("\"><figcaption>").Append(Encode(caption)).Append("</figcaption></figure>\n");
        return this;
    }

    /// <summary>Adds a note in a shaded box (for a part that was skipped and why).</summary>
    /// <param name="text">The note.</param>
    /// <returns>This report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public HtmlReport Note(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _body.Append("<p class=\"note\">").Append(Encode(text)).Append("</p>\n");
        return this;
    }

    /// <summary>The whole page.</summary>
    /// <returns>The HTML text.</returns>
    public string ToHtml()
    {
        var page = new StringBuilder(_body.Length + 4096);
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(Encode(Title)).Append("</title>\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n<h1>")
            .Append(Encode(Title)).Append("</h1>\n<nav><ul>");
        foreach ((string id, string title) in _sections)
        {
            page.Append("<li><a href=\"#section-").Append(id).Append("\">").Append(Encode(title)).Append("</a></li>");
        }

        page.Append("</ul></nav>\n");
        page.Append(_body);
        if (_sections.Count > 0)
        {
            page.Append("</section>\n");
        }

        page.Append("</main>\n</body>\n</html>\n");
        return page.ToString();
    }

    /// <summary>Writes the page to a file (UTF-8).</summary>
    /// <param name="path">The file; replaced when it exists.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        File.WriteAllText(path, ToHtml(), new UTF8Encoding(false));
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private const string Style = """
        body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #222; background: #fff; margin: 0; }
        main { max-width: 960px; margin: 0 auto; padding: 16px 24px 48px; }
        h1 { font-size: 26px; border-bottom: 3px solid #1565C0; padding-bottom: 6px; }
        h2 { font-size: 20px; margin-top: 36px; border-bottom: 1px solid #ccc; padding-bottom: 4px; }
        nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 6px 18px; font-size: 14px; }
        a { color: #1565C0; }
        table { border-collapse: collapse; margin: 12px 0; font-size: 14px; }
        caption { text-align: left; font-weight: bold; padding-bottom: 4px; }
        th, td { border: 1px solid #ddd; padding: 4px 10px; text-align: left; vertical-align: top; }
        th { background: #f0f4fa; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; }
        figure { margin: 16px 0; }
        figure img { max-width: 100%; height: auto; border: 1px solid #eee; }
        figcaption { font-size: 13px; color: #555; }
        .note { background: #fff8e1; border-left: 4px solid #F9A825; padding: 8px 12px; font-size: 14px; }

        """;
}
