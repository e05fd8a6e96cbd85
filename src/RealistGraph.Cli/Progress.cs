using System.Diagnostics;

namespace RealistGraph.Cli;

/// <summary>
/// One line of progress for one file: on a terminal a spinner with the elapsed time, replaced by the final
/// line when the work ends; elsewhere (redirected output, tests) only the final line.
/// </summary>
public sealed class Progress : IAsyncDisposable
{
    private static readonly string[] Frames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];
    private readonly CliConsole _console;
    private readonly string _label;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private readonly Timer? _timer;
    private int _frame;
    private bool _done;

    private Progress(CliConsole console, string label)
    {
        _console = console;
        _label = label;
        if (console.IsInteractive)
        {
            _timer = new Timer(_ => Draw(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(100));
        }
    }

    public TimeSpan Elapsed => _clock.Elapsed;

    public static Progress Start(CliConsole console, string label) => new(console, label);

    /// <summary>Ends the spinner and writes <paramref name="line"/> on <paramref name="writer"/> (stdout when null).</summary>
    public void Complete(string line, TextWriter? writer = null)
    {
        lock (_lock)
        {
            _done = true;
            _timer?.Change(Timeout.Infinite, Timeout.Infinite);
            if (_console.IsInteractive)
            {
                _console.Out.Write("\r\u001b[K");
                _console.Out.Flush();
            }

            (writer ?? _console.Out).WriteLine(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_timer is not null)
        {
            await _timer.DisposeAsync();
        }

        lock (_lock)
        {
            if (!_done && _console.IsInteractive)
            {
                _console.Out.Write("\r\u001b[K");
                _console.Out.Flush();
            }

            _done = true;
        }
    }

    private void Draw()
    {
        lock (_lock)
        {
            if (_done)
            {
                return;
            }

            _console.Out.Write($"\r{Frames[_frame++ % Frames.Length]} {_label} {_clock.Elapsed.TotalSeconds:0.0} s");
            _console.Out.Flush();
        }
    }
}
