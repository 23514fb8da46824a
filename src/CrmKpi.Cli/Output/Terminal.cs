using System;
using System.IO;
using Spectre.Console;

namespace CrmKpi.Cli.Output;

/// <summary>Where the commands write: a Spectre console on standard output, errors as one line on standard error.</summary>
internal static class Terminal
{
    /// <summary>Files above this size are read under a progress display (when the terminal is interactive).</summary>
    private const long ProgressThresholdBytes = 8L << 20;

    private static readonly Lazy<IAnsiConsole> Console = new(Create);

    /// <summary>Standard output as a Spectre console; 160 columns wide when redirected, so CI logs do not wrap tables.</summary>
    public static IAnsiConsole Out => Console.Value;

    /// <summary>Writes one error line, <c>crmkpi: message</c>, to standard error (one line, however long or multi-line the message).</summary>
    public static void Error(string message) => WriteError("crmkpi: " + MessageText.Line(message));

    /// <summary>Writes one note line, <c>crmkpi: note: message</c>, to standard error.</summary>
    public static void Note(string message) => WriteError("crmkpi: note: " + MessageText.Line(message));

    /// <summary>A line to standard error; when even that cannot be written there is nowhere left to say so.</summary>
    private static void WriteError(string line)
    {
        try
        {
            System.Console.Error.WriteLine(line);
        }
        catch (IOException)
        {
            // standard error is closed or full: the exit code still tells.
        }
    }

    /// <summary>Runs <paramref name="work"/> under a progress display when the file is large and the terminal interactive.</summary>
    /// <param name="path">The input file (its size decides).</param>
    /// <param name="label">What the progress bar says.</param>
    /// <param name="work">The work; it receives a progress callback (fraction done) or null.</param>
    public static T WithProgress<T>(string path, string label, Func<Action<double>?, T> work)
    {
        bool large = File.Exists(path) && new FileInfo(path).Length > ProgressThresholdBytes;
        if (!large || System.Console.IsOutputRedirected || !Out.Profile.Capabilities.Interactive)
        {
            return work(null);
        }

        return Out.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                ProgressTask task = context.AddTask(Markup.Escape(label), maxValue: 1);
                T result = work(fraction => task.Value = fraction);
                task.Value = 1;
                return result;
            });
    }

    private static IAnsiConsole Create()
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Out) });
        if (System.Console.IsOutputRedirected)
        {
            console.Profile.Width = 160;
        }

        return console;
    }
}
