using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace CrmKpi.Cli.Output;

/// <summary>
/// Paths as the file system sees them: absolute, with every symbolic link on the way resolved, so
/// that two names of one file compare equal and a link cannot lead a spec's CSV path out of its folder.
/// </summary>
internal static class FilePaths
{
    /// <summary>How many links one path may pass through (as the Linux kernel allows).</summary>
    private const int MaxLinks = 40;

    private static readonly StringComparison Comparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>
    /// The absolute path with each existing symbolic link on it resolved to its target (the parts that do
    /// not exist yet are kept as written, so an output file to be created resolves too).
    /// </summary>
    /// <exception cref="CliException">The path is not valid or passes through more than 40 links (a loop).</exception>
    public static string Resolve(string path)
    {
        int links = 0;
        return Resolve(path, ref links);
    }

    /// <summary>Whether <paramref name="path"/> (resolved) is <paramref name="folder"/> (resolved) or inside it.</summary>
    public static bool IsInside(string path, string folder)
    {
        string f = Path.TrimEndingDirectorySeparator(folder);
        return path.Equals(f, Comparison)
            || (path.StartsWith(f, Comparison) && path.Length > f.Length && (path[f.Length] == Path.DirectorySeparatorChar || path[f.Length] == Path.AltDirectorySeparatorChar))
            || f == Path.GetPathRoot(f);
    }

    /// <summary>Whether two paths name the same file (compared resolved).</summary>
    public static bool Same(string a, string b) => string.Equals(Resolve(a), Resolve(b), Comparison);

    /// <summary>
    /// Refuses an output file that is one of the inputs (by any name or link), so a typo in <c>-o</c>
    /// or <c>--junit</c> cannot overwrite the data or the spec.
    /// </summary>
    /// <param name="output">The output file as the user named it.</param>
    /// <param name="option">The option that named it, for the message.</param>
    /// <param name="inputs">The input files.</param>
    /// <exception cref="CliException">The output is one of the inputs.</exception>
    public static void EnsureNotAnInput(string output, string option, IEnumerable<string> inputs)
    {
        string resolved = Resolve(output);
        string? input = inputs.Where(i => i != "-").FirstOrDefault(i => string.Equals(Resolve(i), resolved, Comparison));   // "-" is standard input
        if (input is not null)
        {
            throw new CliException($"{MessageText.Value(output)}: {option} names the input file {MessageText.Value(input)}; writing it would replace the input. Name another file.");
        }
    }

    private static string Resolve(string path, ref int links)
    {
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new CliException($"{MessageText.Value(path)}: not a valid path: {e.Message}");
        }

        string root = Path.GetPathRoot(full) ?? "";
        string current = root;
        foreach (string part in full[root.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries))
        {
            string next = Path.Combine(current, part);
            string? target = LinkTarget(next);
            if (target is not null)
            {
                if (++links > MaxLinks)
                {
                    throw new CliException($"{MessageText.Value(path)}: too many symbolic links (a loop?).");
                }

                next = Resolve(Path.IsPathRooted(target) ? target : Path.Combine(current, target), ref links);
            }

            current = next;
        }

        return current;
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;   // not there or not readable: kept as written
        }
    }
}
